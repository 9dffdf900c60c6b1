import { startsWithWordAt, isWordCharAt } from "./text-context";

/**
 * Holidays that come back every year, by the words that name them, with their day and month:
 * before its own date, such a name makes a bare `d/m` this year's date (`ngày Quốc tế Lao động
 * 1/5`, `Quốc khánh 2.9`), where `Công viên 30/4` stays a name. The days that name one past
 * event (`chiến thắng 30/4`, the victory of 1975) are left out: `ref` would give them the
 * wrong year. Dates from the Labour Code (Bộ luật Lao động 2019, Article 112: the public
 * holidays) and Decree 145/2013/NĐ-CP (the national days).
 */
export const HOLIDAY_NAMES: readonly (readonly [name: string, day: number, month: number])[] = [
  ["quốc tế phụ nữ", 8, 3],
  ["quốc tế lao động", 1, 5],
  ["lao động", 1, 5],
  ["quốc tế thiếu nhi", 1, 6],
  ["thiếu nhi", 1, 6],
  ["thương binh liệt sĩ", 27, 7],
  ["thương binh - liệt sĩ", 27, 7],
  ["quốc khánh", 2, 9],
  ["phụ nữ việt nam", 20, 10],
  ["nhà giáo việt nam", 20, 11],
];

/** The days of the public holidays (Labour Code 2019, Article 112) that fall on a fixed solar date. */
const PUBLIC_HOLIDAYS: readonly (readonly [day: number, month: number])[] = [
  [1, 1],
  [30, 4],
  [1, 5],
  [2, 9],
];

/** Words before a public holiday's date that speak of the holiday (`dịp lễ 30.4`, `nghỉ lễ dài 30/4`): a dotted date after them is no decimal. */
const HOLIDAY_WORDS: readonly string[] = ["lễ", "dịp", "lễ lớn", "lễ dài"];

const dayKey = (day: number, month: number) => month * 100 + day;
const NAMED_DATES: ReadonlySet<number> = new Set(HOLIDAY_NAMES.map(([, day, month]) => dayKey(day, month)));
const PUBLIC_HOLIDAY_DATES: ReadonlySet<number> = new Set(PUBLIC_HOLIDAYS.map(([day, month]) => dayKey(day, month)));

/** Whether `phrase` (lower case) ends one space before `at`, as whole words. Allocates nothing. */
const phraseBefore = (text: string, at: number, phrase: string): boolean => {
  const start = at - 1 - phrase.length;
  return start >= 0 && text.charCodeAt(at - 1) === 0x20 && !isWordCharAt(text, start - 1) && startsWithWordAt(text, start, phrase);
};

/**
 * Whether the words just before `at` name the holiday that falls on `day`/`month`, or speak
 * of a holiday before a public holiday's date. Bounded: compares a few short phrases.
 */
export const namesHolidayBefore = (text: string, at: number, day: number, month: number): boolean => {
  const key = dayKey(day, month);
  if (NAMED_DATES.has(key)) for (const [name, nameDay, nameMonth] of HOLIDAY_NAMES) if (nameDay === day && nameMonth === month && phraseBefore(text, at, name)) return true;
  return PUBLIC_HOLIDAY_DATES.has(key) && HOLIDAY_WORDS.some((words) => phraseBefore(text, at, words));
};
