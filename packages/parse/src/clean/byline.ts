import type { Credit } from "@vnpol/schema";
import { normalize } from "../normalize";
import { AUTHOR_SUFFIXES, CREDIT_ROLES, SOURCE_PREFIXES } from "./credit-roles";
import { mediaFileOf } from "./media-line";

/** What one byline line says: the people credited, or the publication it was taken from. */
export interface BylineLine {
  /** People credited, in order. */
  credits: Credit[];
  /** Publication the article was republished from (`Theo TGPN` → `TGPN`), or null. */
  source: string | null;
}

// Bylines are short; longer lines are text and are never read as credits.
const MAX_BYLINE = 100;

const NAME_WORD = /^\p{Lu}\p{Ll}*$/u;
const LOOSE_NAME_WORD = /^\p{Lu}[\p{L}.]*$/u;
const ABBREVIATION = /^[\p{Lu}\d&]{2,15}$/u;
// The name is the text before the parenthesis up to its last non-space (one space if it has none): one greedy run, no lazy scan.
const PARENTHESISED = /^([^()]*[^()\s]|\s)\s*\(([^()]+)\)$/u;

// `,` `;` or ` và ` between names, with the spaces around them; a run of spaces is entered only at its first space, so the split stays linear.
const NAME_SEPARATOR = /[,;]\s*|(?<!\s)\s+[,;]\s*|(?<!\s)\s+và\s+/u;

const words = (text: string): string[] => text.split(" ").filter((word) => word.length > 0);

/** A person's name as bylines write it: two to five capitalised words (`Trần Thông Thái`). */
const isName = (text: string, loose = false): boolean => {
  const parts = words(text);
  const pattern = loose ? LOOSE_NAME_WORD : NAME_WORD;
  return parts.length >= (loose ? 1 : 2) && parts.length <= 5 && parts.every((word) => pattern.test(word));
};

const credit = (role: Credit["role"], name: string, affiliation: string | null): Credit => ({ role, name, affiliation });

/** A name with the unit written beside it: `Trần Thông Thái-BDVTU`, `Chu Thanh Hoài (Ban Dân vận Tỉnh ủy)`. */
const nameWithAffiliation = (text: string, loose: boolean): [string, string | null] | null => {
  // "Trung Kiên - Khoa Nam" is two people, not a person and a unit.
  if (/ [-–] /u.test(text) && text.split(/ [-–] /u).every((part) => isName(part))) return null;
  if (isName(text, loose)) return [text, null];
  const parenthesised = PARENTHESISED.exec(text);
  if (parenthesised && isName(parenthesised[1]!, loose)) return [parenthesised[1]!, parenthesised[2]!.trim()];
  const dash = text.lastIndexOf("-");
  if (dash > 0) {
    const name = text.slice(0, dash).trim();
    const unit = text.slice(dash + 1).trim();
    const spaced = text[dash - 1] === " ";
    if (isName(name, loose) && (ABBREVIATION.test(unit) || (spaced && /^\p{Lu}/u.test(unit)))) return [name, unit];
  }
  const colon = text.indexOf(":");
  if (colon > 0) {
    const name = text.slice(0, colon).trim();
    const unit = text.slice(colon + 1).trim();
    if (isName(name, loose) && /^\p{Lu}/u.test(unit)) return [name, unit];
  }
  return null;
};

const labelOf = (text: string): string => normalize(text).toLowerCase().trim();

/**
 * Reads one byline line: `Tin: Đào Quyên` (text), `Ảnh: Thành Tâm` (photo), `Trần Thông
 * Thái-BDVTU` (author, affiliation `BDVTU`), `Chu Thanh Hoài (Ban Dân vận Tỉnh ủy)`, `Phương
 * Thảo: Huyện Bắc Mê`, `Tô Hà thực hiện`, or a source line `Theo TGPN`. Returns null for
 * anything else (a sentence, a caption, a file name). Names and units stay as written.
 *
 * @example
 * ```ts
 * import { parseByline } from "@vnpol/parse";
 * parseByline("Tin: Đào Quyên")?.credits;
 * // [{ role: "text", name: "Đào Quyên", affiliation: null }]
 * parseByline("Trần Thông Thái-BDVTU")?.credits;
 * // [{ role: "author", name: "Trần Thông Thái", affiliation: "BDVTU" }]
 * parseByline("Theo TGPN")?.source; // "TGPN"
 * parseByline("Đại biểu dự hội nghị."); // null
 * ```
 */
export const parseByline = (line: string): BylineLine | null => {
  if (typeof line !== "string" || line.length > MAX_BYLINE * 2) return null;
  const text = line.normalize("NFC").trim().replace(/\s+/g, " ");
  if (text.length === 0 || text.length > MAX_BYLINE || mediaFileOf(text)) return null;

  const lower = labelOf(text);
  for (const prefix of SOURCE_PREFIXES) {
    if (!lower.startsWith(prefix + " ") && !(prefix.endsWith(":") && lower.startsWith(prefix))) continue;
    const rest = text.slice(prefix.length).replace(/^[:\s]+/, "").trim();
    // A publication name: capitalised, short, no clause after it ("Theo đánh giá, …" is a sentence).
    if (/^\p{Lu}/u.test(rest) && words(rest).length <= 6 && !/[,;.!?]$|, /u.test(rest)) return { credits: [], source: rest };
    return null;
  }

  const colon = text.indexOf(":");
  if (colon > 0) {
    const roles = CREDIT_ROLES.get(labelOf(text.slice(0, colon)));
    if (roles) {
      const names = text
        .slice(colon + 1)
        .trim()
        .replace(/\.$/, "")
        .split(NAME_SEPARATOR)
        .filter((part) => part.length > 0)
        .map((part) => nameWithAffiliation(part, true));
      if (names.length === 0 || names.some((name) => name === null)) return null;
      return { credits: roles.flatMap((role) => names.map((name) => credit(role, name![0], name![1]))), source: null };
    }
  }

  for (const suffix of AUTHOR_SUFFIXES) {
    if (lower.endsWith(" " + suffix)) {
      const name = text.slice(0, text.length - suffix.length).trim();
      if (isName(name)) return { credits: [credit("author", name, null)], source: null };
    }
  }

  const named = nameWithAffiliation(text, false);
  if (named) return { credits: [credit("author", named[0], named[1])], source: null };
  const people = text.split(/ [-–] /u);
  return people.length > 1 && people.every((part) => isName(part)) ? { credits: people.map((name) => credit("author", name, null)), source: null } : null;
};
