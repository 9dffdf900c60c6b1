/**
 * Whether a word is written as one Vietnamese syllable: an initial consonant (or none), one to
 * three vowels, and a final consonant that Vietnamese spelling allows (`c`, `ch`, `m`, `n`, `ng`,
 * `nh`, `p`, `t`). Tone marks are ignored; `k` may stand before any vowel (`Kon Tum`, `Bắc
 * Kạn`). Foreign names fail it (`Petersburg`, `Vegas`, `Diego`, `Phnom`), and so do the names of
 * the Central Highlands written with clusters (`Krông`, `Pleiku`): callers ask it only where
 * such names are not expected. Source: Vietnamese orthography (the 29 letters and the syllable
 * structure of Quốc ngữ); `f`, `j`, `w`, `z` are not in the alphabet.
 *
 * @example
 * ```ts
 * import { isVietnameseSyllable } from "./vietnamese-syllable";
 * isVietnameseSyllable("Nguyễn"); // true
 * isVietnameseSyllable("Vegas");  // false
 * ```
 */
export const isVietnameseSyllable = (word: string): boolean => SYLLABLE.test(withoutTones(word.toLowerCase()));

// Initial consonants, longest first; vowels with their shape marks kept (ă, â, ê, ô, ơ, ư), tone marks dropped.
const SYLLABLE = /^(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnprstvx])?[aăâeêioôơuưy]{1,3}(?:ng|nh|ch|[cmnpt])?$/u;

/** The word with its tone marks removed and its shape marks kept: `nguyễn` → `nguyên`. */
const withoutTones = (word: string): string => word.normalize("NFD").replace(TONE_MARKS, "").normalize("NFC");

// Combining grave, acute, tilde, hook above and dot below: the five tone marks.
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
