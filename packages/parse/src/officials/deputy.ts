import type { Position } from "@vnpol/schema";
import { buildLexicon } from "../organizations/lexicon";
import { PROVINCE_NAME_LEXICON } from "../organizations/province-names";
import { CITY_ABBREVIATION_LEXICON } from "../organizations/qualifiers";
import type { Token } from "../organizations/tokenize";
import { isFamilyNameLower } from "./family-name";
import { matchPersonName } from "./person-name";

/**
 * National Assembly deputies as reports of its sittings write them: the word for a deputy,
 * then the name and the province whose delegation they sit in (`ĐB Nguyễn Hoàng Anh (Hải
 * Phòng)`), or the name, then the word and the province (`Đỗ Trọng Ngoạn (ĐB Bắc Giang)`,
 * `Ông Nông Thế Cừ - ĐB Cao Bằng -`). Deputies are elected by province, and those of a province
 * form its delegation (Luật Tổ chức Quốc hội 2014), so a province in the bracket marks a deputy
 * of the National Assembly, not of a council (`Đại biểu Vũ Quang Minh (quận 8)`). `ĐB` alone
 * before a name is read as one only in a text that names the National Assembly and no people's
 * council.
 */
const DEPUTY_WORDS = buildLexicon(["ĐB", "Đại biểu"].map((word) => [word, true] as const));

/** The post of a National Assembly deputy. Source: Luật Tổ chức Quốc hội 2014. */
export const NATIONAL_ASSEMBLY_DEPUTY: Position = { role: "Đại biểu", body: "Quốc hội", level: "central" };

// The National Assembly named in the text: in full, as `QH` or `ĐBQH` standing alone.
const NAMES_ASSEMBLY = /Quốc hội|(?<![\p{L}\p{N}])(?:ĐB)?QH(?![\p{L}\p{N}])/u;
const NAMES_COUNCIL = /HĐND|Hội đồng nhân dân/iu;
// A sitting (`kỳ họp`, `phiên chất vấn`): its `đại biểu` are the Assembly's deputies, unless the text names a congress, whose
// delegates are `đại biểu` too (`Đại hội`).
const NAMES_SITTING = /kỳ họp|phiên (?:họp|chất vấn|thảo luận)/iu;
const NAMES_CONGRESS = /Đại hội/iu;

/** What a text says of the bodies a deputy may sit in: whether it names the National Assembly, a people's council, and a sitting of the Assembly and no congress. */
export interface DeputyContext {
  readonly assembly: boolean;
  readonly council: boolean;
  readonly sitting: boolean;
}

/** Reads {@link DeputyContext} from the (normalised) text. */
export const deputyContextOf = (text: string): DeputyContext => {
  const assembly = NAMES_ASSEMBLY.test(text);
  return { assembly, council: NAMES_COUNCIL.test(text), sitting: assembly && NAMES_SITTING.test(text) && !NAMES_CONGRESS.test(text) };
};

/** Whether the deputy word stands at `at`: the index past it, or -1. `ĐB` must be written so; `Đại biểu` may open in lower case. */
export const deputyWordEnd = (tokens: readonly Token[], at: number, abbreviationOnly = false): number => {
  const hit = DEPUTY_WORDS.match(tokens, at);
  if (hit === null) return -1;
  const first = tokens[at]!;
  if (first.lower === "đb") return first.text === "ĐB" ? hit.end : -1;
  return abbreviationOnly ? -1 : hit.end;
};

/** Whether a province's name fills the tokens from `at` up to `close` (exclusive), or Hồ Chí Minh City's written short (`(TP.HCM)`). */
const provinceFills = (tokens: readonly Token[], at: number, close: number): boolean =>
  PROVINCE_NAME_LEXICON.match(tokens, at)?.end === close || CITY_ABBREVIATION_LEXICON.match(tokens, at)?.end === close;

/**
 * After a deputy's name that ends at `at`, the province of their delegation in brackets
 * (`(Hải Phòng)`): the index past the closing bracket, or -1.
 */
export const delegationAfterName = (tokens: readonly Token[], at: number): number => {
  if (tokens[at]?.text !== "(" || tokens[at]!.lineBefore) return -1;
  for (let k = at + 2; k < at + 8 && k < tokens.length; k++) {
    if (tokens[k]!.text === ")") return provinceFills(tokens, at + 1, k) ? k + 1 : -1;
  }
  return -1;
};

/**
 * After a name that ends at `at`, the deputy's word and province set apart (`(ĐB Bắc Giang)`,
 * `- ĐB Cao Bằng -`): the index past the closing bracket, or of the closing dash, or -1.
 */
export const deputyAfterName = (tokens: readonly Token[], at: number): number => {
  const open = tokens[at]?.text;
  if ((open !== "(" && open !== "-" && open !== "–") || tokens[at]!.lineBefore) return -1;
  const close = open === "(" ? ")" : open;
  const word = deputyWordEnd(tokens, at + 1);
  if (word < 0) return -1;
  for (let k = word + 1; k < word + 7 && k < tokens.length; k++) {
    // The closing bracket is the mention's; a closing dash is not (as after any title set apart by dashes).
    if (tokens[k]!.text === close) return !provinceFills(tokens, word, k) ? -1 : open === "(" ? k + 1 : k;
  }
  return -1;
};

/** A deputy read: the tokens of the mention and of the name. */
export interface DeputyRead {
  readonly from: number;
  readonly to: number;
  readonly nameFrom: number;
  readonly nameTo: number;
}

/**
 * A deputy at token `at`, in a text that names the National Assembly: the word, the name and
 * the province in brackets (`ĐB Nguyễn Hoàng Anh (Hải Phòng)`, `đại biểu Lê Văn A (TP.HCM)`); or
 * `ĐB` and the name alone, where the text names no people's council (`ĐB Dương Trung Quốc cho
 * rằng`), and so `Đại biểu` where it reports a sitting of the Assembly and names no congress.
 * Null otherwise. (A name then the word and the province set apart, `Đỗ Trọng Ngoạn (ĐB
 * Bắc Giang)`, is read where names are read first: {@link deputyAfterName}.)
 */
export const readDeputyAt = (tokens: readonly Token[], at: number, context: DeputyContext): DeputyRead | null => {
  if (!context.assembly) return null;
  const word = deputyWordEnd(tokens, at);
  if (word > 0) {
    const nameEnd = tokens[word]?.lineBefore === true ? -1 : matchPersonName(tokens, word, { strict: true });
    if (nameEnd < 0) return null;
    const delegation = delegationAfterName(tokens, nameEnd);
    if (delegation > 0) return { from: at, to: delegation, nameFrom: word, nameTo: nameEnd };
    // Bare, the name must end where its clause goes on: not cut before a capitalised word (`ĐB Đoàn Thiện Các`).
    const next = tokens[nameEnd];
    // `Đại biểu` alone only in the report of a sitting (`đại biểu Nguyễn Minh Thuyết đã chất vấn`).
    const bare = !context.council && (context.sitting || deputyWordEnd(tokens, at, true) > 0) && !(next?.word === true && next.capital && !next.lineBefore);
    return bare ? { from: at, to: nameEnd, nameFrom: word, nameTo: nameEnd } : null;
  }
  return null;
};

/** The most deputies one word before a list heads (`các ĐB A (Hòa Bình), B (Lâm Đồng), C (Ninh Thuận)`). */
const MAX_LISTED_DEPUTIES = 12;

/**
 * The deputies listed after one read with a province in brackets, each with their own
 * (`ĐB Bùi Văn Phong (Hòa Bình), Võ Minh Phương (Lâm Đồng), Nguyễn Ngọc Minh (Ninh Thuận)`):
 * a comma or `và`, a name opening with a family name, and the province in brackets.
 */
export const listedDeputiesAfter = (tokens: readonly Token[], first: DeputyRead): DeputyRead[] => {
  const listed: DeputyRead[] = [];
  if (first.to === first.nameTo) return listed; // a bare `ĐB` and name heads no list
  let at = first.to;
  while (listed.length < MAX_LISTED_DEPUTIES) {
    const joiner = tokens[at];
    if (joiner === undefined || (joiner.text !== "," && joiner.lower !== "và") || tokens[at + 1]?.lineBefore !== false) break;
    const nameAt = at + 1;
    if (!tokens[nameAt]!.capital || !isFamilyNameLower(tokens[nameAt]!.lower)) break;
    const nameEnd = matchPersonName(tokens, nameAt, { strict: true });
    const end = nameEnd < 0 ? -1 : delegationAfterName(tokens, nameEnd);
    if (end < 0) break;
    listed.push({ from: nameAt, to: end, nameFrom: nameAt, nameTo: nameEnd });
    at = end;
  }
  return listed;
};
