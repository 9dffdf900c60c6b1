import { daysInMonth } from "./calendar-math";
import { LOWER_MONTH_FOLLOWERS, LUNAR_ONLY_MONTH_WORDS, MONTH_GROUP, MONTH_NAME_LEADS, MONTH_WORDS, NUMBER_WORDS, PART_OF_MONTH_DAYS, PART_OF_YEAR_MONTHS, QUARTER_LEADS, QUARTER_WORDS, SOLAR_MONTH_GROUP } from "./date-words";
import { DIGIT, type DateParser } from "./parser";
import type { Piece } from "./piece";
import { isGluedBefore, isPhraseBefore, isWordAt, matchAt, previousWord } from "./text-context";

// A year after a month, quarter or half: tháng 6/2023, quý I năm 2023, tháng 6-2005, tháng 11 -1992, … năm nay.
const YEAR = "(?:(?:/|-|\\.| - | -| năm )(\\d{4})| năm (nay|ngoái|tới|trước|sau))?";
// The year after "năm" itself: đầu năm 2022, 6 tháng cuối năm nay, đầu năm mới 2006 (the new year).
// "đầu năm học", "cuối năm lớp 10" are the school year, not the calendar year.
const YEAR_AFTER_NAM = "(?! học| tài chính| lớp)(?: (?:mới )?(\\d{4})| (nay|ngoái|tới|trước|sau))?";
const END = "(?![\\p{L}\\p{N}]|[/.-]\\p{N})";
const MONTH = new RegExp(`tháng ${MONTH_GROUP}${YEAR}${END}`, "iuy");
// A year written bare after a month in words: `Cách mạng Tháng Tám 1945`, `tháng Ba 2008`.
const BARE_YEAR = /\x20(\d{4})(?![\p{L}\p{N}]|[/.,-]\p{N}| ?[-–—] ?\d)/uy;
// tháng 1-3/2021, tháng 4 - 5/2005, tháng 10-11.2002: a run of months, only with its year
// ("mỗi tháng 1-2 lần" is once or twice a month).
const MONTH_RANGE = new RegExp(`tháng (\\d{1,2}) ?[-–] ?(\\d{1,2})(?:/|-|\\.| năm )(\\d{4})${END}`, "iuy");
// quý I/2023, quý 3 năm 2018, quý II-IV, quí 1-2005: one quarter or a run of them.
const QUARTER_NAME = "(iv|iii|ii|i|[1-4])";
const QUARTER = new RegExp(`(?:${QUARTER_LEADS.join("|")}) ${QUARTER_NAME}(?: ?[-–] ?${QUARTER_NAME})?${YEAR}${END}`, "iuy");
const COUNT_OF_MONTHS = Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join("|");
const HALF = new RegExp(`(?:(\\d{1,2}|${COUNT_OF_MONTHS}) tháng|(nửa)) (đầu|cuối) năm${YEAR_AFTER_NAM}${END}`, "iuy");
const YEAR_ONLY = /năm (\d{4})(?![\p{L}\p{N}]|[/.-]\p{N}| ?[-–—] ?\d)/iuy;
// `SN 1980`: the press's short form of `sinh năm` (born in), in capitals only (`Nguyễn Văn A (SN 1980)`).
const BIRTH_YEAR = /SN (\d{4})(?![\p{L}\p{N}]|[/.-]\p{N}| ?[-–—] ?\d)/uy;
const PART_OF_YEAR = new RegExp(`(đầu|giữa|cuối) năm${YEAR_AFTER_NAM}${END}`, "iuy");
const PART_OF_MONTH = new RegExp(`(đầu|giữa|cuối|thượng tuần|trung tuần|hạ tuần) tháng ${SOLAR_MONTH_GROUP}${YEAR}${END}`, "iuy");

const DECADE_CUES: ReadonlySet<string> = new Set(["những", "các", "thập", "niên"]);
/** The words for a decade before its first year: `thập niên 1960`, `thập kỷ 1990` (also spelt `thập kỉ`). */
export const DECADE_LEADS: readonly string[] = ["thập niên", "thập kỷ", "thập kỉ"];
const PART_OF_DECADE: ReadonlySet<string> = new Set(["đầu", "giữa", "cuối"]);
const DECADE = new RegExp(`(?:${DECADE_LEADS.join("|")}) (\\d{3}0)(?![\\p{L}\\p{N}]|[/.-]\\p{N}| ?[-–—] ?\\d)`, "iuy");

const RELATIVE_YEAR: Readonly<Record<string, number>> = { nay: 0, ngoái: -1, tới: 1, trước: -1, sau: 1 };

/** The year parts shared by every form here: a written year, or a shift from the reference year. */
const yearParts = (digits: string | undefined, word: string | undefined): { year?: number; relativeYear?: number } | null => {
  if (digits !== undefined) {
    const year = Number(digits);
    return year >= 1000 && year <= 2999 ? { year } : null;
  }
  return word === undefined ? {} : { relativeYear: RELATIVE_YEAR[word.toLowerCase()] ?? 0 };
};

const withYear = (year: number | undefined, parts: { month: number; day?: number }) => (year === undefined ? parts : { year, ...parts });

/** The piece of the months `first` to `last` read from `at` to `end`: one month, a quarter, a half or a run of months. */
export const monthsPiece = (at: number, end: number, year: number | undefined, first: number, last: number, relativeYear?: number): Piece => {
  const grain = first === last ? "month" : last - first === 2 && first % 3 === 1 ? "quarter" : last - first === 5 && first % 6 === 1 ? "half" : "range";
  const value = first === last ? withYear(year, { month: first }) : { start: withYear(year, { month: first }), end: withYear(year, { month: last }) };
  return { start: at, end, role: "date", value, grain, ...(relativeYear === undefined ? {} : { relativeYear }) };
};

/**
 * Whether a month spelled in words (`spelled`, as written) names a month: capitalised (`tháng
 * Bảy`), or in lower case when a year or one of {@link LOWER_MONTH_FOLLOWERS} follows (`tháng bảy
 * này`, `tháng ba vừa qua`, `tháng tư năm nay`); `tháng năm` is "months and years".
 */
const isSpelledMonth = (text: string, spelled: string, end: number, hasYear: boolean): boolean => {
  const word = spelled.toLowerCase();
  if (spelled[0] !== word[0] || LUNAR_ONLY_MONTH_WORDS.has(word)) return true;
  if (word === "năm") return false;
  return hasYear || (text.charCodeAt(end) === 0x20 && LOWER_MONTH_FOLLOWERS.some((follower) => isWordAt(text, end + 1, follower)));
};

/** Whether one of {@link MONTH_NAME_LEADS} stands just before `at` ("Cách mạng Tháng Tám"). */
const namesSomething = (text: string, at: number): boolean => MONTH_NAME_LEADS.some((lead) => isPhraseBefore(text, at, lead));

const readMonth = (text: string, at: number): Piece | null => {
  const m = matchAt(MONTH, text, at);
  if (!m) return null;
  const word = m[1]!.toLowerCase();
  const numeric = /^\d/.test(word);
  const month = numeric ? Number(word) : MONTH_WORDS[word];
  if (month === undefined || month < 1 || month > 12) return null;
  const bare = numeric || m[2] !== undefined || m[3] !== undefined ? null : matchAt(BARE_YEAR, text, at + m[0].length);
  const yearDigits = m[2] ?? bare?.[1];
  const end = at + m[0].length + (bare === null ? 0 : bare[0].length);
  if (!numeric && !isSpelledMonth(text, m[1]!, end, yearDigits !== undefined || m[3] !== undefined)) return null;
  // "3 tháng 6": a count of months, not June.
  if (/^\d+$/.test(previousWord(text, at))) return null;
  const year = yearParts(yearDigits, m[3]);
  if (year === null) return null;
  if (year.year === undefined && year.relativeYear === undefined && namesSomething(text, at)) return null;
  const piece = monthsPiece(at, end, year.year, month, month, year.relativeYear);
  if (LUNAR_ONLY_MONTH_WORDS.has(word)) return { ...piece, value: {}, lunar: withYear(year.year, { month }) };
  return piece;
};

const readMonthRange = (text: string, at: number): Piece | null => {
  const m = matchAt(MONTH_RANGE, text, at);
  if (!m) return null;
  const [first, last] = [Number(m[1]), Number(m[2])];
  const year = yearParts(m[3], undefined);
  if (first < 1 || last > 12 || last <= first || year === null) return null;
  return monthsPiece(at, at + m[0].length, year.year, first, last);
};

const readQuarter = (text: string, at: number): Piece | null => {
  const m = matchAt(QUARTER, text, at);
  if (!m) return null;
  const first = QUARTER_WORDS[m[1]!.toLowerCase()];
  const last = m[2] === undefined ? first : QUARTER_WORDS[m[2].toLowerCase()];
  const year = yearParts(m[3], m[4]);
  if (first === undefined || last === undefined || (m[2] !== undefined && last <= first) || year === null) return null;
  return monthsPiece(at, at + m[0].length, year.year, first * 3 - 2, last * 3, year.relativeYear);
};

const readHalf = (text: string, at: number): Piece | null => {
  const m = matchAt(HALF, text, at);
  if (!m) return null;
  const count = m[2] !== undefined ? 6 : /^\d/.test(m[1]!) ? Number(m[1]) : NUMBER_WORDS[m[1]!.toLowerCase()];
  const year = yearParts(m[4], m[5]);
  if (count === undefined || count < 1 || count > 11 || year === null) return null;
  const [first, last] = m[3]!.toLowerCase() === "đầu" ? [1, count] : [13 - count, 12];
  return monthsPiece(at, at + m[0].length, year.year, first, last, year.relativeYear);
};

const readYear = (text: string, at: number): Piece | null => {
  const m = matchAt(YEAR_ONLY, text, at) ?? matchAt(BIRTH_YEAR, text, at);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1000 || year > 2999) return null;
  // "những năm 1990", "các năm 1960": a decade, not one year; the mention takes the word that makes it one.
  const cue = year % 10 === 0 && text.charCodeAt(at - 1) === 0x20 ? previousWord(text, at) : "";
  if (DECADE_CUES.has(cue)) {
    return { start: at - 1 - cue.length, end: at + m[0].length, role: "date", value: { start: { year }, end: { year: year + 9 } }, grain: "range" };
  }
  return { start: at, end: at + m[0].length, role: "date", value: { year }, grain: "year" };
};

/** Whether `đầu`, `giữa` or `cuối` (also with `của`) stands before `at`: "cuối thập kỷ 1990", "những năm đầu của thập niên 1860" name a part of the decade, which no convention bounds. */
const isPartOfDecadeBefore = (text: string, at: number): boolean => {
  if (text.charCodeAt(at - 1) !== 0x20) return false;
  const word = previousWord(text, at);
  if (PART_OF_DECADE.has(word)) return true;
  const before = at - 1 - word.length;
  return word === "của" && text.charCodeAt(before - 1) === 0x20 && PART_OF_DECADE.has(previousWord(text, before));
};

/** `thập niên 1960`: the ten years from 1960 (a decade written with two digits, `thập kỷ 60`, names no century and is not read; nor is a part of one, `cuối thập kỷ 1990`). */
const readDecade = (text: string, at: number): Piece | null => {
  // Most calls stand at a digit or another word: one look at the first letter (`t` of `thập`) spares the regex.
  if ((text.charCodeAt(at) | 0x20) !== 0x74) return null;
  const m = matchAt(DECADE, text, at);
  if (!m || isPartOfDecadeBefore(text, at)) return null;
  const year = Number(m[1]);
  if (year < 1000 || year > 2990) return null;
  return { start: at, end: at + m[0].length, role: "date", value: { start: { year }, end: { year: year + 9 } }, grain: "range" };
};

const readPartOfYear = (text: string, at: number): Piece | null => {
  const m = matchAt(PART_OF_YEAR, text, at);
  if (!m) return null;
  const months = PART_OF_YEAR_MONTHS[m[1]!.toLowerCase()];
  const year = yearParts(m[2], m[3]);
  if (months === undefined || year === null) return null;
  const piece = monthsPiece(at, at + m[0].length, year.year, months[0], months[1], year.relativeYear);
  return { ...piece, grain: "range" };
};

const readPartOfMonth = (text: string, at: number): Piece | null => {
  const m = matchAt(PART_OF_MONTH, text, at);
  if (!m) return null;
  const days = PART_OF_MONTH_DAYS[m[1]!.toLowerCase()];
  const word = m[2]!.toLowerCase();
  const numeric = /^\d/.test(word);
  const month = numeric ? Number(word) : isSpelledMonth(text, m[2]!, at + m[0].length, m[3] !== undefined || m[4] !== undefined) ? (MONTH_WORDS[word] ?? 0) : 0;
  const year = yearParts(m[3], m[4]);
  if (days === undefined || month < 1 || month > 12 || year === null) return null;
  const last = Math.min(days[1], daysInMonth(month, year.year));
  const value = { start: withYear(year.year, { month, day: days[0] }), end: withYear(year.year, { month, day: last }) };
  return { start: at, end: at + m[0].length, role: "date", value, grain: "range", ...(year.relativeYear === undefined ? {} : { relativeYear: year.relativeYear }) };
};

const longest = (pieces: (Piece | null)[]): Piece | null =>
  pieces.reduce<Piece | null>((best, piece) => (piece && (!best || piece.end > best.end) ? piece : best), null);

/**
 * Months, quarters, halves and years: `tháng 6/2023`, `tháng Giêng`, `quý I/2023`,
 * `6 tháng đầu năm 2021`, `nửa cuối năm`, `năm 2022`, `đầu năm`, `cuối tháng 6`.
 */
export const monthQuarterHalfYearParser: DateParser = {
  name: "month-quarter-half-year",
  // The tables' words and phrases: "trung tuần" of "trung tuần tháng 1-2006" as much as "đầu".
  anchors: [...new Set([DIGIT, "tháng", ...QUARTER_LEADS, "năm", "sn", "nửa", "thập", ...[NUMBER_WORDS, PART_OF_MONTH_DAYS, PART_OF_YEAR_MONTHS].flatMap((table) => Object.keys(table))])],
  read: (text, at) => {
    if (isGluedBefore(text, at)) return null;
    return longest([readMonth(text, at), readMonthRange(text, at), readQuarter(text, at), readHalf(text, at), readYear(text, at), readDecade(text, at), readPartOfYear(text, at), readPartOfMonth(text, at)]);
  },
};
