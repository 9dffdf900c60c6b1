import { dayRangeParser } from "./day-range";
import { lunarParser } from "./lunar";
import { monthQuarterHalfYearParser } from "./month-quarter-half-year";
import { numericDateParser } from "./numeric-date";
import { DIGIT, type DateParser } from "./parser";
import { partOfDayParser } from "./part-of-day";
import type { Piece } from "./piece";
import { relativeParser } from "./relative";
import { spelledDateParser } from "./spelled-date";
import { codeKind, NORMALIZING, SPACE, WORD } from "./normalizing-characters";
import { isWordCode, matchAt } from "./text-context";
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

// The first-letter index of every code unit below CODE_LIMIT in either case, computed once, so
// that the scan rejects most words that anchor nothing with one table lookup and no call.
const FIRST_INDEX_ANY_CASE = (() => {
  const table = new Uint8Array(CODE_LIMIT);
  for (let code = 0; code < CODE_LIMIT; code++) table[code] = FIRST_INDEX[lowerCode(code)]!;
  return table;
})();

/** The number (from 1) of the list of anchor words sharing the first two letters of the word at `at`, or 0. */
const candidateListAt = (text: string, at: number, first: number): number => {
  const index = first < CODE_LIMIT ? FIRST_INDEX_ANY_CASE[first]! : 0;
  if (index === 0) return 0;
  const second = lowerCode(text.charCodeAt(at + 1));
  return second < CODE_LIMIT ? PREFIX_TABLE[index * CODE_LIMIT + second]! : 0;
};

/** The parsers anchored by the word starting at `at`, whose first two letters are those of candidate list `list`; or undefined. */
const anchoredAt = (text: string, at: number, list: number): readonly DateParser[] | undefined => {
  const candidates = CANDIDATE_LISTS[list - 1]!;
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
// after a space. Most numbers ("2.000 người" aside) are skipped after one look at a character.
const AFTER_SLASH = byName("numeric-date", "day-range");
const AFTER_DASH = byName("numeric-date", "day-range", "year-range");
const AFTER_CLOCK = byName("time");
const AFTER_MONTH_WORD = byName("spelled-date", "month-quarter-half-year");
const AFTER_TO_WORD = byName("day-range");
const AFTER_SPACED_DASH = byName("day-range", "year-range");
const LETTER = /\p{L}/uy;

const isDashCode = (code: number) => code === 0x2d || code === 0x2013 || code === 0x2014;

/** Whether an hour word starts at `at`: "giờ", or h/g (9h, 21g) with no letter after it. */
const isHourWordAt = (text: string, at: number): boolean => {
  if (text.startsWith("giờ", at)) return true;
  const lower = text.charCodeAt(at) | 0x20;
  return (lower === 0x68 || lower === 0x67) && matchAt(LETTER, text, at + 1) === null;
};

/** The numeric forms that can start with the number whose digits end at `end`; undefined when none. */
const numericFormsAfter = (text: string, end: number): readonly DateParser[] | undefined => {
  const next = text.charCodeAt(end);
  if (next === 0x2f || next === 0x2e) return AFTER_SLASH;
  if (isDashCode(next)) return AFTER_DASH;
  if (next === 0x3a) return AFTER_CLOCK;
  const space = next === 0x20;
  if (!space && (next | 0x20) !== 0x68 && (next | 0x20) !== 0x67) return undefined;
  // What may follow, checked in this order: " tháng ", an hour word, " đến "/" tới ", a spaced dash and a digit.
  if (text.startsWith(" tháng ", end)) return AFTER_MONTH_WORD;
  if (isHourWordAt(text, end) || (space && isHourWordAt(text, end + 1))) return AFTER_CLOCK;
  if (text.startsWith(" đến ", end) || text.startsWith(" tới ", end)) return AFTER_TO_WORD;
  if (space && isDashCode(text.charCodeAt(end + 1))) {
    const digit = text.charCodeAt(end + 2) === 0x20 ? end + 3 : end + 2;
    if (isDigitCode(text.charCodeAt(digit))) return AFTER_SPACED_DASH;
  }
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
 * Reads the text once, left to right: at each word start (after a character that is not a
 * letter or digit, or where the last form ended), a number or an anchor word (two-letter table,
 * then the word) tries the forms it can start; the longest form wins and scanning resumes after
 * it. One table lookup per character; words that anchor nothing cost nothing more.
 *
 * With `stopAtNormalizing`, returns null as soon as it meets a character that normalising would
 * change (or a second space in a row), so that raw text that needs no normalising is read as it
 * is, in this one pass.
 */
export const scanPieces = (text: string, stopAtNormalizing = false): Piece[] | null => {
  const pieces: Piece[] = [];
  const length = text.length;
  let resume = 0; // where the last form ended: a word may start there, even after a letter
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    const kind = codeKind(code);
    if (kind !== WORD) {
      // Normalising would change this character, or this space and the one before it.
      if (stopAtNormalizing && ((kind & NORMALIZING) !== 0 || (kind === SPACE && text.charCodeAt(i - 1) === 0x20))) return null;
      if ((kind & WORD) === 0) {
        i++;
        continue;
      }
    }
    // A word starts at i: a number or an anchor word tries its forms, unless a form read before covers it.
    if (i >= resume) {
      let parsers: readonly DateParser[] | undefined;
      if (isDigitCode(code)) {
        let end = i + 1;
        while (end < length && isDigitCode(text.charCodeAt(end))) end++;
        parsers = numericFormsAfter(text, end);
      } else {
        const list = candidateListAt(text, i, code);
        parsers = list === 0 ? undefined : anchoredAt(text, i, list);
      }
      const best = parsers === undefined ? null : readAt(parsers, text, i);
      if (best !== null) {
        pieces.push(best);
        resume = best.end;
      }
    }
    // The rest of the word, one table lookup a character, up to where a form ended (a word may start there).
    i++;
    while (i < length && i !== resume) {
      const next = codeKind(text.charCodeAt(i));
      if (next !== WORD && ((next & WORD) === 0 || stopAtNormalizing)) break;
      i++;
    }
  }
  return pieces;
};
