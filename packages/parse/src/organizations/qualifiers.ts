import { ABBREVIATIONS } from "./abbreviations";
import { buildLexicon, type Lexicon } from "./lexicon";
import { CENTRAL_CITIES, TIER_WORDS, type TierWord } from "./tiers";

/** `Trung ương` and the ways it is written short (`TW`, `T.Ư`), from the abbreviations table. */
export const CENTRAL_FORMS: readonly string[] = ["Trung ương", ...ABBREVIATIONS.filter((a) => a.kind === "qualifier" && a.expansion === "Trung ương").map((a) => a.abbreviation)];

/**
 * Words after a body that make it central: `Trung ương`, `TW`, `T.Ư`, each alone or with `Đảng`
 * (`Ban Tuyên giáo T.Ư Đảng`). `TƯ` counts in capitals only (the lexicons' rule): `tư` is a word.
 */
export const CENTRAL_LEXICON: Lexicon<true> = buildLexicon(CENTRAL_FORMS.flatMap((form) => [[form, true] as const, [`${form} Đảng`, true] as const]));

const TIER_WORD_LEXICON: Lexicon<TierWord> = buildLexicon(TIER_WORDS);

/** Tier words (`tỉnh`, `huyện`, `TP`), compiled once; `xã hội` (society: `Ban Văn hóa - Xã hội`) is no commune. */
export const TIER_LEXICON: Lexicon<TierWord> = {
  ...TIER_WORD_LEXICON,
  match: (tokens, at) => (tokens[at]?.lower === "xã" && tokens[at + 1]?.lower === "hội" ? null : TIER_WORD_LEXICON.match(tokens, at)),
};

/** Cities of province tier, as a place name after `thành phố`/`TP`. */
export const CENTRAL_CITY_LEXICON: Lexicon<string> = buildLexicon(CENTRAL_CITIES);

/** One-word forms of Ho Chi Minh City that name both the tier and the place (`TPHCM`, `TP.HCM`). */
export const CITY_ABBREVIATIONS: readonly (readonly [string, string])[] = ABBREVIATIONS.filter(
  (a) => a.kind === "qualifier" && a.expansion.startsWith("Thành phố "),
).map((a) => [a.abbreviation, a.expansion] as const);

/** {@link CITY_ABBREVIATIONS} as a lexicon over tokens. */
export const CITY_ABBREVIATION_LEXICON: Lexicon<string> = buildLexicon(CITY_ABBREVIATIONS);
