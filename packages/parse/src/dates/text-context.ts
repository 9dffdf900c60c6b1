const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const MAX_WORD = 16;

/** Whether a UTF-16 code unit is a letter or digit; Latin letters (all of Vietnamese) without a regex. */
const classifyCode = (code: number): boolean => {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  // Latin-1 letters, Latin Extended A/B, combining marks, Latin Extended Additional (ạ … ỹ).
  if ((code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || (code >= 0x300 && code <= 0x36f) || (code >= 0x1e00 && code <= 0x1eff)) return true;
  if (code < 0xc0 || (code >= 0x2000 && code <= 0x2bff) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xd800 && code <= 0xdfff)) return false;
  return WORD_CHAR.test(String.fromCharCode(code));
};

// The answer for every code unit below U+2000, computed once: the scan asks it for each character.
const WORD_TABLE = (() => {
  const table = new Uint8Array(0x2000);
  for (let code = 0; code < 0x2000; code++) table[code] = classifyCode(code) ? 1 : 0;
  return table;
})();

/** Lower-case of a Vietnamese letter's code unit, without allocating a string. */
export const lowerCode = (code: number): number => {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
  if (code >= 0xc0 && code <= 0xde && code !== 0xd7) return code + 0x20;
  if ((code >= 0x100 && code <= 0x17f) || (code >= 0x1ea0 && code <= 0x1ef9)) return code % 2 === 0 ? code + 1 : code;
  if (code === 0x1a0 || code === 0x1af) return code + 1;
  return code;
};

/** Whether a UTF-16 code unit is a letter or digit (a table lookup below U+2000). */
export const isWordCode = (code: number): boolean => (code < 0x2000 ? WORD_TABLE[code] === 1 : classifyCode(code));

/** Whether a UTF-16 code unit is an ASCII digit. */
export const isDigitCode = (code: number): boolean => code >= 0x30 && code <= 0x39;

/** Whether `text` has `word` (lower case) at `at`, in any case. Allocates nothing. */
export const startsWithWordAt = (text: string, at: number, word: string): boolean => {
  if (at + word.length > text.length) return false;
  for (let k = 0; k < word.length; k++) if (lowerCode(text.charCodeAt(at + k)) !== word.charCodeAt(k)) return false;
  return true;
};

/** Whether `text` has `word` (lower case) at `at`, in any case, with no letter or digit after it. Allocates nothing. */
export const isWordAt = (text: string, at: number, word: string): boolean =>
  startsWithWordAt(text, at, word) && !isWordCharAt(text, at + word.length);

/** Whether the character at `index` is a letter or digit (false outside the text). */
export const isWordCharAt = (text: string, index: number): boolean =>
  index >= 0 && index < text.length && isWordCode(text.charCodeAt(index));

/**
 * Whether `phrase` (lower case, of whole words) ends one space before `at`, in any case:
 * `Cách mạng` before `Tháng Tám`, `Quốc tế Lao động` before `1/5`. Allocates nothing.
 */
export const isPhraseBefore = (text: string, at: number, phrase: string): boolean => {
  const start = at - 1 - phrase.length;
  return start >= 0 && text.charCodeAt(at - 1) === 0x20 && !isWordCharAt(text, start - 1) && startsWithWordAt(text, start, phrase);
};

/** The lower-case word just before `at` (one space allowed between), or "" — bounded, never scans far. */
export const previousWord = (text: string, at: number): string => {
  const end = previousWordEnd(text, at);
  return text.slice(previousWordStart(text, end), end).toLowerCase();
};

/** Where the word just before `at` ends: `at`, or one before it past a space. */
const previousWordEnd = (text: string, at: number): number => (at > 0 && text.charCodeAt(at - 1) === 0x20 ? at - 1 : at);

/** Where the word ending at `end` starts, at most {@link MAX_WORD} code units back. */
const previousWordStart = (text: string, end: number): number => {
  let start = end;
  while (start > 0 && end - start < MAX_WORD && isWordCharAt(text, start - 1)) start -= 1;
  return start;
};

/**
 * Whether the word just before `at` (one space allowed between), as {@link previousWord}
 * reads it, passes `isWord` (a `wordSetOf` set): the same answer without making a string.
 */
export const isPreviousWordIn = (isWord: (text: string, start: number, end: number) => boolean, text: string, at: number): boolean => {
  const end = previousWordEnd(text, at);
  return isWord(text, previousWordStart(text, end), end);
};

/** The lower-case word just after `at` (one space allowed between), or "" — bounded, never scans far. */
export const nextWord = (text: string, at: number): string => {
  let start = at;
  if (text[start] === " ") start += 1;
  let end = start;
  while (end < text.length && end - start < MAX_WORD && isWordCharAt(text, end)) end += 1;
  return text.slice(start, end).toLowerCase();
};

/** Whether the characters just before `at` glue it to a longer token (`QĐ/12/5`, `1.12.5`, `43B-048`); a dash after a number starts a period. */
export const isGluedBefore = (text: string, at: number): boolean => {
  if (at < 2) return false;
  const before = text.charCodeAt(at - 1);
  const word = text.charCodeAt(at - 2);
  // "8h-11h", "2021-2025": a dash after a number or an hour starts the other end.
  if (before === 0x2d || before === 0x2013) return isWordCode(word) && !(word >= 0x30 && word <= 0x39) && (word | 0x20) !== 0x68 && (word | 0x20) !== 0x67;
  // "/" and "+" between two word characters glue them into one token (QĐ/12/5, GMT+7); ".",
  // ":" and "," only after a digit (1.12.5, 2,5): after a letter they end a sentence or a
  // clause whose space the page lost ("lưu thông.14h45 ngày 13/10", "mới đây,ngày 20/4").
  if (before === 0x2f || before === 0x2b) return isWordCode(word);
  return (before === 0x2e || before === 0x3a || before === 0x2c) && word >= 0x30 && word <= 0x39;
};

/** Runs a sticky regex at exactly `at`; the `lastIndex` is set before each use, so sharing it is safe. */
export const matchAt = (re: RegExp, text: string, at: number): RegExpExecArray | null => {
  re.lastIndex = at;
  return re.exec(text);
};
