import type { OrganizationClassification, OrganizationMention } from "@vnpol/schema";
import { LEVEL_AFTER_CAP } from "./body-phrase";
import { endingTier } from "./list-places";
import { PROVINCE_SPELLINGS } from "./province-names";
import { CITY_ABBREVIATIONS } from "./qualifiers";

/**
 * Kinds of body of which the country has one, at the centre (the Party, the National Assembly,
 * the Government, the head of state), or that name no locality's body (`other`): none of them
 * takes a place from elsewhere in the article.
 */
const NOT_LOCAL: ReadonlySet<OrganizationClassification> = new Set(["party", "legislature", "government", "head-of-state", "other"]);

/**
 * Every spelling of a province's name (`./province-names`) and the short forms of a city's
 * (`./qualifiers`: `TP.HCM`), to its name: a paragraph that names another province than the one a
 * bare body would take is about that province too (`Cùng ngày, tại TP Hồ Chí Minh, … UBMTTQ thành
 * phố`), and its bodies stay without a place.
 */
const PROVINCE_OF: ReadonlyMap<string, string> = new Map([...PROVINCE_SPELLINGS, ...CITY_ABBREVIATIONS]);
const PROVINCE_NAMES = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...PROVINCE_OF.keys()]
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|")})(?![\\p{L}\\p{N}])`,
  "gu",
);

/**
 * The provinces each paragraph of `input` names: one pass of {@link PROVINCE_NAMES} over the
 * text, and where each paragraph starts, so that each body asks in constant time (a text of one
 * long paragraph is read once, not once per body).
 */
const provincesByParagraph = (input: string): { readonly starts: readonly number[]; readonly named: ReadonlyMap<number, ReadonlySet<string>> } => {
  const starts = [0];
  for (let i = input.indexOf("\n"); i >= 0; i = input.indexOf("\n", i + 1)) starts.push(i + 1);
  const named = new Map<number, Set<string>>();
  let paragraph = 0;
  for (const m of input.matchAll(PROVINCE_NAMES)) {
    while (paragraph + 1 < starts.length && starts[paragraph + 1]! <= m.index) paragraph++;
    const provinces = named.get(paragraph) ?? new Set<string>();
    provinces.add(PROVINCE_OF.get(m[0])!);
    named.set(paragraph, provinces);
  }
  return { starts, named };
};

/** The paragraph (index into `starts`) that holds offset `at`: the last start at or before it. */
const paragraphOf = (starts: readonly number[], at: number): number => {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
};

/** How many words a placed name may hold between the bare name and its place (`Sở Y tế` + `thành phố` + `Hải Phòng`). */
const MAX_WORDS_BEFORE_PLACE = 2;

const folded = (name: string): string => name.toLowerCase();
const wordCount = (phrase: string): number => phrase.split(" ").length;

/**
 * The names, lower case, that write `name` short without its place `place` (both as the text gives
 * them): the words before the place (`Thành ủy` · `Hà Nội`), before the place and a tier word or two
 * (`Sở Y tế` · `thành phố Hải Phòng`), or before the rest of a place whose tier word ends the short
 * name (`Ủy ban nhân dân thành phố` · `Hồ Chí Minh`); and the name itself, for a body that took its
 * place from a list (`Thành ủy, HĐND, UBND TP Hà Nội`). Not a longer body that opens with the same
 * words (`Đảng ủy` · `Khối Cơ quan và Doanh nghiệp tỉnh Thanh Hóa`).
 */
const shortNamesOf = (name: string, place: string): string[] => {
  const words = folded(name).split(" ");
  const where = folded(place);
  const placeWords = wordCount(where);
  const short = [words.join(" ")];
  for (let split = 1; split < words.length; split++) {
    const rest = words.slice(split).join(" ");
    if (where.endsWith(rest) || (rest.endsWith(where) && words.length - split - placeWords <= MAX_WORDS_BEFORE_PLACE)) short.push(words.slice(0, split).join(" "));
  }
  return short;
};

const TIER_AFTER = /^ (?:ở )?((?:các|mọi|hai|ba) )?cấp(?: (\p{L}+))?/u;

/**
 * Whether a tier follows the body ending at `end` (`… ở cấp xã, thôn`, `… các cấp`, `HĐND ba cấp`): the body is
 * a kind at that tier, not one body. Not `cấp` the verb (`đề nghị UBND tỉnh cấp 100 triệu đồng`).
 */
const isKindAtTier = (input: string, end: number): boolean => {
  const tier = TIER_AFTER.exec(input.slice(end, end + 24));
  return tier !== null && (tier[1] !== undefined || LEVEL_AFTER_CAP.has(tier[2]?.toLowerCase() ?? ""));
};

/** A local body named with its place. */
type Placed = OrganizationMention & { place: string };

const isPlaced = (mention: OrganizationMention): mention is Placed => typeof mention.place === "string";

/** Whether a body's tier is known or written at the end of its name (`LĐLĐ TP`, whose city may be of either tier). */
const namesTier = (mention: OrganizationMention): boolean => mention.level !== null || endingTier(mention.name) !== undefined;

/**
 * Whether `mention` is a local body written without its place (`UBND tỉnh`, `Thành ủy`, `Sở
 * GD-ĐT`). A mass organisation counts only with its tier written (`LĐLĐ TP`, `Thành đoàn`):
 * alone (`Hội Liên hiệp Phụ nữ`, `LĐLĐ`) it is as often the national body, or another country's.
 */
const isBareLocal = (mention: OrganizationMention): boolean =>
  (mention.place === undefined || mention.place === null) &&
  mention.level !== "central" &&
  !NOT_LOCAL.has(mention.classification) &&
  (mention.classification !== "mass-organization" || namesTier(mention));

/** The placed bodies by kind and by each name that writes them short ({@link shortNamesOf}), each body once. */
const byShortName = (placed: readonly Placed[]): Map<string, Placed[]> => {
  const index = new Map<string, Placed[]>();
  for (const body of placed) {
    for (const short of shortNamesOf(body.name, body.place)) {
      const key = `${body.classification}\u0000${short}`;
      const bodies = index.get(key) ?? [];
      if (!bodies.some((other) => other.name === body.name && other.level === body.level && other.place === body.place)) bodies.push(body);
      index.set(key, bodies);
    }
  }
  return index;
};

/** The one body of the index that `bare` names written short, at its level if it has one; null when none or more than one. */
const onlyFitting = (bare: OrganizationMention, index: ReadonlyMap<string, readonly Placed[]>): Placed | null => {
  const fitting = (index.get(`${bare.classification}\u0000${folded(bare.name)}`) ?? []).filter((body) => bare.level === null || body.level === bare.level);
  return fitting.length === 1 ? fitting[0]! : null;
};

/**
 * Gives a local body written without its place (`UBND TP`, `Thành ủy`, `Sở GD-ĐT`) the place
 * and level of the one body of its kind that the same article names with a place (`UBND
 * TP.HCM`, `Thành ủy Hà Nội`, `Sở GD-ĐT Hà Nội`): the press names a body in full once and short
 * after. When the article names none, or more than one (`UBND tỉnh Nghệ An` and `UBND tỉnh Hà
 * Tĩnh`), or when the paragraph names another province, the body stays without a place; nothing
 * comes from outside the article. The name stays
 * as written, as in {@link withListPlaces}; a parent the placed body names in full replaces the
 * same parent written short. `mentions` are one text's, in text order, with offsets into `input`;
 * it returns them, mended in place.
 *
 * @example
 * ```ts
 * import { findOrganizations } from "@vnpol/parse";
 * const [, short] = findOrganizations("UBND TP.HCM vừa họp. Sau đó, UBND TP đã chỉ đạo các quận");
 * short.text;  // "UBND TP"
 * short.place; // "Thành phố Hồ Chí Minh"
 * short.level; // "province"
 * ```
 */
export const withArticlePlaces = (mentions: OrganizationMention[], input: string): OrganizationMention[] => {
  const placed = mentions.filter(isPlaced);
  if (placed.length === 0) return mentions;
  const index = byShortName(placed);
  let paragraphs: ReturnType<typeof provincesByParagraph> | undefined; // read when a province's body first needs it
  /** Whether the paragraph around `at` names a province other than `province`. */
  const namesOtherProvince = (at: number, province: string): boolean => {
    paragraphs ??= provincesByParagraph(input);
    const named = paragraphs.named.get(paragraphOf(paragraphs.starts, at));
    return named !== undefined && (named.size > 1 || !named.has(province));
  };
  mentions.forEach((mention, k) => {
    if (!isBareLocal(mention) || isKindAtTier(input, mention.end)) return;
    const body = onlyFitting(mention, index);
    if (body === null || (body.level === "province" && namesOtherProvince(mention.start, body.place))) return;
    const parent =
      typeof mention.parent === "string" && typeof body.parent === "string" && folded(body.parent).startsWith(`${folded(mention.parent)} `) ? body.parent : mention.parent;
    mentions[k] = { ...mention, level: body.level, place: body.place, ...(parent === undefined ? {} : { parent }) };
  });
  return mentions;
};
