import type { DateMention, PartialDate } from "@vnpol/schema";
import { normalizeWithOffsets, type NormalizedText } from "../normalize";
import { MAX_JOIN_GAP } from "./merge-pieces";
import type { Piece } from "./piece";
import { refineCoordination } from "./refine-coordination";
import { refineList } from "./refine-list";
import { refineLunarSuffix } from "./refine-lunar-suffix";
import { refinePartOfDay } from "./refine-part-of-day";
import { refineQuarterList } from "./refine-quarter-list";
import { refineRange } from "./refine-range";
import { refineTimeDate } from "./refine-time-date";
import { refineUntilNow } from "./refine-until-now";
import { refineWeekday } from "./refine-weekday";
import { refineYearList } from "./refine-year-list";
import { toReferenceDay } from "./reference-date";
import { dayOf, resolvePiece, resolveSameDay, upToReferenceDay } from "./resolve";
import { mayBeTheSameDay } from "./same-day";
import { scanEveryWord, scanPieces } from "./scan";

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
   * Without it, years stay unknown and relative words are skipped (a time written with one, `9h30 tối nay`, keeps its hour).
   */
  ref?: Date | string;
}


/** The refiners, in the order they apply: each joins neighbours the one before left apart. */
const REFINERS: readonly ((pieces: readonly Piece[], text: string) => Piece[])[] = [
  refineWeekday,
  refinePartOfDay,
  refineTimeDate,
  refineLunarSuffix,
  refineList,
  refineYearList,
  refineQuarterList,
  refineCoordination,
  refineRange,
  refineUntilNow,
];

/** The refiners that read the text around a single piece or join pieces farther apart, and so run even when no two pieces stand close. */
const ON_SINGLE_PIECES: ReadonlySet<(typeof REFINERS)[number]> = new Set([refineLunarSuffix, refineList, refineYearList, refineQuarterList, refineCoordination, refineUntilNow]);

/**
 * Whether two pieces stand within {@link MAX_JOIN_GAP} of each other: every refiner but those
 * of {@link ON_SINGLE_PIECES} only joins such neighbours, and leaves pieces alone without them.
 */
const hasNeighbours = (pieces: readonly Piece[]): boolean => {
  for (let i = 1; i < pieces.length; i++) if (pieces[i]!.start - pieces[i - 1]!.end <= MAX_JOIN_GAP) return true;
  return false;
};

/** Refines the pieces read from `text` (normalised) and turns them into mentions of `input`. */
const mentionsOf = (
  pieces: Piece[],
  text: string,
  toOriginal: ((index: number) => number) | null,
  input: string,
  options: DateOptions,
  keepWeak: boolean,
): DateMention[] => {
  if (pieces.length === 0) return [];
  for (const refine of REFINERS) if (ON_SINGLE_PIECES.has(refine) || hasNeighbours(pieces)) pieces = refine(pieces, text);
  const ref = toReferenceDay(options.ref);
  const found: DateMention[] = [];
  let lastDay: PartialDate | undefined; // the day of the last mention that names one, for `cùng ngày`
  for (const piece of pieces) {
    if (piece.role === "modifier" || (piece.weak && !keepWeak)) continue;
    let resolved = piece.sameDay === true ? resolveSameDay(piece, lastDay) : resolvePiece(piece, ref);
    if (resolved === null) continue;
    const day = dayOf(resolved);
    if (day !== undefined && mayBeTheSameDay(piece, text)) lastDay = day;
    // "từ năm 2001 đến nay": with `ref`, a period from the date to the article's day.
    const upToNow = piece.untilNow === undefined || ref === undefined ? null : upToReferenceDay(resolved, ref);
    if (upToNow !== null) resolved = upToNow;
    const span = upToNow === null ? piece : piece.untilNow!;
    const start = toOriginal === null ? span.start : toOriginal(span.start);
    const end = toOriginal === null ? span.end : toOriginal(span.end);
    found.push({ start, end, text: input.slice(start, end), ...resolved });
  }
  return found;
};

/** The pipeline shared by {@link findDates} and `parseDate`: `keepWeak` keeps ambiguous forms (`4/4`). */
export const findDatesWith = (text: string, options: DateOptions, keepWeak: boolean): DateMention[] => {
  if (typeof text !== "string" || text.length === 0) return [];
  // Text that normalising would leave as it is (most news text) is read as it is.
  const pieces = scanPieces(text, true);
  if (pieces !== null) return mentionsOf(pieces, text, null, text, options, keepWeak);
  const normalized = normalizeWithOffsets(text);
  return mentionsOf(scanPieces(normalized.text) ?? [], normalized.text, normalized.toOriginal, text, options, keepWeak);
};

/**
 * {@link findDates} reading every word of the normalised text ({@link scanEveryWord}) instead
 * of only the words around digits and cues: the reference that the equivalence tests hold
 * `findDates` to. Slower; not exported from the package.
 *
 * @internal
 */
export const findDatesReadingEveryWord = (text: string, options: DateOptions = {}): DateMention[] => {
  if (typeof text !== "string" || text.length === 0) return [];
  const normalized = normalizeWithOffsets(text);
  return mentionsOf(scanEveryWord(normalized.text), normalized.text, normalized.toOriginal, text, options, false);
};

/**
 * {@link findDates} on text already normalised by `normalizeWithOffsets(input)`: for callers
 * that run several finders over one text and normalise it once. Offsets are into `input`.
 *
 * @example
 * ```ts
 * import { normalizeWithOffsets } from "../normalize";
 * import { findDatesIn } from "./find-dates";
 * const input = "Ngày&nbsp;14-1, Ban Dân vận Tỉnh uỷ";
 * const [first] = findDatesIn(normalizeWithOffsets(input), input, { ref: "2021-01-14" });
 * first.text;  // "Ngày&nbsp;14-1"
 * first.value; // { year: 2021, month: 1, day: 14 }
 * ```
 */
export const findDatesIn = (normalized: NormalizedText, input: string, options: DateOptions = {}): DateMention[] => {
  if (typeof input !== "string" || normalized.text.length === 0) return [];
  return mentionsOf(scanPieces(normalized.text) ?? [], normalized.text, normalized.toOriginal, input, options, false);
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
