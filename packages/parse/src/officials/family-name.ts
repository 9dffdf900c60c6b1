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
