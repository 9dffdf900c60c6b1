import { lowerCode, startsWithWordAt } from "./text-context";

// The scan asks, at tens of thousands of numbers per megabyte, whether the word before one is
// a word of a form (`ngày`, `năm`, `nhiệm kỳ`). Slicing that word and lower-casing it makes a
// string each time, and almost every answer is no. A word set answers from the text itself:
// one table read rejects the words whose first letter and length no word of the set has, and
// the few left are compared letter by letter.

const TABLE_LIMIT = 0x2000;
const MAX_LENGTH = 31; // lengths as bits of one 32-bit mask

/**
 * A set of lower-case words that says whether a stretch of text is one of them, in any case
 * (`Ngày`, `NĂM`), without making a string.
 *
 * @internal
 * @example
 * ```ts
 * import { wordSetOf } from "./word-set";
 * const words = wordSetOf(["ngày", "năm"]);
 * words("Sáng Ngày 20/5", 5, 9); // true
 * words("Sáng Ngày 20/5", 0, 4); // false
 * ```
 */
export const wordSetOf = (words: Iterable<string>): ((text: string, start: number, end: number) => boolean) => {
  // By first letter: which lengths some word has (bit n for length n), then the words themselves.
  const lengths = new Uint32Array(TABLE_LIMIT);
  const byFirstAndLength = new Map<number, string[]>();
  for (const word of new Set(words)) {
    const first = word.charCodeAt(0);
    if (word.length === 0 || word.length > MAX_LENGTH || first >= TABLE_LIMIT || lowerCode(first) !== first) {
      throw new Error(`word set: "${word}" must be lower case, from 1 to ${MAX_LENGTH} code units, and start below U+2000`);
    }
    lengths[first] = lengths[first]! | (1 << word.length);
    const key = first * 32 + word.length;
    byFirstAndLength.set(key, [...(byFirstAndLength.get(key) ?? []), word]);
  }
  return (text, start, end) => {
    const length = end - start;
    const first = lowerCode(text.charCodeAt(start));
    if (length <= 0 || length > MAX_LENGTH || first >= TABLE_LIMIT || ((lengths[first]! >>> length) & 1) === 0) return false;
    for (const word of byFirstAndLength.get(first * 32 + length)!) if (startsWithWordAt(text, start, word)) return true;
    return false;
  };
};
