/**
 * How Vietnamese writes a term or a numbered body, one row per form. Years come from
 * `nhiệm kỳ` (Điều lệ Đảng Cộng sản Việt Nam 2011, Điều 15: congresses every five years;
 * Hiến pháp 2013, Điều 71: each Quốc hội sits five years); the ordinal from `khóa` (Quốc hội,
 * Hội đồng nhân dân, Ban Chấp hành Trung ương), `Đại hội` and `lần thứ` followed by a Roman
 * numeral, as Party and State documents number them.
 *
 * @example
 * ```ts
 * import { TERM_WORDS } from "@vnpol/parse";
 * Object.keys(TERM_WORDS).length > 0; // true
 * ```
 */
export const TERM_WORDS = {
  /** `nhiệm kỳ 2021 - 2026`: two years. */
  years: ["nhiệm kỳ"],
  /** `khóa XV`, `khóa 15`: a Roman or Arabic ordinal. */
  ordinalRomanOrArabic: ["khóa"],
  /** `lần thứ XIV`, `lần VIII`, `Đại hội XIII`: Roman only (`lần thứ 2` is "the second time"). */
  ordinalRoman: ["lần thứ", "lần", "đại hội"],
} as const;

/** Longest term in years that the text may state (`nhiệm kỳ 2021 - 2026` is five). */
export const MAX_TERM_YEARS = 10;
