import type { WordList } from "../places/word-list";

/**
 * Whether words from `at` spell `expected` (lower case), joined by single spaces.
 *
 * @example
 * ```ts
 * import { WordList } from "../places/word-list";
 * import { spells } from "./token-sequence";
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
