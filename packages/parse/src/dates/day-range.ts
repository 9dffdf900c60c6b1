import { isValidDay } from "./calendar-math";
import { LUNAR_ONLY_MONTH_WORDS, MONTH_GROUP } from "./date-words";
import { DIGIT, type DateParser } from "./parser";
import type { Piece } from "./piece";
import { isCountAfter } from "./numeric-date";
import { monthAfterDay } from "./spelled-date";
import { isGluedBefore, matchAt } from "./text-context";

// 1-3/5, 20 - 21/5/2022, từ ngày 1 đến 3/5, từ 3 đến 25-3: days of one month; or with the
// month after "tháng": ngày 12-14 tháng Ba, từ 12 đến 14 tháng 3 năm 1975.
const DAY_RANGE = new RegExp(
  `(?:(từ) )?(?:(ngày) ?)?(\\d{1,2})( ?[-–] ?| (?:đến|tới) (?:ngày )?)(\\d{1,2})(?:([/.-])(\\d{1,2})(?:\\6(\\d{4}))?(?![\\p{L}\\p{N}]|[/.-]\\p{N}|\\/\\p{L}|%)| tháng ${MONTH_GROUP}(?:(?: năm |/|-)(\\d{4}))?(?![\\p{L}\\p{N}]|[/.-]\\p{N}))`,
  "iuy",
);

const readDayRange = (text: string, at: number): Piece | null => {
  const m = matchAt(DAY_RANGE, text, at);
  if (!m) return null;
  const [whole, from, day, firstDigits, connector, lastDigits, separator, monthDigits, yearDigits, monthText, yearAfterWord] = m;
  const [a, b] = [Number(firstDigits), Number(lastDigits)];
  if (monthText === undefined) {
    const dashed = /[-–]/.test(connector!);
    // "5-8.2": a dashed pair before a dot is a date range only after "ngày".
    if (separator === "." && day === undefined && dashed) return null;
    // "từ 3 đến 25-3" (3 to 25 March), not "1-3-5" nor "từ 2 đến 3-4 lần" (three or four times).
    if (separator === "-" && (dashed || from === undefined || isCountAfter(text, at + whole.length, true))) return null;
    return rangeOf(at, whole.length, a, b, Number(monthDigits), yearDigits);
  }
  const month = monthAfterDay(monthText, day !== undefined);
  // Giêng and Chạp are lunar months, which these ranges do not read.
  if (month === undefined || LUNAR_ONLY_MONTH_WORDS.has(monthText.toLowerCase())) return null;
  const range = rangeOf(at, whole.length, a, b, month, yearAfterWord);
  // "3-6 tháng 1 lần" is every 3 to 6 months: without "ngày" or a year, a date only beside a cue.
  return range && day === undefined && yearAfterWord === undefined ? { ...range, weak: true } : range;
};

/** Ranges of days in one month: `1-3/5`, `từ ngày 1 đến 3/5`, `20 - 21/5/2022`, `ngày 12-14 tháng Ba`. */
export const dayRangeParser: DateParser = {
  name: "day-range",
  anchors: [DIGIT, "từ", "ngày"],
  read: (text, at) => (isGluedBefore(text, at) ? null : readDayRange(text, at)),
};

/** The days `a` to `b` of `month` (the month before for `a` when `a > b`), as a piece `length` long at `at`. */
const rangeOf = (at: number, length: number, a: number, b: number, month: number, yearDigits: string | undefined): Piece | null => {
  const year = yearDigits === undefined ? undefined : Number(yearDigits);
  if (a === b || !isValidDay(b, month, year)) return null;
  // "từ 28 đến 3/5": the first day is in the month before (and the year before in January).
  const firstMonth = a < b ? month : month === 1 ? 12 : month - 1;
  const firstYear = year === undefined || a < b || month !== 1 ? year : year - 1;
  if (!isValidDay(a, firstMonth, firstYear)) return null;
  const first = firstYear === undefined ? { month: firstMonth, day: a } : { year: firstYear, month: firstMonth, day: a };
  const ends = [first, year === undefined ? { month, day: b } : { year, month, day: b }];
  return { start: at, end: at + length, role: "date", value: { start: ends[0]!, end: ends[1]! }, grain: "range" };
};
