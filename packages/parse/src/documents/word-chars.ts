// Character classes for scanning Vietnamese text without a regex per character.

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/**
 * Whether a character is a letter written in upper case (Đ, Ư included).
 *
 * @example
 * ```ts
 * import { isUpperLetter } from "./word-chars";
 * isUpperLetter("Đ"); // true
 * isUpperLetter("đ"); // false
 * ```
 */
export const isUpperLetter = (ch: string | undefined): boolean => {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
};

/**
 * Whether a character is a letter written in lower case.
 *
 * @example
 * ```ts
 * import { isLowerLetter } from "./word-chars";
 * isLowerLetter("ư"); // true
 * isLowerLetter("7"); // false
 * ```
 */
export const isLowerLetter = (ch: string | undefined): boolean => {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
};

/**
 * Whether the UTF-16 code unit at `i` of `text` is a letter or digit; false out of range.
 *
 * @example
 * ```ts
 * import { isWordCodeAt } from "./word-chars";
 * isWordCodeAt("số 31", 1); // true (ố)
 * isWordCodeAt("số 31", 2); // false (a space)
 * ```
 */
export const isWordCodeAt = (text: string, i: number): boolean => {
  const code = text.charCodeAt(i);
  if (Number.isNaN(code)) return false;
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  // Latin-1, Latin Extended and Vietnamese letters (U+1EA0–U+1EF9) without a regex.
  if ((code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || (code >= 0x1e00 && code <= 0x1eff)) return true;
  // General Punctuation (quotes, dashes, ellipsis: common in news) holds no letter or digit.
  if (code >= 0x2000 && code <= 0x206f) return false;
  return LETTER_OR_DIGIT.test(text[i]!);
};

/**
 * Whether a character is a letter or a digit (any script), i.e. part of a word.
 *
 * @example
 * ```ts
 * import { isWordChar } from "./word-chars";
 * isWordChar("ủ"); // true
 * isWordChar("/"); // false
 * ```
 */
export const isWordChar = (ch: string | undefined): boolean => ch !== undefined && ch.length > 0 && isWordCodeAt(ch, 0);

// Lower case of every code unit up to the Vietnamese block (U+1EFF), computed once: scans compare codes, not strings.
const LOWER = new Uint16Array(0x1f00);
for (let code = 0; code < LOWER.length; code++) {
  const lower = String.fromCharCode(code).toLowerCase();
  LOWER[code] = lower.length === 1 ? lower.charCodeAt(0) : code;
}

/**
 * The lower-case code unit at `i` of `text` (letters up to the Vietnamese block; others as they
 * are); `NaN` out of range.
 *
 * @example
 * ```ts
 * import { lowerCodeAt } from "./word-chars";
 * lowerCodeAt("Số", 1) === "ố".charCodeAt(0); // true
 * lowerCodeAt("QĐ", 0) === 0x71;              // true ("q")
 * ```
 */
export const lowerCodeAt = (text: string, i: number): number => {
  const code = text.charCodeAt(i);
  return code < 0x1f00 ? LOWER[code]! : code;
};
