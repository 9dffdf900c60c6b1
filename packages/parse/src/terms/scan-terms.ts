import type { Term } from "@vnpol/schema";
import { romanToInt } from "./roman-numeral";
import { MAX_TERM_YEARS, TERM_WORDS } from "./term-words";

/** A term found in normalised text, by offsets into that text. */
export interface ScannedTerm {
  readonly start: number;
  readonly end: number;
  readonly term: Term;
}

const TERM_KEYWORDS: readonly string[] = [...TERM_WORDS.years, ...TERM_WORDS.ordinalRomanOrArabic, ...TERM_WORDS.ordinalRoman];

const alternatives = (words: readonly string[]) => words.map((word) => `[${word.charAt(0)}${word.charAt(0).toUpperCase()}]${word.slice(1)}`).join("|");

// One keyword-anchored alternation with bounded repeats, tried only where a keyword is: linear in the input.
const TERM_AT = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:${alternatives(TERM_WORDS.years)}) (\\d{4}) ?[-–—] ?(\\d{4})` +
    `|(?:${alternatives(TERM_WORDS.ordinalRomanOrArabic)}) ([IVXLCDM]{1,8}|\\d{1,3})` +
    // `Đại hội Đảng X` numbers the congress as `Đại hội X` does.
    `|(?:${alternatives(TERM_WORDS.ordinalRoman)})(?: [Đđ]ảng)? ([IVXLCDM]{1,8}))(?![\\p{L}\\p{N}])`,
  "yu",
);

// Each keyword is found by its tail (`ại hội`) with `indexOf`, then its first letter in either case.
const ANCHORS: readonly { tail: string; firsts: string }[] = [...new Set(TERM_KEYWORDS)].map((word) => ({
  tail: word.slice(1),
  firsts: `${word.charAt(0)}${word.charAt(0).toUpperCase()}`,
}));

/** Where a term keyword may start, ascending and without repeats. */
const keywordStarts = (text: string): number[] => {
  const starts: number[] = [];
  for (const { tail, firsts } of ANCHORS) {
    for (let at = text.indexOf(tail, 1); at >= 0; at = text.indexOf(tail, at + 1)) {
      if (firsts.includes(text.charAt(at - 1))) starts.push(at - 1);
    }
  }
  return starts.sort((a, b) => a - b);
};

const yearRange = (first: string, last: string): Term | null => {
  const [startYear, endYear] = [Number(first), Number(last)];
  const plausible = startYear >= 1930 && endYear <= 2200 && startYear < endYear && endYear - startYear <= MAX_TERM_YEARS;
  return plausible ? { startYear, endYear, ordinal: null } : null;
};

const ordinal = (written: string): Term | null => {
  const value = /^\d+$/u.test(written) ? Number(written) : romanToInt(written);
  return value !== null && value >= 1 && value <= 100 ? { startYear: null, endYear: null, ordinal: value } : null;
};

/** The term a match of TERM_AT writes: a span of years, or an ordinal. */
const termOf = ([, first, last, either, roman]: RegExpExecArray): Term | null =>
  first !== undefined && last !== undefined ? yearRange(first, last) : ordinal(either ?? roman ?? "");

/**
 * The term starting exactly at `at` in already-normalised text (a keyword then its years or
 * number), or null. A term cannot start inside another (a keyword never stands in a term's
 * years or number), so this finds at `at` what {@link scanTerms} finds there, without a pass
 * over the whole text.
 *
 * @example
 * ```ts
 * import { termStartingAt } from "./scan-terms";
 * termStartingAt("Quốc hội khóa XV", 9)?.end; // 16
 * termStartingAt("Quốc hội khóa XV", 0);      // null
 * ```
 */
export const termStartingAt = (text: string, at: number): ScannedTerm | null => {
  TERM_AT.lastIndex = at;
  const match = TERM_AT.exec(text);
  const term = match === null ? null : termOf(match);
  return term === null ? null : { start: at, end: at + match![0].length, term };
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
  let done = 0;
  for (const at of keywordStarts(text)) {
    // Like a global scan: leftmost match first, then on from its end.
    if (at < done) continue;
    TERM_AT.lastIndex = at;
    const match = TERM_AT.exec(text);
    if (match === null) continue;
    done = at + match[0].length;
    const term = termOf(match);
    if (term !== null) found.push({ start: at, end: done, term });
  }
  return found;
};
