import { dayRangeParser } from "./day-range";
import { lunarParser } from "./lunar";
import { monthQuarterHalfYearParser } from "./month-quarter-half-year";
import { numericDateParser } from "./numeric-date";
import { DIGIT, type DateParser } from "./parser";
import { partOfDayParser } from "./part-of-day";
import type { Piece } from "./piece";
import { relativeParser } from "./relative";
import { spelledDateParser } from "./spelled-date";
import { isWordCode } from "./text-context";
import { timeParser } from "./time";
import { weekdayParser } from "./weekday";
import { yearRangeParser } from "./year-range";

/** Every form, in order of preference when two read the same length. */
const PARSERS: readonly DateParser[] = [
  lunarParser,
  dayRangeParser,
  yearRangeParser,
  numericDateParser,
  spelledDateParser,
  monthQuarterHalfYearParser,
  relativeParser,
  timeParser,
  partOfDayParser,
  weekdayParser,
];

// Parsers by the lower-case first word they can start with, built once at load.
const BY_ANCHOR: ReadonlyMap<string, readonly DateParser[]> = (() => {
  const map = new Map<string, DateParser[]>();
  for (const parser of PARSERS) {
    for (const anchor of parser.anchors) {
      const list = map.get(anchor) ?? [];
      if (!list.includes(parser)) list.push(parser);
      map.set(anchor, list);
    }
  }
  return map;
})();

/** Lower-case of a Vietnamese letter's code unit, without allocating a string. */
const lowerCode = (code: number): number => {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
  if (code >= 0xc0 && code <= 0xde && code !== 0xd7) return code + 0x20;
  if ((code >= 0x100 && code <= 0x17f) || (code >= 0x1ea0 && code <= 0x1ef9)) return code % 2 === 0 ? code + 1 : code;
  if (code === 0x1a0 || code === 0x1af) return code + 1;
  return code;
};

interface AnchorWord {
  /** The word after its first letter, lower case: "gày" for "ngày". */
  readonly tail: string;
  readonly length: number;
  readonly parsers: readonly DateParser[];
}

// Anchor words by their first two letters, lower case, longest first, built once at load: a
// table lookup rejects the many words that anchor nothing, and a native `startsWith` checks the rest.
const CODE_LIMIT = 0x2000;
const FIRST_LETTERS = [...new Set([...BY_ANCHOR.keys()].filter((word) => word !== DIGIT).map((word) => word.charCodeAt(0)))];
const FIRST_INDEX = (() => {
  const table = new Uint8Array(CODE_LIMIT);
  FIRST_LETTERS.forEach((code, index) => {
    table[code] = index + 1;
  });
  return table;
})();
const CANDIDATE_LISTS: (readonly AnchorWord[])[] = [];
const PREFIX_TABLE = (() => {
  const table = new Uint16Array((FIRST_LETTERS.length + 1) * CODE_LIMIT);
  const lists = new Map<number, AnchorWord[]>();
  for (const [word, parsers] of BY_ANCHOR) {
    if (word === DIGIT) continue;
    const slot = FIRST_INDEX[word.charCodeAt(0)]! * CODE_LIMIT + word.charCodeAt(1);
    lists.set(slot, [...(lists.get(slot) ?? []), { tail: word.slice(1), length: word.length, parsers }].sort((a, b) => b.length - a.length));
  }
  for (const [slot, list] of lists) {
    CANDIDATE_LISTS.push(list);
    table[slot] = CANDIDATE_LISTS.length;
  }
  return table;
})();

/** The anchor words that share the first two letters of the word at `at`, or undefined. */
const candidatesAt = (text: string, at: number): readonly AnchorWord[] | undefined => {
  const first = lowerCode(text.charCodeAt(at));
  const second = lowerCode(text.charCodeAt(at + 1));
  if (first >= CODE_LIMIT || !(second < CODE_LIMIT)) return undefined;
  const index = FIRST_INDEX[first]!;
  if (index === 0) return undefined;
  const list = PREFIX_TABLE[index * CODE_LIMIT + second]!;
  return list === 0 ? undefined : CANDIDATE_LISTS[list - 1];
};

/** The parsers anchored by the word starting at `at`, or undefined. */
const anchoredAt = (text: string, at: number): readonly DateParser[] | undefined => {
  const candidates = candidatesAt(text, at);
  if (candidates === undefined) return undefined;
  const second = text.charCodeAt(at + 1);
  for (const candidate of candidates) {
    const end = at + candidate.length;
    if (end < text.length && isWordCode(text.charCodeAt(end))) continue;
    if (text.startsWith(candidate.tail, at + 1)) return candidate.parsers;
  }
  // A word in capitals (NGÀY, THÁNG) is rare: compare it lower-cased.
  if (lowerCode(second) === second) return undefined;
  let end = at + 1;
  while (end < text.length && end - at <= LONGEST_ANCHOR && isWordCode(text.charCodeAt(end))) end++;
  return BY_ANCHOR.get(text.slice(at, end).toLowerCase());
};

const LONGEST_ANCHOR = Math.max(...[...BY_ANCHOR.keys()].map((word) => word.length));

const DIGIT_PARSERS: readonly DateParser[] = BY_ANCHOR.get(DIGIT) ?? [];

const isDigitCode = (code: number) => code >= 0x30 && code <= 0x39;

const byName = (...names: string[]): readonly DateParser[] => DIGIT_PARSERS.filter((parser) => names.includes(parser.name));

// Which numeric forms can start with a number, by what follows its digits: 13/7 and 27.12 are
// dates, 14-1 a date or a period, 09:20 and 9h30 times; "6 tháng", "8 giờ", "1 đến 3/5" continue
// after a space. Most numbers ("2.000 người" aside) are skipped after one look.
const AFTER_SLASH = byName("numeric-date", "day-range");
const AFTER_DASH = byName("numeric-date", "day-range", "year-range");
const AFTER_CLOCK = byName("time");
const AFTER_WORD: readonly [RegExp, readonly DateParser[]][] = [
  [/^ tháng /u, byName("spelled-date", "month-quarter-half-year")],
  [/^ ?(?:giờ|[hgHG](?![\p{L}]))/u, byName("time")],
  [/^ (?:đến|tới) /u, byName("day-range")],
  [/^ [-–—] ?\d/u, byName("day-range", "year-range")],
];

/** The numeric forms that can start with the number whose digits end at `end`; undefined when none. */
const numericFormsAfter = (text: string, end: number): readonly DateParser[] | undefined => {
  const next = text[end];
  if (next === "/" || next === ".") return AFTER_SLASH;
  if (next === "-" || next === "–" || next === "—") return AFTER_DASH;
  if (next === ":") return AFTER_CLOCK;
  if (next !== " " && next !== "h" && next !== "H" && next !== "g" && next !== "G") return undefined;
  const ahead = text.slice(end, end + 8);
  for (const [pattern, parsers] of AFTER_WORD) if (pattern.test(ahead)) return parsers;
  return undefined;
};

/** The longest form any of `parsers` reads at `at`, or null. */
const readAt = (parsers: readonly DateParser[], text: string, at: number): Piece | null => {
  let best: Piece | null = null;
  for (const parser of parsers) {
    const piece = parser.read(text, at);
    if (piece && (best === null || piece.end > best.end)) best = piece;
  }
  return best;
};

/**
 * Reads the normalised text once, left to right, word by word: a number or an anchor word
 * (found by walking a trie while the word is read) tries the forms it can start; the longest
 * form wins and scanning resumes after it.
 */
export const scanPieces = (text: string): Piece[] => {
  const pieces: Piece[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (!isWordCode(code)) {
      i++;
      continue;
    }
    const start = i;
    let parsers: readonly DateParser[] | undefined;
    if (isDigitCode(code)) {
      while (i < length && isDigitCode(text.charCodeAt(i))) i++;
      parsers = numericFormsAfter(text, i);
      while (i < length && isWordCode(text.charCodeAt(i))) i++;
    } else {
      parsers = anchoredAt(text, i);
      i++;
      while (i < length && isWordCode(text.charCodeAt(i))) i++;
    }
    if (parsers === undefined) continue;
    const best = readAt(parsers, text, start);
    if (best) {
      pieces.push(best);
      i = best.end;
    }
  }
  return pieces;
};
