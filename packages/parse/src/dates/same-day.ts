import type { DateParser } from "./parser";
import type { Piece } from "./piece";
import { isPreviousWordIn, matchAt, nextWord } from "./text-context";
import { wordSetOf } from "./word-set";

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

/**
 * Words before a date that make it no day of what the text reports, so that `cùng ngày` after
 * it does not take it: a deadline (`trước ngày 23-6-2005`), a holiday's name
 * (`Quốc khánh 2/9`). `findEvents` reads an event's `cùng ngày` by the same words.
 */
export const NOT_A_DAY_OF_EVENTS_AFTER_WORDS: readonly string[] = ["trước", "sau", "hạn", "khánh"];
const NOT_A_DAY_OF_EVENTS_AFTER = wordSetOf(NOT_A_DAY_OF_EVENTS_AFTER_WORDS);

/**
 * Whether the date read as `piece` (in the normalised `text`) can be the day `cùng ngày` means:
 * not one after {@link NOT_A_DAY_OF_EVENTS_AFTER}, nor a day to come (`ngày mai`, said in a quote).
 */
export const mayBeTheSameDay = (piece: Piece, text: string): boolean =>
  !(piece.relative !== undefined && piece.relative.offset > 0) && !isPreviousWordIn(NOT_A_DAY_OF_EVENTS_AFTER, text, piece.start);
