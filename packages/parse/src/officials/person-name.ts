import { CREDIT_ROLES } from "../clean/credit-roles";
import { BODY_LEXICON } from "../organizations/body-rules";
import { COUNTRY_LEXICON } from "../organizations/countries";
import { PROVINCE_NAME_LEXICON } from "../organizations/province-names";
import type { Token } from "../organizations/tokenize";
import { isAddressedFamilyNameAt, isFamilyNameLower } from "./family-name";
import { matchRolePhrase, NON_POST_LEXICON, TRIGGER_LEXICON } from "./role-phrase";
import { SENTENCE_WORDS } from "./context-words";
import { isVietnameseSyllable } from "../places/vietnamese-syllable";

/**
 * `Ông`, `Bà` followed by a family name start another person (`… Phú Quốc Ông Trương Quốc
 * Tuấn`). Not `Anh`, `Chị`: they are also given names inside a name (Đỗ Hoàng Anh Châu).
 */
const opensNewName = (tokens: readonly Token[], i: number): boolean => isAddressedFamilyNameAt(tokens, i, NEW_NAME_FORMS);
const NEW_NAME_FORMS: ReadonlySet<string> = new Set(["ông", "bà"]);

/** Whether token `i` opens a credit (`Ảnh: TTXVN`, `Tin: Đào Quyên`): a caption's credit, not the end of a name. */
const opensCredit = (tokens: readonly Token[], i: number): boolean => tokens[i + 1]?.text === ":" && CREDIT_ROLES.has(tokens[i]!.lower);

/** Longest run of capitalised words read as one name; a longer run is not a name. */
const MAX_NAME_WORDS = 6;
/** Heads of bodies of two words, the second in lower case (`Ủy ban`): their first word opens no name. */
const BODY_HEAD_PAIRS: ReadonlySet<string> = new Set(["ủy ban"]);

const SENTENCE = new Set(SENTENCE_WORDS);
const NUMBER = /\p{N}/u;

/** Options of {@link matchPersonName}. */
export interface PersonNameOptions {
  /** The name must open with a family name and have two words or more (no form of address before it). */
  readonly strict: boolean;
}

/**
 * Whether token `i` may be a word of a person's name: capitalised, not an abbreviation, a
 * number, a sentence word, a role, a body, a rank or a form of address.
 *
 * @internal
 * @example
 * ```ts
 * import { tokenize } from "../organizations/tokenize";
 * import { isNameWord } from "./person-name";
 * isNameWord(tokenize("Theo Trần Văn A"), 1); // true ("Theo" at 0 is not)
 * ```
 */
export const isNameWord = (tokens: readonly Token[], i: number, inName = false): boolean => {
  const t = tokens[i];
  if (t === undefined || !t.word || !t.capital) return false;
  if (t.acronym && t.text.length > 1) return false;
  if (NUMBER.test(t.text) || SENTENCE.has(t.text)) return false;
  // "Đồng chí" and "Đ/c" are never in a name; "Anh", "Bà" may be (Lê Hồng Anh).
  const trigger = TRIGGER_LEXICON.match(tokens, i);
  if (trigger !== null && (trigger.end - i > 1 || t.lower === "đ/c")) return false;
  if (matchRolePhrase(tokens, i) !== null || BODY_LEXICON.match(tokens, i) !== null) return false;
  // "Phó chủ nhiệm Uỷ ban trả lời": the head of a body written with its second word in lower case.
  if (BODY_HEAD_PAIRS.has(`${t.lower} ${tokens[i + 1]?.lower ?? ""}`)) return false;
  const rank = NON_POST_LEXICON.match(tokens, i);
  // Inside a name, syllables that spell a rank with every one capitalised are the name's (`Đỗ Trung Tá`); a rank is written `Trung tá`.
  return rank === null || (inName && rank.end - i > 1 && everyCapital(tokens, i, rank.end));
};

/** Whether every token from `from` to `to` is a capitalised word. */
const everyCapital = (tokens: readonly Token[], from: number, to: number): boolean => {
  for (let k = from; k < to; k++) if (!tokens[k]!.word || !tokens[k]!.capital) return false;
  return true;
};

/**
 * Reads a person's name from token `at`: the whole run of capitalised words, hyphenated
 * parts included (`Y-Ngông`), never cut — a run of more than six words is not a name.
 * Returns the index just past the name, or -1.
 *
 * @internal
 * @example
 * ```ts
 * import { tokenize } from "../organizations/tokenize";
 * import { matchPersonName } from "./person-name";
 * const tokens = tokenize("Bùi Thị Minh Hoài, Bí thư");
 * matchPersonName(tokens, 0, { strict: true }); // 4
 * ```
 */
export const matchPersonName = (tokens: readonly Token[], at: number, options: PersonNameOptions): number => {
  let end = at;
  let words = 0;
  while (isNameWord(tokens, end, end > at) && (end === at || (!tokens[end]!.lineBefore && !opensNewName(tokens, end) && !opensCredit(tokens, end)))) {
    end++;
    words++;
    if (words > MAX_NAME_WORDS) return -1;
    // A hyphen written tight between two capitalised words joins them (Y-Ngông, H-Hen).
    const dash = tokens[end];
    if (dash !== undefined && dash.text === "-" && !dash.spaceBefore && isNameWord(tokens, end + 1) && !tokens[end + 1]!.spaceBefore) end++;
  }
  if (words === 0) return -1;
  // "tổng thư ký Đảng Dân chủ tự do Nhật": a party's name (no family name is Đảng).
  if (tokens[at]!.lower === "đảng") return -1;
  // A name does not open with a form of address ("Ông Lâm" is Mr Lâm).
  if (TRIGGER_LEXICON.match(tokens, at) !== null) return -1;
  if (options.strict && (words < 2 || !isFamilyNameLower(tokens[at]!.lower))) return -1;
  // "Hà Nội", "Hàn Quốc": a place that looks like a name is not one.
  const province = PROVINCE_NAME_LEXICON.match(tokens, at);
  if (province?.end === end || COUNTRY_LEXICON.match(tokens, at)?.end === end) return -1;
  // "Hà Nội Nguyễn Phú Trọng": a province and then a name is not one name.
  if (options.strict && province !== null && end - province.end >= 2) return -1;
  return end;
};

/**
 * Reads the name of a foreign post's holder from token `at` (`Thủ tướng Vương quốc Bỉ Guy
 * Verhofstadt`), which need not open with a Vietnamese family name: a run of capitalised words
 * as {@link matchPersonName} reads it, of two words or more (one capitalised word after a post
 * is as often the next sentence's: `Chủ tịch Quốc hội Hàn Quốc Lãnh đạo…`), that ends in no
 * initial (`Michael W. Marine`) and runs on in no tight hyphen (`Khăm-tày Xi-phăn-đon`): such
 * names are not read whole, so not at all. Returns the index just past the name, or -1.
 *
 * @internal
 * @example
 * ```ts
 * import { tokenize } from "../organizations/tokenize";
 * import { matchForeignName } from "./person-name";
 * matchForeignName(tokenize("Guy Verhofstadt cho biết"), 0); // 2
 * matchForeignName(tokenize("Michael W. Marine"), 0); // -1
 * ```
 */
export const matchForeignName = (tokens: readonly Token[], at: number): number => {
  const end = matchPersonName(tokens, at, { strict: false });
  if (end < at + 2 || tokens[end - 1]!.text.length === 1) return -1;
  const next = tokens[end];
  return next !== undefined && !next.spaceBefore && (next.text === "-" || next.text === "–") ? -1 : end;
};

/** The most words of a name written in capitals. */
const MAX_CAPITALS_NAME_WORDS = 4;

/**
 * Reads a name written in capitals from token `at`, as interview captions write it (`Bà DƯƠNG
 * THỊ TRÚC BẠCH, Hiệu trưởng…`): two to four words on one line, each a Vietnamese syllable in
 * capitals, the first a family name. {@link matchPersonName} reads no such word, which is
 * written as acronyms are (`UBND`). Returns the index just past the name, or -1.
 *
 * @internal
 * @example
 * ```ts
 * import { tokenize } from "../organizations/tokenize";
 * import { matchCapitalsName } from "./person-name";
 * matchCapitalsName(tokenize("ĐÀO DUY SINH, Phó Hiệu trưởng"), 0); // 3
 * matchCapitalsName(tokenize("TP HCM, Phó"), 0); // -1
 * ```
 */
export const matchCapitalsName = (tokens: readonly Token[], at: number): number => {
  let end = at;
  while (end < tokens.length) {
    const t = tokens[end]!;
    if (!t.acronym || !t.word || (end > at && t.lineBefore) || !isVietnameseSyllable(t.text)) break;
    end++;
    if (end - at > MAX_CAPITALS_NAME_WORDS) return -1;
  }
  return end - at >= 2 && isFamilyNameLower(tokens[at]!.lower) ? end : -1;
};
