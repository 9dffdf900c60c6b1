/** A word of normalised text: letters, marks and digits between other characters. */
export interface WordToken {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lower: string;
}

const OTHER_WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

// Vietnamese text is ASCII, Latin-1, Latin Extended and U+1EA0–U+1EF9; the rest goes to the regex.
const isWordCode = (code: number, char: string): boolean => {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7;
  if ((code >= 0x1e00 && code <= 0x1eff) || (code >= 0x300 && code <= 0x36f)) return true;
  return OTHER_WORD_CHAR.test(char);
};

/**
 * The words of a normalised text with their offsets, in order.
 *
 * @example
 * ```ts
 * import { wordTokens } from "./word-tokens";
 * wordTokens("tỉnh Hà Tĩnh.").map((t) => t.text); // ["tỉnh", "Hà", "Tĩnh"]
 * ```
 */
export const wordTokens = (text: string): WordToken[] => {
  const tokens: WordToken[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0x20;
    // A letter outside the BMP is two code units, tested and kept together.
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
    const inWord = i < text.length && isWordCode(code, width === 2 ? text.slice(i, i + 2) : text.charAt(i));
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      const word = text.slice(start, i);
      tokens.push({ start, end: i, text: word, lower: word.toLowerCase() });
      start = -1;
    }
    i += width - 1;
  }
  return tokens;
};

/**
 * Whether a word is written with a capital and then small letters (`Bình`, `Đ`), as names are.
 *
 * @example
 * ```ts
 * import { isCapitalized } from "./word-tokens";
 * isCapitalized("Bình"); // true
 * isCapitalized("UBND"); // false
 * ```
 */
export const isCapitalized = (word: string): boolean => {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && word.slice(1) === word.slice(1).toLowerCase();
};
