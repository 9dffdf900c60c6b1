import { buildLexicon } from "./lexicon";
import { COUNTRY_NAMES } from "./country-names";
import type { Token } from "./tokenize";

/** {@link COUNTRY_NAMES} as a lexicon of tokens, each to its name as written in the table. */
export const COUNTRY_LEXICON = buildLexicon(COUNTRY_NAMES.map((name) => [name, name] as const));

/** Syllables that make a country's name part of another word: `Pháp ngữ`, `Anh văn` (French, English), `Mỹ thuật`, `Mỹ nghệ` (fine arts, crafts), `Anh hùng` (hero). */
const COMPOUND_TAILS: ReadonlySet<string> = new Set(["ngữ", "văn", "thuật", "nghệ", "hùng"]);

/**
 * The country named at token `at` after a body (`Chính phủ Singapore`, `Bộ Ngoại giao Lào`),
 * and the token just past it; null when there is none, or when the name is part of a longer
 * word (`Hội Mặt trời Pháp ngữ`).
 */
export const countryAfterBody = (tokens: readonly Token[], at: number): { name: string; end: number } | null => {
  const first = tokens[at];
  if (first === undefined || !first.capital || first.lineBefore) return null;
  const country = COUNTRY_LEXICON.match(tokens, at);
  if (country === null) return null;
  const next = tokens[country.end];
  if (next !== undefined && COMPOUND_TAILS.has(next.lower)) return null;
  return { name: country.value, end: country.end };
};

// The short forms that stand for a country beside `Việt` in a pair (`Việt - Trung`, `Việt - Xô`),
// as the press writes them; a country's full name (`Việt Nam - Cuba`) is read from the country table.
const PAIR_PARTNERS: ReadonlySet<string> = new Set(["trung", "xô", "hàn", "triều", "thái", "ấn", "miên", "hoa", "mỹ", "lào", "nga", "pháp", "đức", "anh", "nhật", "úc", "ý", "bỉ", "séc", "cu"]);

/**
 * Just past a pair of countries joined by a dash that starts at token `at` with `Việt`,
 * `Việt Nam` or `VN` (`Hội Hữu nghị Việt – Lào`, `Việt Nam - Cuba`), or ends with them (`Pháp -
 * Việt`), or `at` when none does: the pair is one name, the friendship's.
 */
export const countryPairEndAt = (tokens: readonly Token[], at: number): number => {
  // "Hội Hữu nghị Pháp - Việt": the partner written first (looked up only when a dash is near, as names are read word by word).
  const partnerFirst = dashWithin(tokens, at) ? (COUNTRY_LEXICON.match(tokens, at)?.end ?? (PAIR_PARTNERS.has(tokens[at]?.lower ?? "") && tokens[at]!.capital ? at + 1 : at)) : at;
  if (partnerFirst > at && tokens[partnerFirst]?.lower === "-" && tokens[partnerFirst + 1]?.lineBefore === false) {
    const own = vietNamEndAt(tokens, partnerFirst + 1);
    if (own > partnerFirst + 1) return own;
    if (tokens[partnerFirst + 1]!.text === "Việt") return partnerFirst + 2;
  }
  const vietNam = vietNamEndAt(tokens, at);
  const dash = vietNam > at ? vietNam : tokens[at]?.lower === "việt" ? at + 1 : at;
  const partner = tokens[dash + 1];
  if (dash === at || tokens[dash]?.lower !== "-" || partner === undefined || !partner.capital || partner.lineBefore) return at;
  const country = COUNTRY_LEXICON.match(tokens, dash + 1);
  if (country !== null) return country.end;
  return PAIR_PARTNERS.has(partner.lower) ? dash + 2 : at;
};

/** Whether a dash stands within the few tokens after `at` (a partner's name is at most three words). */
const dashWithin = (tokens: readonly Token[], at: number): boolean =>
  tokens[at + 1]?.lower === "-" || tokens[at + 2]?.lower === "-" || tokens[at + 3]?.lower === "-";

/**
 * The state's formal name before `Việt Nam`, with or without `nước` (Hiến pháp 2013, Điều 1:
 * "Nước Cộng hòa xã hội chủ nghĩa Việt Nam"), and its short forms as the press writes them.
 */
export const STATE_NAME_LEXICON = buildLexicon(
  ["Cộng hòa xã hội chủ nghĩa", "Cộng hòa XHCN", "CHXHCN"].flatMap((name) => [[name, true], [`nước ${name}`, true]] as const),
);

/**
 * Just past `Việt Nam` (any case) or `VN` written from token `at`, or `at` when neither is: the
 * country's own name after a body (`Bộ Ngoại giao Việt Nam`) or a party (`Đảng Cộng sản Việt Nam`).
 * The state's formal name may come first (`Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam`,
 * `nước CHXHCN Việt Nam`: {@link STATE_NAME_LEXICON}).
 */
export const vietNamEndAt = (tokens: readonly Token[], at: number): number => {
  const style = tokens[at]?.word === true ? STATE_NAME_LEXICON.match(tokens, at) : null;
  const i = style === null ? at : style.end;
  const end = tokens[i]?.text === "VN" ? i + 1 : tokens[i]?.lower === "việt" && tokens[i + 1]?.lower === "nam" ? i + 2 : at;
  // "Chính phủ Việt Nam Dân chủ Cộng hòa": the state's name from 1945 to 1976 (Hiến pháp 1946 and 1959) goes on after it.
  return end > at ? (DEMOCRATIC_REPUBLIC.match(tokens, end)?.end ?? end) : at;
};

/** The rest of the state's name from 1945 to 1976, after `Việt Nam` (Hiến pháp 1946, 1959: "Việt Nam Dân chủ Cộng hòa"). */
const DEMOCRATIC_REPUBLIC = buildLexicon([["Dân chủ Cộng hòa", true] as const]);

/** Just past the country named at token `at`, Vietnam's own or a foreign one, or `at` when none is. */
const anyCountryEndAt = (tokens: readonly Token[], at: number): number => {
  const own = vietNamEndAt(tokens, at);
  return own > at ? own : (countryAfterBody(tokens, at)?.end ?? at);
};

/**
 * Just past the countries of an envoy's posting written from token `at` (`Việt Nam tại Nhật
 * Bản`, `tại Việt Nam`, or one country alone: `Việt Nam`), or `at` when none is. `tại` with
 * no country after it is not read.
 */
export const postingEndAt = (tokens: readonly Token[], at: number): number => {
  const from = anyCountryEndAt(tokens, at);
  if (tokens[from]?.lower !== "tại" || tokens[from]!.lineBefore) return from;
  const to = anyCountryEndAt(tokens, from + 1);
  return to > from + 1 ? to : from;
};

/**
 * The names of ruling parties before their country, as the press writes them: `Đảng Cộng sản
 * Trung Quốc`, `Đảng Nhân dân Cách mạng Lào` (the Lao People's Revolutionary Party), `Đảng Lao
 * động Triều Tiên` (the Workers' Party of Korea), `Đảng Nhân dân Campuchia`. Longest first.
 */
const PARTY_NAMES: readonly { readonly name: string; readonly first: string; readonly lower: readonly string[] }[] = [
  "Nhân dân Cách mạng",
  "Cộng sản",
  "Lao động",
  "Nhân dân",
].map((name) => ({ name, first: name.split(" ")[0]!, lower: name.toLowerCase().split(" ") }));

/** The party of {@link PARTY_NAMES} named at token `at` (any case after its first word), or null. */
const partyNameAt = (tokens: readonly Token[], at: number): (typeof PARTY_NAMES)[number] | null => {
  for (const party of PARTY_NAMES) {
    if (tokens[at]?.text !== party.first) continue;
    if (party.lower.every((word, k) => tokens[at + k]?.lower === word)) return party;
  }
  return null;
};

/**
 * The ruling party named at token `at` after a body ending in `Đảng` (`Cộng sản Pháp`, `Nhân dân
 * Cách mạng Lào`, or `Đảng Cộng sản Trung Quốc` after a role whose body is the Party's): `country`
 * is the party's name and country (`Nhân dân Cách mạng Lào`), or null for Vietnam's own (`Đảng
 * Cộng sản Việt Nam`, `Đảng CSVN`), and `end` the token after it. Null when no such name is there.
 */
export const communistPartyAt = (tokens: readonly Token[], at: number): { country: string | null; end: number } | null => {
  const i = tokens[at]?.lower === "đảng" ? at + 1 : at;
  // "Tổng Bí thư Đảng CSVN Nông Đức Mạnh": the Party's name written short.
  if (i > at && tokens[i]?.text === "CSVN") return { country: null, end: i + 1 };
  const party = partyNameAt(tokens, i);
  if (party === null) return null;
  const after = i + party.lower.length;
  const ownName = vietNamEndAt(tokens, after);
  if (ownName > after) return { country: null, end: ownName };
  const country = countryAfterBody(tokens, after);
  return country === null ? null : { country: `${party.name} ${country.name}`, end: country.end };
};

