import { LETTER_KEY_SEED, loweredOf } from "../organizations/letter-key";
import { isCapitalized, type WordToken } from "./word-tokens";

const OTHER_WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

// What a UTF-16 code unit is to the word scan: a word character, not one, or a high surrogate to test with its pair.
const NOT_WORD = 0;
const WORD = 1;
const HIGH_SURROGATE = 2;

// Tables cover the code units below U+2100 (Vietnamese letters and marks, punctuation); beyond, Unicode is asked each time.
const TABLE_END = 0x2100;

const isWordCode = (code: number): boolean => {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7;
  if ((code >= 0x1e00 && code <= 0x1eff) || (code >= 0x300 && code <= 0x36f)) return true;
  return OTHER_WORD_CHAR.test(String.fromCharCode(code));
};

const classOf = (code: number): number =>
  code >= 0xd800 && code <= 0xdbff ? HIGH_SURROGATE : code >= 0xdc00 && code <= 0xdfff ? NOT_WORD : isWordCode(code) ? WORD : NOT_WORD;

// A word character that is no letter (a digit): it ends a word's key, not the word.
const OTHER = 0x10000;
// Per code unit below TABLE_END: its lower case for a letter or mark (as `letterKeyOf` lowers it), OTHER for another
// word character, 0 for a character between words. One lookup serves the word and its key.
const INFO = Int32Array.from({ length: TABLE_END }, (_, code) => (classOf(code) !== WORD ? 0 : loweredOf(code) || OTHER));
const grown = (array: Int32Array, capacity: number): Int32Array => {
  const copy = new Int32Array(capacity);
  copy.set(array);
  return copy;
};

/** {@link INFO} of any code unit but a high surrogate (whose pair decides). */
const infoOf = (code: number): number => (code < TABLE_END ? (INFO[code] as number) : classOf(code) !== WORD ? 0 : loweredOf(code) || OTHER);

const lowerOf = (code: number): number => {
  const lower = String.fromCharCode(code).toLowerCase();
  return lower.length === 1 && (code < 0xd800 || code > 0xdfff) ? lower.charCodeAt(0) : 0xffff;
};
const upperOf = (code: number): boolean => {
  const char = String.fromCharCode(code);
  return char !== char.toLowerCase();
};

// The lower case of each code unit that lowers to one code unit; others map to 0xffff, which no word spells.
const LOWER = Uint16Array.from({ length: TABLE_END }, (_, code) => lowerOf(code));
// Code units that are capitals on their own: what `isCapitalized` asks of a word's first letter.
const UPPER = Uint8Array.from({ length: TABLE_END }, (_, code) => (upperOf(code) ? 1 : 0));

/**
 * Whether a UTF-16 code unit on its own changes in lower case, as capitals do (`Đ`, `Ǆ`).
 *
 * @example
 * ```ts
 * import { isUpperCode } from "./word-list";
 * isUpperCode("Đ".charCodeAt(0)); // true
 * isUpperCode("đ".charCodeAt(0)); // false
 * ```
 */
export const isUpperCode = (code: number): boolean => (code < TABLE_END ? UPPER[code] === 1 : upperOf(code));

/**
 * The lower case of a UTF-16 code unit, or 0xffff when it has none of one code unit (`İ`, surrogates).
 *
 * @example
 * ```ts
 * import { lowerCode } from "./word-list";
 * String.fromCharCode(lowerCode("Đ".charCodeAt(0))); // "đ"
 * ```
 */
export const lowerCode = (code: number): number => (code < TABLE_END ? (LOWER[code] as number) : lowerOf(code));

/**
 * A number for a word's first code unit and length: a table of words keyed by it is asked
 * before any string is cut, and most words of a text are in none.
 *
 * @example
 * ```ts
 * import { wordKey } from "./word-list";
 * wordKey("Tại") === wordKey("Tôi"); // true: same first letter, same length
 * wordKey("Tại") === wordKey("tại"); // false
 * ```
 */
export const wordKey = (word: string): number => word.charCodeAt(0) * 64 + Math.min(word.length, 63);

/**
 * The words of a normalised text, found in one scan as offsets; a word's strings are cut only
 * when a rule asks for that word, so the many words no rule looks at cost two numbers each.
 * Words are those of `wordTokens`: letters, marks and digits between other characters.
 *
 * @example
 * ```ts
 * import { WordList, wordKey } from "./word-list";
 * const words = new WordList("tỉnh Hà Tĩnh.");
 * words.length;          // 3
 * words.get(1)?.text;    // "Hà"
 * words.gapBefore(2);    // " "
 * words.is(0, "tỉnh");   // true
 * words.keyOf(1) === wordKey("Hà"); // true
 * words.get(3);          // undefined
 * ```
 */
export class WordList {
  /** How many words the text has. */
  readonly length: number;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly keys: Int32Array;
  private readonly tokens: (WordToken | undefined)[];
  /** Whether the text holds a UTF-16 surrogate (an astral character, or half of one). */
  readonly surrogates: boolean;

  /** The normalised text the words are of. */
  readonly text: string;

  constructor(text: string) {
    this.text = text;
    const n = text.length;
    // Offsets and keys in typed arrays, grown by doubling: a word and its gap take four code units or more in Vietnamese.
    let capacity = (n >> 2) + 16;
    let starts: Int32Array = new Int32Array(capacity);
    let ends: Int32Array = new Int32Array(capacity);
    let keys: Int32Array = new Int32Array(capacity);
    let count = 0;
    let surrogates = false;
    let i = 0;
    while (i < n) {
      let code = text.charCodeAt(i);
      // Between words: most code units are below TABLE_END, one lookup each.
      if (code < TABLE_END) {
        if (INFO[code] === 0) {
          i++;
          continue;
        }
      } else if (code < 0xd800 || code > 0xdbff) {
        if (code >= 0xdc00 && code <= 0xdfff) surrogates = true;
        if (infoOf(code) === 0) {
          i++;
          continue;
        }
      }
      const start = i;
      let ended = false;
      // The key hashes the leading letters as they are read (a surrogate is no letter): `letterKeyOf`, in signed form.
      let key = LETTER_KEY_SEED | 0;
      if (code >= 0xd800 && code <= 0xdbff) {
        // A letter outside the BMP is two code units, tested and kept together; other pairs are passed over whole.
        surrogates = true;
        i += i + 1 < n ? 2 : 1;
        if (i - start === 1 || !OTHER_WORD_CHAR.test(text.slice(start, i))) continue;
      } else {
        // The leading letters, hashed; a digit after them is read below with the rest of the word.
        let info = 0;
        while (i < n) {
          code = text.charCodeAt(i);
          info = code < TABLE_END ? (INFO[code] as number) : code >= 0xd800 && code <= 0xdbff ? 0 : infoOf(code);
          if (info === 0 || info === OTHER) break;
          key = Math.imul(key, 0x01000193) ^ info;
          i++;
        }
        // Most words end at their letters, on a character between words: nothing is left to read.
        ended = info === 0 && code < TABLE_END;
      }
      while (!ended && i < n) {
        code = text.charCodeAt(i);
        if (code < TABLE_END) {
          if (INFO[code] === 0) break;
          i++;
        } else if (code >= 0xd800 && code <= 0xdbff) {
          surrogates = true;
          if (i + 1 < n && OTHER_WORD_CHAR.test(text.slice(i, i + 2))) i += 2;
          else break;
        } else if (infoOf(code) === 0) break;
        else i++;
      }
      if (count === capacity) {
        capacity *= 2;
        starts = grown(starts, capacity);
        ends = grown(ends, capacity);
        keys = grown(keys, capacity);
      }
      starts[count] = start;
      ends[count] = i;
      keys[count] = key;
      count++;
    }
    this.length = count;
    this.surrogates = surrogates;
    this.starts = starts;
    this.ends = ends;
    this.keys = keys;
    this.tokens = new Array<WordToken | undefined>(count);
  }

  /** Word `at` with its text and lower case; undefined outside the list. */
  get(at: number): WordToken | undefined {
    if (at < 0 || at >= this.length) return undefined;
    let token = this.tokens[at];
    if (token === undefined) {
      const start = this.starts[at] as number;
      const end = this.ends[at] as number;
      const text = this.text.slice(start, end);
      token = { start, end, text, lower: text.toLowerCase() };
      this.tokens[at] = token;
    }
    return token;
  }

  /** Word `at` as written, without keeping it (`at` must be in the list). */
  textOf(at: number): string {
    return this.tokens[at]?.text ?? this.text.slice(this.starts[at] as number, this.ends[at] as number);
  }

  /** Whether word `at` is written with a capital and then small letters, as `isCapitalized` says; false outside the list. */
  isCapitalized(at: number): boolean {
    if (at < 0 || at >= this.length) return false;
    const start = this.starts[at] as number;
    const end = this.ends[at] as number;
    if (!isUpperCode(this.text.charCodeAt(start))) return false;
    for (let k = start + 1; k < end; k++) {
      const code = this.text.charCodeAt(k);
      // A letter outside the BMP may be a capital only as a pair: ask the string.
      if (code >= 0xd800 && code <= 0xdfff) return isCapitalized(this.text.slice(start, end));
      if (isUpperCode(code)) return false;
    }
    return true;
  }

  /** {@link wordKey} of word `at` (`at` must be in the list). */
  keyOf(at: number): number {
    const start = this.starts[at] as number;
    return this.text.charCodeAt(start) * 64 + Math.min((this.ends[at] as number) - start, 63);
  }

  /**
   * The key of every word, as `letterKeyOf` makes it (the hash of its leading letters,
   * lower-cased) but as a signed 32-bit number (`key >>> 0` is `letterKeyOf`'s), by index (the
   * array may run on past {@link WordList.length}): a word is looked up in a table of first
   * words by one number, without cutting it.
   */
  letterKeys(): Int32Array {
    return this.keys;
  }

  /** Whether exactly one space stands between word `at` and the one before it. */
  isSpaceBefore(at: number): boolean {
    if (at <= 0 || at >= this.length) return false;
    const end = this.ends[at - 1] as number;
    return this.starts[at] === end + 1 && this.text.charCodeAt(end) === 0x20;
  }

  /**
   * Whether word `at` in lower case is `lower` (a lower-case word without surrogates or sigma,
   * as every Vietnamese word is), without cutting it; false outside the list.
   */
  is(at: number, lower: string): boolean {
    if (at < 0 || at >= this.length) return false;
    const start = this.starts[at] as number;
    if ((this.ends[at] as number) - start !== lower.length) return false;
    for (let k = 0; k < lower.length; k++) if (lowerCode(this.text.charCodeAt(start + k)) !== lower.charCodeAt(k)) return false;
    return true;
  }

  /** Offset of word `at`'s first code unit (`at` must be in the list). */
  startOf(at: number): number {
    return this.starts[at] as number;
  }

  /** Offset just after word `at`'s last code unit (`at` must be in the list). */
  endOf(at: number): number {
    return this.ends[at] as number;
  }

  /** First UTF-16 code unit of word `at` (`at` must be in the list): enough to skip most words unread. */
  firstCode(at: number): number {
    return this.text.charCodeAt(this.starts[at] as number);
  }

  /** The characters between word `at` and the one before it; empty at either end of the list. */
  gapBefore(at: number): string {
    return at <= 0 || at >= this.length ? "" : this.text.slice(this.ends[at - 1] as number, this.starts[at] as number);
  }
}

/**
 * Whether words from `at` spell `expected` (lower case), joined by single spaces.
 *
 * @example
 * ```ts
 * import { spells, WordList } from "./word-list";
 * spells(new WordList("Hội nghị Trung ương"), 0, ["hội", "nghị"]); // true
 * ```
 */
export const spells = (words: WordList, at: number, expected: readonly string[]): boolean => {
  for (let k = 0; k < expected.length; k++) {
    if (!words.is(at + k, expected[k] as string)) return false;
    if (k > 0 && !words.isSpaceBefore(at + k)) return false;
  }
  return true;
};
