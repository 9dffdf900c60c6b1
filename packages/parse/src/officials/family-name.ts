import type { Token } from "../organizations/tokenize";
import { FAMILY_NAMES } from "./family-names";

const SET: ReadonlySet<string> = new Set(FAMILY_NAMES.map((name) => name.toLowerCase()));

/**
 * Whether a word is a Vietnamese family name from the sourced table of family names (any case; names
 * of the Ê Đê and Gia Rai such as `H'Hen` count by their `H'` prefix).
 *
 * @example
 * ```ts
 * import { isFamilyName } from "@vnpol/parse";
 * isFamilyName("Nguyễn"); // true
 * isFamilyName("Tỉnh");   // false
 * ```
 */
export const isFamilyName = (word: string): boolean => isFamilyNameLower(word.toLowerCase());

/**
 * {@link isFamilyName} of a word already in lower case (a token's `lower`): no string is made.
 *
 * @internal
 * @example
 * ```ts
 * import { isFamilyNameLower } from "./family-name";
 * [isFamilyNameLower("nguyễn"), isFamilyNameLower("h'hen"), isFamilyNameLower("tỉnh")]; // [true, true, false]
 * ```
 */
export const isFamilyNameLower = (lower: string): boolean => SET.has(lower) || (lower.length > 2 && (lower.startsWith("h'") || lower.startsWith("h’")));

/**
 * Whether one of `forms` (forms of address, lower case) and a capitalised family name start at
 * token `at` (`Ông Trương Quốc Tuấn`, `TP. Bà Hồng nêu`): a person, not a place (`Bà Rịa`).
 *
 * @internal
 * @example
 * ```ts
 * import { tokenize } from "../organizations/tokenize";
 * import { isAddressedFamilyNameAt } from "./family-name";
 * const forms = new Set(["ông", "bà"]);
 * [isAddressedFamilyNameAt(tokenize("Bà Hồng nêu"), 0, forms), isAddressedFamilyNameAt(tokenize("Bà Rịa"), 0, forms)]; // [true, false]
 * ```
 */
export const isAddressedFamilyNameAt = (tokens: readonly Token[], at: number, forms: ReadonlySet<string>): boolean => {
  const form = tokens[at];
  const next = tokens[at + 1];
  return form !== undefined && forms.has(form.lower) && next !== undefined && next.word && next.capital && isFamilyNameLower(next.lower);
};
