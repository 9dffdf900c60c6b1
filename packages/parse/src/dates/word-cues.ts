import { HEAVENLY_STEMS, MONTH_WORDS, PART_OF_DAY_WORDS, PART_OF_MONTH_DAYS, PART_OF_YEAR_MONTHS, QUARTER_LEADS, QUARTER_WORDS } from "./date-words";
import { LUNAR_FESTIVALS, TET_NAMES } from "./lunar";
import { PART_OF_DAY_SHIFTS } from "./part-of-day";
import { RELATIVE_SHIFTS } from "./relative";
import { sameDayParser } from "./same-day";
import { isWordAt, isWordCode, lowerCode, startsWithWordAt } from "./text-context";

// Where a date written without digits can be. Such a form holds a pair of words that the
// parsers' own tables give: "năm nay", "sáng sớm qua", "cuối năm", "tháng Tám", "Tết Nguyên
// đán". (A part of day or a weekday alone is a modifier that only counts beside a date or a
// time, and so beside a digit or a pair.) The scan looks for a pair at the marked vowel of its
// first word (the "ă" of "năm nay"): one table lookup per character, and most characters are
// not such a vowel.

/** A first word and the words that may follow it in a form written without digits. */
export interface WordCue {
  readonly word: string;
  readonly next: readonly string[];
}

const firstWord = (phrase: string) => phrase.split(" ")[0]!;
const lastWord = (phrase: string) => phrase.split(" ").at(-1)!;

/** Pairs of (first words, next words), each from a parser's table. */
const PAIRS: readonly (readonly [readonly string[], readonly string[]])[] = [
  // relative.ts: hôm nay, ngày mai, tuần trước, tháng này, năm ngoái
  ...Object.keys(RELATIVE_SHIFTS).map((phrase) => [[firstWord(phrase)], [lastWord(phrase)]] as const),
  // part-of-day.ts: sáng nay, sáng sớm qua, rạng sáng mai, chiều hôm qua
  [Object.keys(PART_OF_DAY_WORDS).map(lastWord), Object.keys(PART_OF_DAY_SHIFTS).map(firstWord)],
  // month-quarter-half-year.ts: tháng Tám, tháng Giêng, quý I, đầu năm, nửa cuối năm, giữa tháng Ba, hạ tuần tháng Năm
  [["tháng"], Object.keys(MONTH_WORDS)],
  [QUARTER_LEADS, Object.keys(QUARTER_WORDS).filter((word) => !/^\d/.test(word))],
  [Object.keys(PART_OF_YEAR_MONTHS), ["năm"]],
  [Object.keys(PART_OF_MONTH_DAYS).map(lastWord), ["tháng"]],
  // lunar.ts: Tết Nguyên đán, Tết cổ truyền, Tết Nhâm Dần, rằm tháng Giêng
  [["tết"], [...TET_NAMES.map(firstWord), ...HEAVENLY_STEMS]],
  [["rằm"], ["tháng"]],
  // same-day.ts: Chiều cùng ngày
  [sameDayParser.anchors, ["ngày"]],
  // lunar.ts: Tết Trung thu, Giỗ Tổ Hùng Vương
  ...LUNAR_FESTIVALS.map(([name]) => [[firstWord(name)], [name.split(" ")[1]!]] as const),
];

/** The cue words and what may follow each, built once at load from {@link PAIRS}. */
export const WORD_CUES: readonly WordCue[] = (() => {
  const next = new Map<string, Set<string>>();
  for (const [words, follows] of PAIRS) for (const word of words) for (const follow of follows) next.set(word, (next.get(word) ?? new Set()).add(follow));
  return [...next].map(([word, follows]) => ({ word, next: [...follows] }));
})();

/** The letter of a cue word the scan stops at: its last letter outside ASCII, else its last consonant ("khuya"). */
const markOf = (word: string): number => {
  for (let k = word.length - 1; k >= 0; k--) if (word.charCodeAt(k) > 0x7f) return k;
  for (let k = word.length - 1; k >= 0; k--) if (!"aeiou".includes(word[k]!)) return k;
  return word.length - 1;
};

const TABLE_LIMIT = 0x2000;

interface MarkedCue extends WordCue {
  /** Index of the marked letter in the word. */
  readonly mark: number;
}

// The cue words by the code unit of their marked letter (both cases), built once at load.
const BY_MARK: readonly (readonly MarkedCue[] | undefined)[] = (() => {
  const table: (MarkedCue[] | undefined)[] = new Array(TABLE_LIMIT).fill(undefined);
  for (const cue of WORD_CUES) {
    const mark = markOf(cue.word);
    const letter = cue.word[mark]!;
    for (const code of new Set([letter.charCodeAt(0), letter.toUpperCase().charCodeAt(0)])) (table[code] ??= []).push({ ...cue, mark });
  }
  return table;
})();

// For the marked letter of a cue word, how far after it the space after the word is (the same
// for every word sharing the letter, checked at load); 0 for other code units.
const SPACE_AFTER_MARK = Uint8Array.from(BY_MARK, (cues) => {
  if (cues === undefined) return 0;
  const offsets = new Set(cues.map((cue) => cue.word.length - cue.mark));
  if (offsets.size !== 1) throw new Error("word-cues: words sharing a marked letter must end as far after it");
  return [...offsets][0]!;
});

/**
 * For a code unit that is the marked letter of some cue word, how far after it the space
 * after that word must be (1–3); 0 for every other code unit. One table lookup: the scan looks
 * for a cue only where that space is.
 */
export const spaceAfterCueMark = (code: number): number => (code < TABLE_LIMIT ? SPACE_AFTER_MARK[code]! : 0);

// The first letter of a word that may follow a cue word, as a key: lower case, and every
// letter outside ASCII in one bucket.
const OTHER_LETTER = 0x7f;
const letterKey = (code: number): number => {
  const lower = lowerCode(code);
  return lower < OTHER_LETTER ? lower : OTHER_LETTER;
};

// For the marked letter of a cue word, which first letters (keys) the words that may follow
// it start with, built once at load as one flat table (a row of OTHER_LETTER + 1 keys for each
// marked letter, row 0 for every other code unit): most stops at a marked letter fail this one read.
const KEYS = OTHER_LETTER + 1;
const MARK_ROW = new Uint8Array(TABLE_LIMIT);
const NEXT_FIRST_LETTERS = (() => {
  const marks = BY_MARK.flatMap((cues, code) => (cues === undefined ? [] : [code]));
  const table = new Uint8Array((marks.length + 1) * KEYS);
  marks.forEach((code, index) => {
    MARK_ROW[code] = index + 1;
    for (const cue of BY_MARK[code]!) for (const word of cue.next) table[(index + 1) * KEYS + letterKey(word.charCodeAt(0))] = 1;
  });
  return table;
})();

/**
 * Whether a word starting with `nextCode` may follow a cue word whose marked letter is `markCode`
 * (`n` after the `ă` of `năm`: `năm nay`): one table read, so that the scan drops most marked
 * letters without reading their words.
 */
export const mayFollowCueMark = (markCode: number, nextCode: number): boolean =>
  markCode < TABLE_LIMIT && NEXT_FIRST_LETTERS[MARK_ROW[markCode]! * KEYS + letterKey(nextCode)] === 1;

/**
 * Where the cue whose marked letter is at `at` starts, or -1: a cue word around it and one of
 * the words that may follow. The caller has seen the space after the word
 * ({@link spaceAfterCueMark} away) and a first letter that may follow it ({@link mayFollowCueMark}).
 * Bounded: reads two short words.
 */
export const cueStartAt = (text: string, at: number): number => {
  const code = text.charCodeAt(at);
  const cues = code < TABLE_LIMIT ? BY_MARK[code] : undefined;
  if (cues === undefined) return -1;
  for (const cue of cues) {
    const start = at - cue.mark;
    if (start < 0 || (start > 0 && isWordCode(text.charCodeAt(start - 1))) || !isWordAt(text, start, cue.word)) continue;
    // The next word's letters only: the parser checks how it ends.
    const next = start + cue.word.length + 1;
    for (const word of cue.next) if (startsWithWordAt(text, next, word)) return start;
  }
  return -1;
};
