import type { Term } from "@vnpol/schema";
import { romanToInt } from "./roman-numeral";
import { MAX_TERM_YEARS, TERM_WORDS } from "./term-words";

/** A term found in normalised text, by offsets into that text. */
export interface ScannedTerm {
  readonly start: number;
  readonly end: number;
  readonly term: Term;
}

const alternatives = (words: readonly string[]) => words.map((word) => `[${word.charAt(0)}${word.charAt(0).toUpperCase()}]${word.slice(1)}`).join("|");

// One keyword-anchored alternation with bounded repeats: linear in the input.
const TERM = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:${alternatives(TERM_WORDS.years)}) (\\d{4}) ?[-–—] ?(\\d{4})` +
    `|(?:${alternatives(TERM_WORDS.ordinalRomanOrArabic)}) ([IVXLCDM]{1,8}|\\d{1,3})` +
    `|(?:${alternatives(TERM_WORDS.ordinalRoman)}) ([IVXLCDM]{1,8}))(?![\\p{L}\\p{N}])`,
  "gu",
);

const yearRange = (first: string, last: string): Term | null => {
  const [startYear, endYear] = [Number(first), Number(last)];
  const plausible = startYear >= 1930 && endYear <= 2200 && startYear < endYear && endYear - startYear <= MAX_TERM_YEARS;
  return plausible ? { startYear, endYear, ordinal: null } : null;
};

const ordinal = (written: string): Term | null => {
  const value = /^\d+$/u.test(written) ? Number(written) : romanToInt(written);
  return value !== null && value >= 1 && value <= 100 ? { startYear: null, endYear: null, ordinal: value } : null;
};

/**
 * Every term in already-normalised text, in order, by offsets into that text.
 *
 * @example
 * ```ts
 * import { scanTerms } from "./scan-terms";
 * scanTerms("Quốc hội khóa XV")[0]; // { start: 9, end: 16, term: { startYear: null, endYear: null, ordinal: 15 } }
 * ```
 */
export const scanTerms = (text: string): ScannedTerm[] => {
  const found: ScannedTerm[] = [];
  for (const match of text.matchAll(TERM)) {
    const [whole, first, last, either, roman] = match;
    const term = first !== undefined && last !== undefined ? yearRange(first, last) : ordinal(either ?? roman ?? "");
    if (term !== null) found.push({ start: match.index, end: match.index + whole.length, term });
  }
  return found;
};
