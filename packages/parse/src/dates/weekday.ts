import { WEEKDAY_WORDS } from "./date-words";
import type { DateParser } from "./parser";
import type { Piece } from "./piece";
import { matchAt } from "./text-context";

// thứ Hai … thứ Bảy, thứ 2 … thứ 7, Chủ nhật, CN; "ngày" may come first (ngày thứ Bảy 18.3.2006).
const WEEKDAY = /(?:ngày )?(?:thứ (hai|ba|tư|năm|sáu|bảy|[2-7])|(chủ nhật)|(CN))(?![\p{L}\p{N}])/iuy;

/**
 * Weekdays: a modifier, never a date alone (`Kỳ họp thứ 7` is the seventh session); the
 * weekday refiner attaches it to a following date and checks it (`Thứ Hai, 22/11/2026`).
 */
export const weekdayParser: DateParser = {
  name: "weekday",
  anchors: ["thứ", "chủ", "cn", "ngày"],
  read: (text, at): Piece | null => {
    const m = matchAt(WEEKDAY, text, at);
    if (!m) return null;
    if (m[3] !== undefined && m[3] !== "CN") return null;
    const weekday = WEEKDAY_WORDS[(m[1] ?? m[2] ?? "chủ nhật").toLowerCase()];
    if (weekday === undefined) return null;
    return { start: at, end: at + m[0].length, role: "modifier", value: {}, grain: "day", weekday };
  },
};
