import type { DateMention } from "@vnpol/schema";
import { normalizeWithOffsets } from "../normalize";
import type { Piece } from "./piece";
import { refineCoordination } from "./refine-coordination";
import { refineLunarSuffix } from "./refine-lunar-suffix";
import { refinePartOfDay } from "./refine-part-of-day";
import { refineRange } from "./refine-range";
import { refineTimeDate } from "./refine-time-date";
import { refineWeekday } from "./refine-weekday";
import { toReferenceDay } from "./reference-date";
import { resolvePiece } from "./resolve";
import { scanPieces } from "./scan";

/**
 * Options of {@link findDates} and `parseDate`.
 *
 * @example
 * ```ts
 * import { findDates, type DateOptions } from "@vnpol/parse";
 * const options: DateOptions = { ref: "2021-01-14" }; // the article's publication date
 * findDates("Ngày 14-1, Ban Dân vận Tỉnh ủy", options)[0]?.value; // { year: 2021, month: 1, day: 14 }
 * ```
 */
export interface DateOptions {
  /**
   * The article's publication date (`"2022-12-27"`, an ISO date-time, or a `Date`): it fills
   * a missing year with the nearest plausible one and resolves `hôm qua`, `năm ngoái`.
   * Without it, years stay unknown and relative words are skipped.
   */
  ref?: Date | string;
}


// What normalisation would change in a date expression: combining marks (NFD), HTML entities,
// odd or repeated spaces, invisible characters, Đ look-alikes. Tone-mark style never matters
// here (no date word ends in oa/oe/uy), so text without these is read as it is, much faster.
const ODD_CHARACTER = /[\u0300-\u036f&\t\u00a0\u00ad\u00d0\u00f0\u0189\u2000-\u200d\u202f\u205f\u3000\ufeff]/;
const needsNormalizing = (text: string): boolean => text.includes("  ") || ODD_CHARACTER.test(text);

const identity = (index: number) => index;
const UNCHANGED = (text: string) => ({ text, toOriginal: identity });

/** The refiners, in the order they apply: each joins neighbours the one before left apart. */
const REFINERS: readonly ((pieces: readonly Piece[], text: string) => Piece[])[] = [
  refineWeekday,
  refinePartOfDay,
  refineTimeDate,
  refineLunarSuffix,
  refineCoordination,
  refineRange,
];

/** The pipeline shared by {@link findDates} and `parseDate`: `keepWeak` keeps ambiguous forms (`4/4`). */
export const findDatesWith = (text: string, options: DateOptions, keepWeak: boolean): DateMention[] => {
  if (typeof text !== "string" || text.length === 0) return [];
  const normalized = needsNormalizing(text) ? normalizeWithOffsets(text) : UNCHANGED(text);
  let pieces = scanPieces(normalized.text);
  for (const refine of REFINERS) pieces = refine(pieces, normalized.text);
  const ref = toReferenceDay(options.ref);
  const found: DateMention[] = [];
  for (const piece of pieces) {
    if (piece.role === "modifier" || (piece.weak && !keepWeak)) continue;
    const resolved = resolvePiece(piece, ref);
    if (resolved === null) continue;
    const start = normalized.toOriginal(piece.start);
    const end = normalized.toOriginal(piece.end);
    found.push({ start, end, text: text.slice(start, end), ...resolved });
  }
  return found;
};

/**
 * Finds the dates, times and periods in Vietnamese text, in text order, with UTF-16
 * offsets into the text as given. `ref` (the publication date) fills missing years.
 *
 * @example
 * ```ts
 * import { findDates } from "@vnpol/parse";
 * const [first] = findDates("Sáng ngày 27/12, Ban Dân vận Tỉnh ủy tổ chức Hội nghị", { ref: "2022-12-27" });
 * first.text;      // "Sáng ngày 27/12"
 * first.value;     // { year: 2022, month: 12, day: 27 }
 * first.grain;     // "day"
 * first.partOfDay; // "morning"
 * findDates("Hoàn thành 138/138 nhà ở, Kỳ họp thứ 7"); // []
 * ```
 */
export const findDates = (text: string, options: DateOptions = {}): DateMention[] => findDatesWith(text, options, false);
