import { isValidDay } from "./calendar-math";
import { COUNT_WORD_PAIRS, COUNT_WORD_VERBS, COUNT_WORDS, DATE_CUES, LENGTH_UNITS, YEAR_NAMING_WORDS } from "./date-words";
import { namesHolidayBefore } from "./holidays";
import { DIGIT, type DateParser } from "./parser";
import type { Piece } from "./piece";
import { isDigitCode, isGluedBefore, matchAt, nextWord, previousWord } from "./text-context";

// d/m/yyyy, d-m-yyyy, d.m.yyyy (one separator throughout), optionally after ngày/hôm/mùng/mồng.
// A dash may follow: "30/4/1975-30/4/2021" is a period.
const FULL = /(?:(ngày mùng|ngày mồng|ngày|hôm|mùng|mồng) ?)?(\d{1,2})([/.-])(\d{1,2})\3(\d{4}|\d{2})(?![\p{L}\p{N}]|[/.]\p{N}|\/\p{L}|%)/iuy;
// d/m, d-m, d.m: a date only after a cue; otherwise a ratio or a score as often as a date.
// A dash may follow when another d/m does: "30/4-1/5" is a period. A year may follow in
// words: "dịp lễ 30/4 năm 2020", or after a slash named ("ngày lễ 2/9 năm nay").
const DAY_MONTH =
  /(?:(ngày mùng|ngày mồng|ngày|hôm|mùng|mồng) ?)?(\d{1,2})([/.-])(\d{1,2})(?: năm (?:(\d{4})|(nay|ngoái)))?(?![\p{L}\p{N}]|[/.]\p{N}|-(?!\p{N}{1,2}[/.]\p{N})\p{N}|\/\p{L}|%|,\p{N}|:\p{N})/iuy;
// m/yyyy: a month only after a cue (từ 7/2014 - 10/2017) or before the colon of a career
// line (`11/1986-2/1989: Bí thư`); "số 01/2021" is a document. A dash may follow when another
// m/yyyy does.
const MONTH_YEAR = /(\d{1,2})([/.-])(\d{4})(?![\p{L}\p{N}]|[/.]\p{N}|-(?!\p{N}{1,2}[/.]\p{N}{4})\p{N}|\/\p{L}|%)/uy;

// d- m and d- m- yyyy, a dash with a space after it as some papers set it (`Ngày 12- 4`, `ngày 3- 4- 2005`):
// only after `ngày`, since a bare `20- 30` is a span of numbers.
const SPACED_DASH = /(ngày) ?(\d{1,2})- (\d{1,2})(?:- (\d{4}))?(?![\p{L}\p{N}]|[/.]\p{N}|-\s?\p{N}|%)/iuy;

/** Two-digit years are read only after `ngày`: 20/5/05 → 2005, 12/3/98 → 1998. */
const expandYear = (digits: string): number => {
  const value = Number(digits);
  return digits.length === 4 ? value : value < 50 ? 2000 + value : 1900 + value;
};

const readFull = (text: string, at: number): Piece | null => {
  const m = matchAt(FULL, text, at);
  if (!m) return null;
  const [, prefix, dayDigits, , monthDigits, yearDigits] = m;
  if (yearDigits!.length === 2 && prefix === undefined) return null;
  const year = expandYear(yearDigits!);
  const day = Number(dayDigits);
  const month = Number(monthDigits);
  if (year < 1000 || !isValidDay(day, month, year)) return null;
  return { start: at, end: at + m[0].length, role: "date", value: { year, month, day }, grain: "day" };
};

/** Whether the words after a bare d/m at `end` make it a count, or for a dashed one (`dashed`) a length of time. */
export const isCountAfter = (text: string, end: number, dashed: boolean): boolean => {
  const word = nextWord(text, end);
  // The word after it, read only for the few words whose meaning it decides (no string made per number).
  const second = () => nextWord(text, end + 1 + word.length);
  if (COUNT_WORDS.has(word)) {
    const verbs = COUNT_WORD_VERBS.get(word);
    if (verbs === undefined || !verbs.includes(second())) return true;
  } else if (COUNT_WORD_PAIRS.get(word)?.includes(second())) return true;
  if (!dashed || !LENGTH_UNITS.has(word)) return false;
  return !YEAR_NAMING_WORDS.has(second());
};

const readDayMonth = (text: string, at: number): Piece | null => {
  const m = matchAt(DAY_MONTH, text, at);
  if (!m) return null;
  const [, prefix, dayDigits, separator, monthDigits, yearDigits, yearWord] = m;
  const day = Number(dayDigits);
  const month = Number(monthDigits);
  let end = at + m[0].length;
  if (yearDigits !== undefined) {
    const year = Number(yearDigits);
    return isValidDay(day, month, year) ? { start: at, end, role: "date", value: { year, month, day }, grain: "day" } : null;
  }
  if (yearWord !== undefined) {
    // "1/10 năm nay"; a dashed or dotted pair before "năm nay" is read alone ("4-5 năm nay" is four or five years).
    if (separator === "/") return isValidDay(day, month) ? { start: at, end, role: "date", value: { month, day }, grain: "day", relativeYear: yearWord.toLowerCase() === "nay" ? 0 : -1 } : null;
    end -= " năm ".length + yearWord.length;
  }
  if (!isValidDay(day, month)) return null;
  if (prefix === undefined && isCountAfter(text, end, separator === "-")) return null;
  // "10.30" is a decimal far more often than 10 March: a dot needs `ngày`, a part of day (Đêm 26.9)
  // or the holiday that falls on it (`giải phóng miền Nam 30.4`).
  // "hiện nay (28/4)", "ngày làm việc (19-5)": a day and month alone in brackets is the news's date aside.
  const bracketed = text[at - 1] === "(" && text[end] === ")" && separator !== ".";
  const cued = prefix !== undefined || bracketed || (separator !== "." && DATE_CUES.has(previousWord(text, at))) || namesHolidayBefore(text, at, day, month);
  return { start: at, end, role: "date", value: { month, day }, grain: "day", weak: !cued };
};

const readSpacedDash = (text: string, at: number): Piece | null => {
  const m = matchAt(SPACED_DASH, text, at);
  if (!m) return null;
  const day = Number(m[2]);
  const month = Number(m[3]);
  const year = m[4] === undefined ? undefined : Number(m[4]);
  if (!isValidDay(day, month, year)) return null;
  const end = at + m[0].length;
  return { start: at, end, role: "date", value: year === undefined ? { month, day } : { year, month, day }, grain: "day" };
};

const readMonthYear = (text: string, at: number): Piece | null => {
  const m = matchAt(MONTH_YEAR, text, at);
  if (!m) return null;
  const month = Number(m[1]);
  const year = Number(m[3]);
  if (month < 1 || month > 12 || year < 1900 || year > 2100) return null;
  const end = at + m[0].length;
  const before = previousWord(text, at);
  const careerLine = text.charCodeAt(end) === 0x3a && before !== "số";
  return { start: at, end, role: "date", value: { year, month }, grain: "month", weak: !careerLine && !DATE_CUES.has(before) };
};

/**
 * Numeric dates: `13/7/2021`, `27.12.2022`, `21-12-2003`, `Ngày 14-1`, `ngày 6/1`, `Ngày 12- 4`;
 * a bare `4/4` is weak (kept only when a part of day, weekday, time or range makes it a date).
 */
export const numericDateParser: DateParser = {
  name: "numeric-date",
  anchors: [DIGIT, "ngày", "hôm", "mùng", "mồng"],
  read: (text, at) => {
    if (isGluedBefore(text, at)) return null;
    // The spaced dash needs `ngày` before it: not tried at a number.
    return readFull(text, at) ?? readDayMonth(text, at) ?? readMonthYear(text, at) ?? (isDigitCode(text.charCodeAt(at)) ? null : readSpacedDash(text, at));
  },
};
