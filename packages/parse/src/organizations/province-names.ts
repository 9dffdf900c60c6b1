import { PROVINCES } from "../places/provinces";
import { buildLexicon, type Lexicon } from "./lexicon";

/**
 * Names of provinces and province-tier cities, before and after the 2025 reform, with their
 * spellings in news (`Đắc Lắc`): the province table of `../places` (each row sourced there).
 * A body followed by one of these (`Sở Y tế Thái Nguyên`) serves that province, even when the
 * name starts with a family name (`Thái`, `Hà`, `Lâm`). Each spelling, to its province's name.
 */
export const PROVINCE_SPELLINGS: readonly (readonly [string, string])[] = PROVINCES.flatMap((record) =>
  [record.place.name, ...record.aliases].map((name) => [name, record.place.name] as const),
);

/** {@link PROVINCE_SPELLINGS} as a lexicon over tokens, each spelling to its province's name. */
export const PROVINCE_NAME_LEXICON: Lexicon<string> = buildLexicon(PROVINCE_SPELLINGS);
