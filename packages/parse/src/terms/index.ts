export { findTerms, parseTerm, parseTermOrThrow, type TermMention } from "./find-terms";
export { intToRoman, romanToInt } from "./roman-numeral";
export { TERM_WORDS } from "./term-words";
