import { isValidDay } from "./calendar-math";
import { LUNAR_ONLY_MONTH_WORDS, MONTH_GROUP, MONTH_WORDS } from "./date-words";
import { DIGIT, type DateParser } from "./parser";
import type { Piece } from "./piece";
import { isGluedBefore, matchAt } from "./text-context";

/**
 * The month a day's "tháng" names, as written (`3`, `Ba`, `Giêng`), or undefined. A solar
 * month in words is capitalised (`tháng Năm`): "6 tháng năm" is not a date. After "ngày",
 * "mùng" or "mồng" (`prefixed`) a lower-case month is one too (`ngày 5 tháng ba`), but for
 * "năm", which as often opens the year.
 */
export const monthAfterDay = (monthText: string, prefixed: boolean): number | undefined => {
  const word = monthText.toLowerCase();
  if (/^\d/.test(word)) return Number(word);
  const month = MONTH_WORDS[word];
  const capitalised = monthText[0] !== word[0];
  return capitalised || LUNAR_ONLY_MONTH_WORDS.has(word) || (prefixed && word !== "năm") ? month : undefined;
};

// ngày 6 tháng 1 năm 2022, mồng 2 tháng 9, 15 tháng Giêng; "tháng" is the anchor that makes it a date.
const DAY_MONTH_WORDS = new RegExp(
  `(?:(ngày mùng|ngày mồng|ngày|hôm|mùng|mồng) ?)?(\\d{1,2}) tháng ${MONTH_GROUP}(?:(?: năm |/|-)(\\d{4}))?(?![\\p{L}\\p{N}]|[/.-]\\p{N})`,
  "iuy",
);
// ngày 20, mùng 3: a day of an unnamed month.
const DAY_ONLY = /(ngày mùng|ngày mồng|ngày|mùng|mồng) ?(\d{1,2})(?![\p{L}\p{N}]|[/.:,-]\p{N}| tháng)/iuy;

const readDayMonthWords = (text: string, at: number): Piece | null => {
  const m = matchAt(DAY_MONTH_WORDS, text, at);
  if (!m) return null;
  const [, prefix, dayDigits, monthText, yearDigits] = m;
  const word = monthText!.toLowerCase();
  const month = monthAfterDay(monthText!, prefix !== undefined && prefix.toLowerCase() !== "hôm");
  if (month === undefined) return null;
  const day = Number(dayDigits);
  const year = yearDigits === undefined ? undefined : Number(yearDigits);
  if (!isValidDay(day, month, year)) return null;
  const end = at + m[0].length;
  if (LUNAR_ONLY_MONTH_WORDS.has(word)) {
    const lunar = year === undefined ? { month, day } : { year, month, day };
    return { start: at, end, role: "date", value: {}, grain: "day", lunar };
  }
  const value = year === undefined ? { month, day } : { year, month, day };
  return { start: at, end, role: "date", value, grain: "day", weak: prefix === undefined && year === undefined };
};

// "15 ngày 14 đêm", "9 ngày 8 đêm": a count of days and nights, a length of time, not the 14th.
const NIGHTS_AFTER = / đêm(?![\p{L}\p{N}])/iuy;
const COUNT_BEFORE = /(?<![\p{L}\p{N}])\d{1,3} $/u;

const readDayOnly = (text: string, at: number): Piece | null => {
  const m = matchAt(DAY_ONLY, text, at);
  if (!m) return null;
  const day = Number(m[2]);
  if (day < 1 || day > 31) return null;
  const end = at + m[0].length;
  if (matchAt(NIGHTS_AFTER, text, end) !== null && COUNT_BEFORE.test(text.slice(Math.max(0, at - 5), at))) return null;
  return { start: at, end, role: "date", value: { day }, grain: "day" };
};

/**
 * Dates with the month in words: `ngày 6 tháng 1 năm 2022`, `mồng 2 tháng 9`, `15 tháng Giêng`
 * (lunar), and a day alone: `ngày 20`, `mùng 3`.
 */
export const spelledDateParser: DateParser = {
  name: "spelled-date",
  anchors: [DIGIT, "ngày", "hôm", "mùng", "mồng"],
  read: (text, at) => (isGluedBefore(text, at) ? null : (readDayMonthWords(text, at) ?? readDayOnly(text, at))),
};
