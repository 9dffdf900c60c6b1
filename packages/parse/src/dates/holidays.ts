import { isPhraseBefore } from "./text-context";

/**
 * Holidays that come back every year, by the words that name them, with their day and month
 * (each row says where that date is set): before its own date, such a name makes a bare `d/m`
 * this year's date (`ngày Quốc tế Lao động 1/5`, `Quốc khánh 2.9`), where `Công viên 30/4`
 * stays a name. The days that name one past event (`chiến thắng 30/4`, the victory of 1975)
 * are left out: `ref` would give them the wrong year.
 */
export const HOLIDAY_NAMES: readonly (readonly [name: string, day: number, month: number])[] = [
  ["quốc tế phụ nữ", 8, 3], // International Women's Day
  ["quốc tế lao động", 1, 5], // Bộ luật Lao động 2019, Article 112
  ["lao động", 1, 5], // Bộ luật Lao động 2019, Article 112
  ["quốc tế thiếu nhi", 1, 6], // International Children's Day
  ["thiếu nhi", 1, 6], // International Children's Day
  ["thương binh liệt sĩ", 27, 7], // Ngày Thương binh, from 27 July 1947
  ["thương binh - liệt sĩ", 27, 7], // Ngày Thương binh, from 27 July 1947
  ["quốc khánh", 2, 9], // Bộ luật Lao động 2019, Article 112
  ["phụ nữ việt nam", 20, 10], // founding of the Vietnam Women's Union, 20 October 1930
  ["nhà giáo việt nam", 20, 11], // Quyết định 167-HĐBT, 1982
  ["di sản văn hóa việt nam", 23, 11], // Quyết định 1012/QĐ-TTg, 2009
];

/** The public holidays that fall on a fixed solar date (Bộ luật Lao động 2019, Article 112). */
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

/**
 * Whether the words just before `at` name the holiday that falls on `day`/`month`, or speak
 * of a holiday before a public holiday's date. Bounded: compares a few short phrases.
 */
export const namesHolidayBefore = (text: string, at: number, day: number, month: number): boolean => {
  const key = dayKey(day, month);
  if (NAMED_DATES.has(key)) for (const [name, nameDay, nameMonth] of HOLIDAY_NAMES) if (nameDay === day && nameMonth === month && isPhraseBefore(text, at, name)) return true;
  return PUBLIC_HOLIDAY_DATES.has(key) && HOLIDAY_WORDS.some((words) => isPhraseBefore(text, at, words));
};
