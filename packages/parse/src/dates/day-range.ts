import { isValidDay } from "./calendar-math";
import { DIGIT, type DateParser } from "./parser";
import type { Piece } from "./piece";
import { isGluedBefore, matchAt } from "./text-context";

// 1-3/5, 20 - 21/5/2022, từ ngày 1 đến 3/5, ngày 19 đến ngày 21-2: days of one month.
const DAY_RANGE =
  /(?:(từ) )?(?:(ngày) ?)?(\d{1,2})( ?[-–] ?| (?:đến|tới) (?:ngày )?)(\d{1,2})([/.])(\d{1,2})(?:\6(\d{4}))?(?![\p{L}\p{N}]|[/.-]\p{N}|\/\p{L}|%)/iuy;

/** Ranges of days in one month: `1-3/5`, `từ ngày 1 đến 3/5`, `20 - 21/5/2022`. */
export const dayRangeParser: DateParser = {
  name: "day-range",
  anchors: [DIGIT, "từ", "ngày"],
  read: (text, at): Piece | null => {
    if (isGluedBefore(text, at)) return null;
    const m = matchAt(DAY_RANGE, text, at);
    if (!m) return null;
    const [, , day, firstDigits, connector, lastDigits, separator, monthDigits, yearDigits] = m;
    const month = Number(monthDigits);
    const year = yearDigits === undefined ? undefined : Number(yearDigits);
    const [a, b] = [Number(firstDigits), Number(lastDigits)];
    const dashed = /[-–]/.test(connector!);
    if (a === b || !isValidDay(b, month, year) || (separator === "." && day === undefined && dashed)) return null;
    // "từ 28 đến 3/5": the first day is in the month before (and the year before in January).
    const firstMonth = a < b ? month : month === 1 ? 12 : month - 1;
    const firstYear = year === undefined || a < b || month !== 1 ? year : year - 1;
    if (!isValidDay(a, firstMonth, firstYear)) return null;
    const first = firstYear === undefined ? { month: firstMonth, day: a } : { year: firstYear, month: firstMonth, day: a };
    const ends = [first, year === undefined ? { month, day: b } : { year, month, day: b }];
    return { start: at, end: at + m[0].length, role: "date", value: { start: ends[0]!, end: ends[1]! }, grain: "range" };
  },
};
