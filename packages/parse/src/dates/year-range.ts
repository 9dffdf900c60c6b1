import { DIGIT, type DateParser } from "./parser";
import type { Piece } from "./piece";
import { isGluedBefore, matchAt } from "./text-context";

/** The words that may lead a period of years: nhiệm kỳ 2021 - 2026, giai đoạn 2022 - 2026, năm học 2021-2022. */
export const YEAR_RANGE_LEADS: readonly string[] = ["nhiệm kỳ", "giai đoạn", "thời kỳ", "năm học", "niên khóa", "niên học", "từ năm", "năm", "những năm", "các năm", "mùa giải", "kế hoạch"];
// The years joined by a dash, or after a lead word by đến/tới: "từ năm 1900 đến 1975". One end
// may carry its month, as a career is written year by year: "1984-10/1986", "10/1984 - 1986".
const YEAR_RANGE = new RegExp(
  `(?:(${YEAR_RANGE_LEADS.join("|")}) ?)?(?:(\\d{1,2})/)?(\\d{4})(?: ?[-–—] ?|( (?:đến|tới) (?:năm |tháng )?))(?:(\\d{1,2})/)?(\\d{4})(?![\\p{L}\\p{N}]|[/.-]\\p{N}|\\/\\p{L})`,
  "iuy",
);

/** A month written before a year, 1 to 12, or undefined when none is. */
const monthOf = (digits: string | undefined): number | undefined => (digits === undefined ? undefined : Number(digits));

/**
 * Year periods: `nhiệm kỳ 2021 - 2026`, `giai đoạn 2022 - 2026`, `2021–2025`, `từ năm 1900 đến
 * 1975`, a life or an anniversary in brackets (`(1872-1926)`, `(1907-2007)`), and with the month
 * of one end: `1984-10/1986`. Two months (`11/1986-2/1989`) are two
 * dates, which the range refiner joins.
 */
export const yearRangeParser: DateParser = {
  name: "year-range",
  anchors: [DIGIT, "nhiệm", "giai", "năm", "từ"],
  read: (text, at): Piece | null => {
    if (isGluedBefore(text, at)) return null;
    const m = matchAt(YEAR_RANGE, text, at);
    if (!m) return null;
    const [first, last] = [Number(m[3]), Number(m[6])];
    const [firstMonth, lastMonth] = [monthOf(m[2]), monthOf(m[5])];
    if (firstMonth !== undefined && lastMonth !== undefined) return null;
    const month = firstMonth ?? lastMonth;
    if (month !== undefined && (month < 1 || month > 12)) return null;
    // "đến" joins two years only after a lead word, and not to a count ("năm 2019 đến 2500 người").
    if (m[4] !== undefined && (m[1] === undefined || last > 2100)) return null;
    // Without a lead word, two years 1–30 apart in modern times: a period, not "1900-1800"; alone in brackets, any
    // two years in order, as a life or an anniversary is written: "Phan Chu Trinh (1872-1926)", "kỷ niệm 100 năm (1907-2007)".
    const bracketed = m[1] === undefined && m[4] === undefined && text.charAt(at - 1) === "(" && text.charAt(at + m[0].length) === ")";
    const plausible =
      m[1] !== undefined || bracketed ? first >= 1000 && last <= (bracketed ? 2100 : 2999) && last > first : first >= 1900 && last <= 2100 && last > first && last - first <= 30;
    if (!plausible) return null;
    const start = firstMonth === undefined ? { year: first } : { year: first, month: firstMonth };
    const end = lastMonth === undefined ? { year: last } : { year: last, month: lastMonth };
    return { start: at, end: at + m[0].length, role: "date", value: { start, end }, grain: "range" };
  },
};
