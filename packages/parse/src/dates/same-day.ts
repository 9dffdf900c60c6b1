import type { DateParser } from "./parser";
import type { Piece } from "./piece";
import { matchAt, nextWord } from "./text-context";

// "Chiều cùng ngày", "lúc 20 giờ cùng ngày", "Cùng ngày, …": the day the text dated last. Only
// the text before it can date it (`findDates` gives it that day), never `ref`.
const SAME_DAY = /cùng ngày(?![\p{L}\p{N}])/iuy;

/**
 * Words after `cùng ngày` that make it "on one day together", not "that same day": `thi cùng
 * ngày với nhau`, `cùng ngày và cùng đề`, `cùng ngày cùng giờ`, `Cùng ngày làm việc (19-5)`, `thi … cùng ngày như vậy`.
 */
const NOT_THAT_DAY_BEFORE: ReadonlySet<string> = new Set(["với", "và", "cùng", "làm", "như"]);

/** `cùng ngày`: the same day as the date written before it, which resolving supplies. */
export const sameDayParser: DateParser = {
  name: "same-day",
  anchors: ["cùng"],
  read: (text, at): Piece | null => {
    const m = matchAt(SAME_DAY, text, at);
    if (!m) return null;
    const end = at + m[0].length;
    const next = nextWord(text, end);
    // "Cùng ngày 31-3": the date follows, and is read as itself.
    if (/^\d/.test(next) || NOT_THAT_DAY_BEFORE.has(next)) return null;
    return { start: at, end, role: "date", value: {}, grain: "day", relative: { unit: "day", offset: 0 }, sameDay: true };
  },
};
