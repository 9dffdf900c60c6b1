import type { DateParser } from "./parser";
import type { Piece, RelativeShift } from "./piece";
import { PRESENT_DAY_NOUNS } from "./date-words";
import { isPhraseBefore, matchAt, previousWord } from "./text-context";

// Days, weeks, months and years named from the day of writing; resolved only with `ref`.
const RELATIVE =
  /(?:ngày )?(hôm nay|hôm qua|hôm kia|ngày mai|ngày kia|tuần trước|tuần này|tuần tới|tuần sau|tháng trước|tháng này|tháng tới|tháng sau|năm ngoái|năm nay|năm tới|năm sau|năm trước)(?![\p{L}\p{N}])/iuy;

/** Which shift each relative word means (Từ điển tiếng Việt: "hôm kia" = two days before today). */
export const RELATIVE_SHIFTS: Readonly<Record<string, RelativeShift>> = {
  "hôm nay": { unit: "day", offset: 0 },
  "hôm qua": { unit: "day", offset: -1 },
  "hôm kia": { unit: "day", offset: -2 },
  "ngày mai": { unit: "day", offset: 1 },
  "ngày kia": { unit: "day", offset: 2 },
  "tuần trước": { unit: "week", offset: -1 },
  "tuần này": { unit: "week", offset: 0 },
  "tuần tới": { unit: "week", offset: 1 },
  "tuần sau": { unit: "week", offset: 1 },
  "tháng trước": { unit: "month", offset: -1 },
  "tháng này": { unit: "month", offset: 0 },
  "tháng tới": { unit: "month", offset: 1 },
  "tháng sau": { unit: "month", offset: 1 },
  "năm ngoái": { unit: "year", offset: -1 },
  "năm nay": { unit: "year", offset: 0 },
  "năm tới": { unit: "year", offset: 1 },
  "năm sau": { unit: "year", offset: 1 },
  "năm trước": { unit: "year", offset: -1 },
};

const GRAIN = { day: "day", week: "range", month: "month", year: "year" } as const;

/** Relative dates: `hôm nay`, `hôm qua`, `ngày mai`, `tuần trước`, `tháng này`, `năm ngoái`. */
export const relativeParser: DateParser = {
  name: "relative",
  anchors: ["hôm", "ngày", "tuần", "tháng", "năm"],
  read: (text, at): Piece | null => {
    const m = matchAt(RELATIVE, text, at);
    if (!m) return null;
    const shift = RELATIVE_SHIFTS[m[1]!.toLowerCase()];
    if (shift === undefined) return null;
    // "3 năm trước", "2 tuần sau": a length of time counted from some other moment.
    if (shift.unit !== "day" && /^\d+$|^(một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mấy|vài|nhiều|các|những)$/.test(previousWord(text, at))) return null;
    // "Mấy hôm nay", "vài hôm nay": these past few days, not today.
    if (shift.unit === "day" && /^(mấy|vài|những|các)$/.test(previousWord(text, at))) return null;
    // "thế hệ hôm nay": today's generation, the present day, not the day of writing.
    if (shift.offset === 0 && shift.unit === "day" && PRESENT_DAY_NOUNS.some((noun) => isPhraseBefore(text, at, noun))) return null;
    return { start: at, end: at + m[0].length, role: "date", value: {}, grain: GRAIN[shift.unit], relative: shift };
  },
};
