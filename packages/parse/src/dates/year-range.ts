import { DIGIT, type DateParser } from "./parser";
import type { Piece } from "./piece";
import { isGluedBefore, matchAt } from "./text-context";

/** The words that may lead a period of years: nhiệm kỳ 2021 - 2026, giai đoạn 2022 - 2026, năm học 2021-2022. */
export const YEAR_RANGE_LEADS: readonly string[] = ["nhiệm kỳ", "giai đoạn", "thời kỳ", "năm học", "niên khóa", "niên học", "từ năm", "năm", "những năm", "các năm", "mùa giải", "kế hoạch"];
const YEAR_RANGE = new RegExp(`(?:(${YEAR_RANGE_LEADS.join("|")}) ?)?(\\d{4}) ?[-–—] ?(\\d{4})(?![\\p{L}\\p{N}]|[/.-]\\p{N}|\\/\\p{L})`, "iuy");

/** Year periods: `nhiệm kỳ 2021 - 2026`, `giai đoạn 2022 - 2026`, `2021–2025`. */
export const yearRangeParser: DateParser = {
  name: "year-range",
  anchors: [DIGIT, "nhiệm", "giai", "năm", "từ"],
  read: (text, at): Piece | null => {
    if (isGluedBefore(text, at)) return null;
    const m = matchAt(YEAR_RANGE, text, at);
    if (!m) return null;
    const [first, last] = [Number(m[2]), Number(m[3])];
    // Without a lead word, two years 1–30 apart in modern times: a period, not "1900-1800".
    const plausible = m[1] !== undefined ? first >= 1000 && last <= 2999 && last > first : first >= 1900 && last <= 2100 && last > first && last - first <= 30;
    if (!plausible) return null;
    return { start: at, end: at + m[0].length, role: "date", value: { start: { year: first }, end: { year: last } }, grain: "range" };
  },
};
