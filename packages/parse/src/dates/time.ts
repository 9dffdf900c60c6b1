import { APPROXIMATE_CUES, AROUND_CUES, DURATION_CUES, MOMENT_LEADS, MOMENT_TAILS } from "./date-words";
import { DIGIT, type DateParser } from "./parser";
import type { Piece } from "./piece";
import { isGluedBefore, matchAt, previousWord } from "./text-context";

// 09:20, 16:17 PM, 03:54 AM, 22:37:05, 19:0, 10:30 (GMT+7); a leading "lúc" belongs to the time.
const CLOCK = /(?:(lúc) )?(\d{1,2}):(\d{1,2})(?::\d{2})?(?: ?([AP])\.?M\.?)?(?: ?\(?GMT ?\+ ?0?7(?::?00)?\)?)?(?![\p{L}\p{N}]|[.:]\p{N})/iuy;
// 9h, 9h30, 21g, 8 giờ 30, 8 giờ 30 phút, lúc 14 giờ, Đúng 20 giờ.
// A space before the minutes only after "giờ": "16H 35-22" is a number plate; a dash after the
// minutes only before another hour (18h30-21h, 7h30-11h30).
const HOUR_WORD = new RegExp(String.raw`(?:(${MOMENT_LEADS.join("|")}) )?(\d{1,2}) ?(?:(giờ) ?|(h|g))(?:(\d{1,2})(?: ?(?:phút|p|'))?(?![/.]\p{N}|-(?!\d{1,2} ?(?:giờ|h|g)(?: ?\d{1,2})?(?![\p{L}\p{N}]))\p{N}))?(?![\p{L}\p{N}])`, "iuy");

// 21-22 giờ, từ 2-3h, 9 - 10h: a range of whole hours, a moment only beside a part of day or a date.
const HOUR_RANGE = /(?:từ )?(\d{1,2}) ?[-–] ?(\d{1,2}) ?(giờ|h|g)(?![\p{L}\p{N}])/iuy;

const validTime = (hour: number, minute: number | undefined) => hour >= 0 && hour <= 23 && (minute === undefined || (minute >= 0 && minute <= 59));

/** The words that make the numbers after them, in their clause, a ratio or a score. */
const RATIO_WORDS = ["tỷ lệ", "tỉ lệ", "tỷ số", "tỉ số"];

/** How far back a ratio's word may stand before its numbers: a label and a colon. */
const RATIO_LOOK_BEHIND = 40;

/** Whether a ratio's word stands before `at` in the same line and sentence (`Tỷ lệ sinh viên/lớp học: 1:17`). */
const isRatioAfter = (text: string, at: number): boolean => {
  const before = text.slice(Math.max(0, at - RATIO_LOOK_BEHIND), at).toLowerCase();
  const clause = before.slice(Math.max(before.lastIndexOf("\n"), before.lastIndexOf(". ")) + 1);
  return RATIO_WORDS.some((word) => clause.includes(word));
};

const readClock = (text: string, at: number): Piece | null => {
  const m = matchAt(CLOCK, text, at);
  if (!m) return null;
  const [, lead, hourDigits, minuteDigits, meridiem] = m;
  let hour = Number(hourDigits);
  const minute = Number(minuteDigits);
  if (!validTime(hour, minute)) return null;
  // "16:17 PM" is a 24-hour time tagged PM by a template: only a 1–11 hour moves.
  if (meridiem?.toUpperCase() === "P" && hour >= 1 && hour < 12) hour += 12;
  if (meridiem?.toUpperCase() === "A" && hour === 12) hour = 0;
  // "19:0" is a template's time only beside a date; "3:1" alone is a score, and so is any "1:17" after `tỷ lệ` (`Tỷ lệ sinh viên/lớp học: 1:17`).
  const weak = lead === undefined && (minuteDigits!.length === 1 || isRatioAfter(text, at));
  return { start: at, end: at + m[0].length, role: "time", value: { hour, minute }, grain: "minute", weak };
};

/**
 * Whether the hours from `at` to `end` open a sentence and a comma follows (`9 giờ, sức gió
 * tại đây đã mạnh`, `loan báo: 19 giờ, Đài…`): the narrative's clock, not a length.
 */
const opensSentenceBeforeComma = (text: string, at: number, end: number): boolean => {
  if (text[end] !== ",") return false;
  const before = at > 0 && text[at - 1] === " " ? at - 2 : at - 1;
  return before < 0 || ".:!?\n".includes(text[before]!);
};

/**
 * Whether `vào` (at) stands before the hour at `at`, whose word before is `before`, maybe with an
 * approximation between (`vào 22 giờ`, `vào khoảng 22 giờ`): a moment, where `khoảng 22 giờ`
 * alone may be a length.
 */
const afterAt = (text: string, at: number, before: string): boolean => {
  if (before === "vào") return true;
  if (!AROUND_CUES.has(before)) return false;
  const wordStart = at - (text.charCodeAt(at - 1) === 0x20 ? 1 : 0) - before.length;
  return previousWord(text, wordStart) === "vào";
};

const readHourWord = (text: string, at: number): Piece | null => {
  const m = matchAt(HOUR_WORD, text, at);
  if (!m) return null;
  const [, lead, hourDigits, hourWord, letter, minuteDigits] = m;
  const unit = hourWord ?? letter ?? "h";
  const hour = Number(hourDigits);
  const minute = minuteDigits === undefined ? undefined : Number(minuteDigits);
  if (!validTime(hour, minute)) return null;
  const end = at + m[0].length;
  const sameDay = MOMENT_TAILS.some((tail) => text.startsWith(tail, end));
  // "trong 3 giờ", "mất 2h": a length of time, unless "lúc", "cùng ngày" or a date beside it (hơn 8h30 sáng 29/4) says it is a moment.
  const before = previousWord(text, at);
  const duration = lead?.toLowerCase() !== "lúc" && !sameDay && DURATION_CUES.has(before);
  // "9h" is a clock time; "8 giờ", "21g" (grams?) and "khoảng 2h" may be lengths, but no one says "khoảng 21h" for hours.
  const approximate = APPROXIMATE_CUES.has(before) && hour < 12;
  const moment = lead !== undefined || sameDay || afterAt(text, at, before) || (minute === undefined && opensSentenceBeforeComma(text, at, end));
  const weak = duration || (!moment && minute === undefined && (unit.toLowerCase() !== "h" || approximate));
  const value = minute === undefined ? { hour } : { hour, minute };
  return { start: at, end, role: "time", value, grain: "minute", weak };
};

/**
 * A range of whole hours (`8-11h`, `21-22 giờ`), weak as a lone hour is: "1-2 giờ", "sau 2-3h"
 * are as often lengths of time, which a part of day (`2-3 giờ sáng`) or a date joined to it
 * turns into moments.
 */
const readHourRange = (text: string, at: number): Piece | null => {
  const m = matchAt(HOUR_RANGE, text, at);
  if (!m) return null;
  const first = Number(m[1]);
  const last = Number(m[2]);
  if (!validTime(first, undefined) || !validTime(last, undefined) || last <= first) return null;
  const before = previousWord(text, at);
  const weak = m[3]!.toLowerCase() !== "h" || DURATION_CUES.has(before) || APPROXIMATE_CUES.has(before);
  return { start: at, end: at + m[0].length, role: "time", value: { start: { hour: first }, end: { hour: last } }, grain: "range", weak };
};

/** Clock times: `09:20`, `16:17 PM`, `9h30`, `21g`, `8 giờ 30 phút`, `lúc 14 giờ`, and ranges of hours (`21-22 giờ`). */
export const timeParser: DateParser = {
  name: "time",
  anchors: [DIGIT, ...MOMENT_LEADS, "từ"],
  read: (text, at) => {
    if (isGluedBefore(text, at)) return null;
    // The longest form; on a tie, the first of clock, hour word, range.
    const clock = readClock(text, at);
    const word = readHourWord(text, at);
    const range = readHourRange(text, at);
    const best = clock && word ? (clock.end >= word.end ? clock : word) : (clock ?? word);
    return range && (best === null || range.end > best.end) ? range : best;
  },
};
