import type { WordToken } from "../places/word-tokens";

/**
 * Whether tokens from `at` spell `words` (lower case), joined by single spaces.
 *
 * @example
 * ```ts
 * import { wordTokens } from "../places/word-tokens";
 * import { spells } from "./token-sequence";
 * const body = "Hội nghị Trung ương";
 * spells(body, wordTokens(body), 0, ["hội", "nghị"]); // true
 * ```
 */
export const spells = (body: string, tokens: readonly WordToken[], at: number, words: readonly string[]): boolean => {
  for (let k = 0; k < words.length; k++) {
    const token = tokens[at + k];
    if (token === undefined || token.lower !== words[k]) return false;
    if (k > 0 && body.slice((tokens[at + k - 1] as WordToken).end, token.start) !== " ") return false;
  }
  return true;
};

/**
 * The characters between token `at` and the one before it; empty at either end.
 *
 * @example
 * ```ts
 * import { wordTokens } from "../places/word-tokens";
 * import { gapBefore } from "./token-sequence";
 * const body = "Kỳ họp thứ 7, Quốc hội";
 * gapBefore(body, wordTokens(body), 4); // ", "
 * ```
 */
export const gapBefore = (body: string, tokens: readonly WordToken[], at: number): string =>
  at <= 0 || at >= tokens.length ? "" : body.slice((tokens[at - 1] as WordToken).end, (tokens[at] as WordToken).start);
