// A word is keyed by a hash (FNV-1a style, 32 bits) of its leading letters, lower-cased: the
// letters up to its first digit or other character. Tables of first words are keyed the same
// way, so a word is looked up by one number and no string is cut.

// Letters and marks, as `tokenize` classes them (a high surrogate is none: its pair is one mark).
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const isLetter = (code: number): boolean => !(code >= 0xd800 && code <= 0xdbff) && LETTER_OR_MARK.test(String.fromCharCode(code));
/**
 * Code units below this have their lower-case letter in {@link LOWERED}.
 *
 * @internal
 * @example
 * ```ts
 * import { LOWERED, LOWERED_TABLE_SIZE } from "./letter-key";
 * LOWERED.length === LOWERED_TABLE_SIZE; // true
 * ```
 */
export const LOWERED_TABLE_SIZE = 0x2000;

const lowerCode = (code: number): number => {
  const lower = String.fromCharCode(code).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
};

/**
 * Per code unit below {@link LOWERED_TABLE_SIZE}: its lower-case code unit when it is a letter
 * or a mark (as `tokenize` classes them), 0 otherwise — one lookup tells a letter and gives
 * what a word's key is made of.
 *
 * @internal
 * @example
 * ```ts
 * import { LOWERED } from "./letter-key";
 * [LOWERED[0x44], LOWERED[0x31]]; // [0x64, 0]: "D" lowers to "d", "1" is no letter
 * ```
 */
export const LOWERED = new Uint16Array(LOWERED_TABLE_SIZE);
for (let code = 0; code < LOWERED_TABLE_SIZE; code++) LOWERED[code] = isLetter(code) ? lowerCode(code) : 0;

/**
 * The lower-case code unit of a letter (or mark), 0 for anything else.
 *
 * @internal
 * @example
 * ```ts
 * import { loweredOf } from "./letter-key";
 * [loweredOf("Đ".charCodeAt(0)) === "đ".charCodeAt(0), loweredOf(0x20)]; // [true, 0]
 * ```
 */
export const loweredOf = (code: number): number => (code < LOWERED_TABLE_SIZE ? LOWERED[code]! : isLetter(code) ? lowerCode(code) : 0);

/**
 * One step of a key: the key of the letters so far (`hash`) and one more lower-cased letter.
 *
 * @internal
 * @example
 * ```ts
 * import { LETTER_KEY_SEED, mixLetter } from "./letter-key";
 * mixLetter(LETTER_KEY_SEED, 0x61) === mixLetter(LETTER_KEY_SEED, 0x62); // false
 * ```
 */
export const mixLetter = (hash: number, code: number): number => (Math.imul(hash, 0x01000193) ^ code) >>> 0;

/**
 * The key of no letters: that of a word that starts with a digit or a mark of punctuation.
 *
 * @internal
 * @example
 * ```ts
 * import { LETTER_KEY_SEED, letterKeyOf } from "./letter-key";
 * letterKeyOf("2021") === LETTER_KEY_SEED; // true
 * ```
 */
export const LETTER_KEY_SEED = 0x811c9dc5;

/**
 * The key of a word: the hash of its leading letters, lower-cased, so that `Bí`, `bí` and
 * `BÍ` share one, and `Ban.Tổ` is keyed by `ban`.
 *
 * @internal
 * @example
 * ```ts
 * import { letterKeyOf } from "./letter-key";
 * letterKeyOf("Bí") === letterKeyOf("bÍ");  // true
 * letterKeyOf("ban4") === letterKeyOf("ban"); // true
 * ```
 */
export const letterKeyOf = (word: string): number => {
  let hash = LETTER_KEY_SEED;
  for (let i = 0; i < word.length && loweredOf(word.charCodeAt(i)) !== 0; i++) hash = mixLetter(hash, loweredOf(word.charCodeAt(i)));
  return hash;
};
