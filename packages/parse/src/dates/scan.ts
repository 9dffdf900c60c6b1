import { dayRangeParser } from "./day-range";
import { lunarParser } from "./lunar";
import { DECADE_LEADS, monthQuarterHalfYearParser } from "./month-quarter-half-year";
import { numericDateParser } from "./numeric-date";
import { NUMBER_WORDS, PART_OF_DAY_WORDS, PART_OF_MONTH_DAYS, PART_OF_YEAR_MONTHS, WEEKDAY_WORDS } from "./date-words";
import { DIGIT, type DateParser } from "./parser";
import { AND_PARTS, PART_OF_DAY_SHIFTS, partOfDayParser } from "./part-of-day";
import type { Piece } from "./piece";
import { RELATIVE_SHIFTS, relativeParser } from "./relative";
import { sameDayParser } from "./same-day";
import { spelledDateParser } from "./spelled-date";
import { MAX_JOIN_GAP } from "./merge-pieces";
import { cueStartAt, mayFollowCueMark, spaceAfterCueMark } from "./word-cues";
import { codeKind, NORMALIZING, WORD } from "./normalizing-characters";
import { decodeEntity, normalizeMayChange } from "../normalize/normalize";
import { isPreviousWordIn, isWordCode, lowerCode, matchAt } from "./text-context";
import { wordSetOf } from "./word-set";
import { timeParser } from "./time";
import { weekdayParser } from "./weekday";
import { YEAR_RANGE_LEADS, yearRangeParser } from "./year-range";

/** Every form, in order of preference when two read the same length. */
const PARSERS: readonly DateParser[] = [
  lunarParser,
  dayRangeParser,
  yearRangeParser,
  numericDateParser,
  spelledDateParser,
  monthQuarterHalfYearParser,
  relativeParser,
  sameDayParser,
  timeParser,
  partOfDayParser,
  weekdayParser,
];

// Parsers by the lower-case first word (or phrase) they can start with, built once at load.
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

/**
 * The parsers anchored by the word (or phrase: `trung tuần`) starting at `at`, whose first two
 * letters are those of candidate list `list`; or undefined.
 */
const anchoredAt = (text: string, at: number, list: number): readonly DateParser[] | undefined => {
  const candidates = CANDIDATE_LISTS[list - 1]!;
  for (const candidate of candidates) {
    const end = at + candidate.length;
    if (end < text.length && isWordCode(text.charCodeAt(end))) continue;
    if (text.startsWith(candidate.tail, at + 1)) return candidate.parsers;
  }
  // A word in capitals (NGÀY, THÁNG) is rare: compare it lower-cased.
  const second = text.charCodeAt(at + 1);
  if (lowerCode(second) === second) return undefined;
  for (const candidate of candidates) {
    const end = at + candidate.length;
    if (end < text.length && isWordCode(text.charCodeAt(end))) continue;
    if (text.slice(at + 1, end).toLowerCase() === candidate.tail) return candidate.parsers;
  }
  return undefined;
};

const DIGIT_PARSERS: readonly DateParser[] = BY_ANCHOR.get(DIGIT) ?? [];

const isDigitCode = (code: number) => code >= 0x30 && code <= 0x39;

const byName = (...names: string[]): readonly DateParser[] => DIGIT_PARSERS.filter((parser) => names.includes(parser.name));

// Which numeric forms can start with a number, by what follows its digits: 13/7 and 27.12 are
// dates, 14-1 a date or a period, 09:20 and 9h30 times; "6 tháng", "8 giờ", "1 đến 3/5" continue
// after a space. Most numbers ("2.000 người" aside) are skipped after one look at a character.
const AFTER_SLASH = byName("numeric-date", "day-range", "year-range");
const AFTER_DASH = byName("numeric-date", "day-range", "year-range", "time");
const AFTER_CLOCK = byName("time");
const AFTER_MONTH_WORD = byName("spelled-date", "month-quarter-half-year");
const AFTER_TO_WORD = byName("day-range");
const AFTER_SPACED_DASH = byName("day-range", "year-range", "time");
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
  // "1.500 người", "2.000": a dot then exactly three digits groups thousands; no day, month or year has three.
  if (next === 0x2e && isDigitCode(text.charCodeAt(end + 3)) && isDigitCode(text.charCodeAt(end + 2)) && isDigitCode(text.charCodeAt(end + 1)) && !isDigitCode(text.charCodeAt(end + 4))) return undefined;
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
 * How far before a digit or a cue the words of a form, and of modifiers joined to it, may
 * start: bounds the walk back over them ("Rạng sáng Chủ nhật, ngày mùng ").
 */
const CUE_LOOK_BEHIND = 48;

/** How far after a digit, a cue or a form read a word joined to it by a refiner can start: the refiners' widest gap. */
const CUE_LOOK_AHEAD = MAX_JOIN_GAP;

// What the scan stops at, per code unit, as bits: a digit, a cue's marked letter, a character
// normalising may change. Computed once at load; most code units are none of these.
const DIGIT_CHAR = 1;
const NORMALIZING_CHAR = 2;
const AMPERSAND = 4;
// Bits 3–4: for a cue's marked letter, how far after it the space after its word is; a kind
// at or above CUE_MARK is such a letter (no other bit is that high).
const SPACE_AFTER_SHIFT = 3;
const CUE_MARK = 1 << SPACE_AFTER_SHIFT;
const scanKindOf = (code: number): number =>
  code === 0x26
    ? AMPERSAND
    : (isDigitCode(code) ? DIGIT_CHAR : 0) |
      (spaceAfterCueMark(code) << SPACE_AFTER_SHIFT) |
      (code !== 0x20 && (codeKind(code) & NORMALIZING) !== 0 ? NORMALIZING_CHAR : 0);
const SCAN_KIND = Uint8Array.from({ length: 0x10000 }, (_, code) => scanKindOf(code)); // every code unit: no bounds test in the loop

/**
 * What the `&` at `at` means to reading text as it is, by the normaliser's own decoding: 0
 * when it opens no entity, the entity's length when it decodes to a mark that is no letter,
 * digit or space and that normalising keeps (`&amp;`, `&gt;`: harmless away from a form), -1
 * for anything else (`&nbsp;`, `&agrave;`).
 */
const entityAt = (text: string, at: number): number => {
  const entity = decodeEntity(text, at);
  if (entity === null) return 0;
  const [decoded, length] = entity;
  const code = decoded.charCodeAt(0);
  const harmless = decoded.length === 1 && code !== 0x20 && !isWordCode(code) && (code === 0x26 || !normalizeMayChange(code));
  return harmless ? length : -1;
};

/** Whether two spaces in a row stand at `at` (normalising would make them one). */
const isDoubleSpaceAt = (text: string, at: number): boolean => text.charCodeAt(at) === 0x20 && text.charCodeAt(at + 1) === 0x20;

/** Whether two spaces in a row stand anywhere from `from` to `to` (a window of a few words). */
const hasDoubleSpace = (text: string, from: number, to: number): boolean => {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x20 && text.charCodeAt(i + 1) === 0x20) return true;
  return false;
};

/** How far reading has come. */
interface ScanState {
  /** Where the last form read ended: a word may start there even after a letter. */
  resume: number;
  /** Whether the text is read as it is, not normalised. */
  asIs: boolean;
  /** Set when reading as is meets what normalising would change near a form: read the normalised text instead. */
  mustNormalize: boolean;
}

/**
 * Reads the words of `text` from `from` (a word start, or a character that is not a letter or
 * digit) until the first word start at or past `until` and {@link CUE_LOOK_AHEAD} past the
 * last form read (where a modifier joined to it could start). At each word start a number or
 * an anchor word (two-letter table, then the word) tries the forms it can start; the longest
 * form wins and reading resumes after it. Returns where it stopped.
 */
const readWords = (text: string, from: number, until: number, pieces: Piece[], state: ScanState): number => {
  const length = text.length;
  let i = from;
  while (i < length) {
    const code = text.charCodeAt(i);
    if ((codeKind(code) & WORD) === 0) {
      if (code === 0x20 && state.asIs && text.charCodeAt(i + 1) === 0x20) {
        state.mustNormalize = true;
        return length;
      }
      i++;
      continue;
    }
    if (i >= until && i >= state.resume + CUE_LOOK_AHEAD) return i;
    // A word starts at i: a number or an anchor word tries its forms, unless a form read before covers it.
    if (i >= state.resume) {
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
        state.resume = best.end;
      }
    }
    // The rest of the word, one table lookup a character, up to where a form ended (a word may start there).
    i++;
    while (i < length && i !== state.resume && (codeKind(text.charCodeAt(i)) & WORD) !== 0) i++;
  }
  return length;
};

/**
 * Reads every word of the text, left to right: the reference reading, which
 * {@link scanPieces} matches while skipping the text that holds no cue.
 */
export const scanEveryWord = (text: string): Piece[] => {
  const pieces: Piece[] = [];
  readWords(text, 0, text.length, pieces, { resume: 0, asIs: false, mustNormalize: false });
  return pieces;
};

/** The first word start at or after `at`: past the rest of a word that began before it. */
const wordStartFrom = (text: string, at: number): number => {
  let i = at;
  if (i > 0 && (codeKind(text.charCodeAt(i - 1)) & WORD) !== 0) {
    while (i < text.length && (codeKind(text.charCodeAt(i)) & WORD) !== 0) i++;
  }
  return i;
};

const wordsOf = (phrases: Iterable<string>): string[] => [...phrases].flatMap((phrase) => phrase.split(" "));

// Words just before a number that may belong to a form started earlier ("ngày mùng 3",
// "đầu tháng 5", "năm 2022", "nhiệm kỳ 2021 - 2026"): a number after any other word can only
// start a form itself, and {@link numericFormsAfter} says whether it can.
const WORDS_BEFORE_A_NUMBER_LIST: readonly string[] = [...BY_ANCHOR.keys(), ...wordsOf(YEAR_RANGE_LEADS), ...wordsOf(DECADE_LEADS)];
const isWordBeforeANumber = wordSetOf(WORDS_BEFORE_A_NUMBER_LIST);

// Words that may stand before a number or a cue inside a form or a modifier joined to it,
// from the parsers' tables: "Sáng sớm thứ Hai, ngày mùng 3", "chiều hôm qua 20/5", "hạ tuần tháng",
// "Mười một tháng đầu năm", "chiều và đêm 12/3".
const isWordOfForms = wordSetOf([
  ...WORDS_BEFORE_A_NUMBER_LIST,
  AND_PARTS,
  ...wordsOf([WEEKDAY_WORDS, PART_OF_DAY_WORDS, PART_OF_DAY_SHIFTS, RELATIVE_SHIFTS, PART_OF_MONTH_DAYS, PART_OF_YEAR_MONTHS, NUMBER_WORDS].flatMap((table) => Object.keys(table))),
  ...["tháng", "năm", "nửa"],
]);

// What may stand between two words of a form or a modifier and the form: the refiners' gaps.
const isGapCode = (code: number) => code === 0x20 || code === 0x2c || code === 0x28 || code === 0x2d;
const MAX_GAP = 3; // ", (" at most
const MAX_WORD = 8;

/**
 * Where the words of a form or modifier before the word starting at `at` begin: back over
 * words of forms ({@link isWordOfForms}) and the gaps between them, at most {@link CUE_LOOK_BEHIND}
 * characters. Bounded.
 */
const formStartBefore = (text: string, at: number, state: ScanState): number => {
  const limit = Math.max(0, at - CUE_LOOK_BEHIND);
  let start = at;
  for (;;) {
    let end = start;
    while (end > limit && start - end < MAX_GAP && isGapCode(text.charCodeAt(end - 1))) end--;
    if (state.asIs && end < start - 1 && hasDoubleSpace(text, end - 1, start - 1)) state.mustNormalize = true;
    if (end === start || end <= limit) return start;
    let word = end;
    while (word > limit && end - word <= MAX_WORD && (codeKind(text.charCodeAt(word - 1)) & WORD) !== 0) word--;
    if (word === end || end - word > MAX_WORD || (word > 0 && (codeKind(text.charCodeAt(word - 1)) & WORD) !== 0)) return start;
    if (!isWordOfForms(text, word, end)) return start;
    start = word;
  }
};

/** Whether the number whose digits run from `start` to `end` may be part of a form. */
const mayBeInForm = (text: string, start: number, end: number): boolean =>
  numericFormsAfter(text, end) !== undefined || isPreviousWordIn(isWordBeforeANumber, text, start);

/**
 * Reads the forms of the text where they can be, as {@link scanEveryWord} reads them, in one
 * pass of one table lookup per character. Around a number that may be in a form, and around a
 * cue of a form written in words alone ({@link cueStartAt}), it reads the words: back over
 * the words that can open a form or a modifier ({@link formStartBefore}), and on to
 * {@link CUE_LOOK_AHEAD} past the last form. The rest of the text costs the lookup alone.
 *
 * With `readAsIs` (text not normalised), returns null when normalising could change what is
 * read: a character it changes, an entity other than a harmless mark (`&amp;`) or one near a
 * form, two spaces in a row next to a number or a cue or among the words read. The caller
 * then normalises and reads again.
 */
export const scanPieces = (text: string, readAsIs = false): Piece[] | null => {
  const pieces: Piece[] = [];
  const state: ScanState = { resume: 0, asIs: readAsIs, mustNormalize: false };
  const length = text.length;
  let entities: number[] | null = null; // start, end of each harmless entity seen, when reading as is
  let read = 0; // the words before this have been read
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    const kind = SCAN_KIND[code]!;
    if (kind === 0) continue;
    if (kind >= CUE_MARK) {
      // Most stops are a cue's marked letter with no space after its word, or with no word after
      // that space that may follow the cue: two more looks reject them. (A second space goes on,
      // to the checks of reading as is.)
      const space = i + (kind >> SPACE_AFTER_SHIFT);
      if (text.charCodeAt(space) !== 0x20) continue;
      const next = text.charCodeAt(space + 1);
      if (next !== 0x20 && !mayFollowCueMark(code, next)) continue;
    }
    if (readAsIs && (kind & (NORMALIZING_CHAR | AMPERSAND)) !== 0) {
      const entity = kind === AMPERSAND ? entityAt(text, i) : -1;
      if (entity < 0) return null;
      if (entity > 0) (entities ??= []).push(i, i + entity);
      continue;
    }
    if (i < read) continue;
    let start = -1;
    let end = i + 1;
    if ((kind & DIGIT_CHAR) !== 0) {
      while (end < length && isDigitCode(text.charCodeAt(end))) end++;
      if (readAsIs && (isDoubleSpaceAt(text, i - 2) || isDoubleSpaceAt(text, end))) return null;
      if (mayBeInForm(text, i, end)) start = i;
    } else if (kind >= CUE_MARK) {
      if (readAsIs && isDoubleSpaceAt(text, i + (kind >> SPACE_AFTER_SHIFT))) return null;
      start = cueStartAt(text, i);
    }
    if (start >= 0) {
      // A number glued to the letters before it (QĐ12) is inside a word: reading starts after that word.
      const inWord = start > 0 && (codeKind(text.charCodeAt(start - 1)) & WORD) !== 0;
      const from = start <= read ? read : Math.max(read, inWord ? wordStartFrom(text, start) : formStartBefore(text, start, state));
      read = readWords(text, from, end + CUE_LOOK_AHEAD, pieces, state);
      if (state.mustNormalize) return null;
      // A parser may look a word past where reading stopped (`tháng tám  này`): two spaces there change what it
      // read. Reading itself met every gap before `read`.
      if (readAsIs && hasDoubleSpace(text, read, read + CUE_LOOK_AHEAD)) return null;
    }
    i = end - 1; // the rest of a number is digits: nothing to look at
  }
  // An entity such as &amp; changes nothing read away from a form; near one, read the normalised text.
  if (entities !== null && pieces.length > 0 && entityNearPiece(entities, pieces)) return null;
  return pieces;
};

/** Whether an entity (start, end pairs) lies within {@link CUE_LOOK_AHEAD} of a piece. */
const entityNearPiece = (entities: readonly number[], pieces: readonly Piece[]): boolean => {
  let p = 0;
  for (let e = 0; e < entities.length; e += 2) {
    const start = entities[e]!;
    const end = entities[e + 1]!;
    while (p < pieces.length && pieces[p]!.end + CUE_LOOK_AHEAD < start) p++;
    if (p < pieces.length && pieces[p]!.start - CUE_LOOK_AHEAD < end) return true;
  }
  return false;
};
