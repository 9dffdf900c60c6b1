import { isWordCode } from "./text-context";

/**
 * The code units that `normalizeWithOffsets` may change in a date expression (see the lead's
 * `normalize/normalize.ts`): combining marks (NFD), `&` (HTML entities), tab, NBSP and the other
 * odd spaces, soft hyphen and zero-width characters, BOM, and the look-alikes of Đ/đ
 * (Ð U+00D0, ð U+00F0, Ɖ U+0189). Tone-mark style never matters here (no date word ends in
 * oa/oe/uy). A space is flagged apart ({@link SPACE}): only a run of two or more changes.
 */
export const NORMALIZING_CHARACTER = /[\u0300-\u036f&\t\u00a0\u00ad\u00d0\u00f0\u0189\u2000-\u200d\u202f\u205f\u3000\ufeff]/;

/** Bit set in {@link codeKind} for a letter or digit. */
export const WORD = 1;
/** Bit set in {@link codeKind} for a code unit that normalising may change. */
export const NORMALIZING = 2;
/** Bit set in {@link codeKind} for the plain space, which normalising changes only in a run. */
export const SPACE = 4;

// Up to the CJK punctuation: every quote, dash and space of Vietnamese news text is in the table.
const TABLE_LIMIT = 0x3040;

const isNormalizingCode = (code: number): boolean => NORMALIZING_CHARACTER.test(String.fromCharCode(code));

// The answers for every code unit below TABLE_LIMIT in one byte, computed once: the scan reads it for each character.
const KIND_TABLE = (() => {
  const table = new Uint8Array(TABLE_LIMIT);
  for (let code = 0; code < TABLE_LIMIT; code++) table[code] = (isWordCode(code) ? WORD : 0) | (isNormalizingCode(code) ? NORMALIZING : 0) | (code === 0x20 ? SPACE : 0);
  return table;
})();

/**
 * What the scan needs to know of a UTF-16 code unit, as bits: {@link WORD} (a letter or digit),
 * {@link NORMALIZING} (normalising may change it) and {@link SPACE}. A table lookup below U+3040.
 */
export const codeKind = (code: number): number =>
  code < TABLE_LIMIT ? KIND_TABLE[code]! : (isWordCode(code) ? WORD : 0) | (isNormalizingCode(code) ? NORMALIZING : 0);
