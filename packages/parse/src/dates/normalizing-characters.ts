import { normalizeMayChange } from "../normalize/normalize";
import { isWordCode } from "./text-context";

// Which code units the normaliser may change comes from the normaliser itself
// (`normalizeMayChange`), so the two never disagree. Tone-mark style never matters here: no
// date word ends in oa/oe/uy. A space is flagged apart ({@link SPACE}): only a run changes.

/** Bit set in {@link codeKind} for a letter or digit. */
export const WORD = 1;
/** Bit set in {@link codeKind} for a code unit that normalising may change. */
export const NORMALIZING = 2;
/** Bit set in {@link codeKind} for the plain space, which normalising changes only in a run. */
export const SPACE = 4;

// Up to the CJK punctuation: every quote, dash and space of Vietnamese news text is in the table.
const TABLE_LIMIT = 0x3040;

// The answers for every code unit below TABLE_LIMIT in one byte, computed once: the scan reads it for each character.
const KIND_TABLE = (() => {
  const table = new Uint8Array(TABLE_LIMIT);
  for (let code = 0; code < TABLE_LIMIT; code++) table[code] = (isWordCode(code) ? WORD : 0) | (normalizeMayChange(code) ? NORMALIZING : 0) | (code === 0x20 ? SPACE : 0);
  return table;
})();

/**
 * What the scan needs to know of a UTF-16 code unit, as bits: {@link WORD} (a letter or digit),
 * {@link NORMALIZING} (normalising may change it) and {@link SPACE}. A table lookup below U+3040.
 */
export const codeKind = (code: number): number =>
  code < TABLE_LIMIT ? KIND_TABLE[code]! : (isWordCode(code) ? WORD : 0) | (normalizeMayChange(code) ? NORMALIZING : 0);
