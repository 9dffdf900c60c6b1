import type { OrganizationMention } from "@vnpol/schema";
import { normalizeWithOffsets, type NormalizedText } from "../normalize";
import { anchorFinder, bothAnchorsOver, eitherAnchor } from "./anchor-words";
import { scanNearAnchors } from "./anchored-scan";
import { BODY_HEADS, BODY_PHRASE_WORDS, GENERIC_AFTER, matchBodyPhrase, type BodyPhraseOptions } from "./body-phrase";
import { communistPartyAt, countryAfterBody, vietNamEndAt } from "./countries";
import type { WordList } from "../places/word-list";
import { ROLE_SUFFIXES, ROLES } from "../officials/roles";
import type { Token } from "./tokenize";
import { buildLexicon } from "./lexicon";
import type { BodyRule } from "./bodies";
import { MINISTRY_FIELD_LEXICON, MINISTRY_NAMES } from "./body-rules";
import { TIER_LEXICON } from "./qualifiers";
import { withArticlePlaces } from "./article-places";
import { withListPlaces } from "./list-places";

/**
 * Finds capitalised words that open a body: every mention starts at one. The anchors of
 * {@link findOrganizationsIn}'s scan, which `extract` shares.
 *
 * @internal
 * @example
 * ```ts
 * import { BODY_HEAD_ANCHORS } from "./find-organizations";
 * BODY_HEAD_ANCHORS("Ngày 14-1, Ban Dân vận Tỉnh ủy họp", 0); // 11
 * ```
 */
export const BODY_HEAD_ANCHORS = anchorFinder(BODY_HEADS, true);

/**
 * Titles whose last word is the head of the body they name, written in lower case
 * (`trưởng phòng Cảnh sát giao thông`, `chánh văn phòng Bộ Công an`): a body's name may open
 * there in lower case. Each is a role of `officials/roles.ts`, so that `extract`, which scans
 * near roles and body heads, reads around them too (the tests check it).
 *
 * @internal
 */
export const TITLED_HEADS = buildLexicon(["trưởng phòng", "phó phòng", "trưởng ban", "phó ban", "chánh văn phòng", "chánh thanh tra"].map((phrase) => [phrase, true] as const));
/** The first words of {@link TITLED_HEADS}. */
const TITLE_WORDS_BEFORE_HEAD: ReadonlySet<string> = new Set(TITLED_HEADS.phrases.map((phrase) => phrase[0]!));
const TITLED_HEAD_ANCHORS = anchorFinder([TITLED_HEADS], false);
const bodyHeadsOver = bothAnchorsOver(BODY_HEAD_ANCHORS, TITLED_HEAD_ANCHORS);

/**
 * Finds the bodies of the Party, the State, the Front and the mass organisations named in
 * free text, in text order: the full name with abbreviations expanded, the abbreviation when
 * one was used, the kind of body, its tier, and its parent and place when the text names
 * them. Offsets are into the input as given. A kind of body (`HĐND các cấp`, `Ban Dân vận
 * các huyện`) is not one body and is left out.
 *
 * @example
 * ```ts
 * import { findOrganizations } from "@vnpol/parse";
 * const [m] = findOrganizations("Ngày 14-1, Ban Dân vận Tỉnh ủy tổ chức hội nghị.");
 * m.text;           // "Ban Dân vận Tỉnh ủy"
 * m.classification; // "party-agency"
 * m.level;          // "province"
 * m.parent;         // "Tỉnh ủy"
 * ```
 */
export const findOrganizations = (text: string): OrganizationMention[] => findOrganizationsIn(normalizeWithOffsets(text), text);

/**
 * {@link findOrganizations} over text already normalised, so that a caller running several
 * finders normalises once; `input` is the text `normalized` was made from, which the
 * offsets index. `words`, the {@link WordList} of `normalized.text` when the caller has one
 * (`extract` shares it), lets the search for body heads go word by word.
 *
 * @internal
 * @example
 * ```ts
 * import { normalizeWithOffsets } from "../normalize";
 * import { findOrganizationsIn } from "./find-organizations";
 * const input = "Ngày 14-1, Ban Dân vận Tỉnh ủy tổ chức hội nghị.";
 * findOrganizationsIn(normalizeWithOffsets(input), input)[0]?.name; // "Ban Dân vận Tỉnh ủy"
 * ```
 */
export const findOrganizationsIn = (normalized: NormalizedText, input: string, words?: WordList): OrganizationMention[] => {
  const mentions: OrganizationMention[] = [];
  const nextAnchor = words === undefined ? eitherAnchor(BODY_HEAD_ANCHORS, TITLED_HEAD_ANCHORS) : bodyHeadsOver(words);
  scanNearAnchors(normalized.text, nextAnchor, BODY_PHRASE_WORDS, readOrganizationsAt(normalized, input, mentions));
  return withPlaces(mentions, input);
};

/**
 * The places a text's bodies take from beyond their own words, once all are read: from the last
 * of a list of a locality's bodies (`withListPlaces`), then from the one body of each kind the
 * text names with a place (`withArticlePlaces`). `mentions` are in text order, with offsets
 * into `input`; it returns them, mended in place.
 *
 * @internal
 */
export const withPlaces = (mentions: OrganizationMention[], input: string): OrganizationMention[] => withArticlePlaces(withListPlaces(mentions, input), input);

/** The last words of the roles and of what may follow them (`tịch` of `Chủ tịch`, `trực` of `Thường trực`), lower case. */
const ROLE_LAST_WORDS: ReadonlySet<string> = new Set(
  [...ROLES.flatMap((rule) => [rule.role, ...rule.aliases]), ...ROLE_SUFFIXES.map(([suffix]) => suffix)].map((phrase) => phrase.toLowerCase().split(" ").at(-1)!),
);
const PLACE_AFTER_TIER: BodyPhraseOptions = { placeAfterTier: true };

/**
 * Whose body it is, named after it from token `end`: a country (`Chính phủ Singapore`, `Bộ
 * Ngoại giao Lào`, `Ủy ban Đối ngoại của Hàn Quốc`), or for a party's organ its party
 * (`Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc`), with `country` null when that is
 * Vietnam's own (`… Đảng Cộng sản Việt Nam`, `Chính phủ Việt Nam`, whose words join the mention), or the country of the
 * people named with it (`Chính phủ và nhân dân Campuchia`, whose words do not); null when nothing is named.
 */
const ownerAfterBody = (tokens: readonly Token[], end: number, name: string, level: string | null): { country: string | null; end: number } | null => {
  const party = name.endsWith(" Đảng") ? communistPartyAt(tokens, end) : null;
  if (party !== null) return party;
  // "đại diện Chính phủ Việt Nam, Nhật Bản": a national body of Vietnam's named with the country; its words join the mention.
  const own = level === "central" && tokens[end]?.capital === true ? vietNamEndAt(tokens, end) : end;
  if (own > end && tokens[own]?.lower !== "-") return { country: null, end: own };
  const country = countryAfterBody(tokens, end) ?? (tokens[end]?.lower === "của" ? countryAfterBody(tokens, end + 1) : null);
  if (country !== null) return { country: country.name, end: country.end };
  // "Chính phủ và nhân dân Campuchia": the country of its people is the body's too; the people are not the body's words.
  const people = tokens[end]?.lower === "và" && tokens[end + 1]?.lower === "nhân" && tokens[end + 2]?.lower === "dân" ? countryAfterBody(tokens, end + 3) : null;
  return people === null ? null : { country: people.name, end };
};
const NO_OPTIONS: BodyPhraseOptions = {};

/**
 * Whether the body read from token `start` names a building (`Nhà Quốc hội`, `tòa nhà Quốc hội`,
 * `nhà Quốc hội`): the house, not the body. `nhà` in lower case before another body is often a
 * house of the clause before (`tiền xây nhà Hội Nông dân Việt Nam đang …`).
 */
const namesBuilding = (tokens: readonly Token[], start: number, classification: string): boolean => {
  const before = tokens[start - 1];
  if (before?.lower !== "nhà") return false;
  return before.capital || tokens[start - 2]?.lower === "tòa" || tokens[start - 2]?.lower === "toà" || classification === "legislature";
};

/** Whether a body is local and names no place, so that a plural before it makes it a kind; a numbered unit is one body (`các Sư đoàn 10 và Sư đoàn 320`). */
const isLocalWithoutPlace = (body: { level: string | null; place: string | null; name: string }): boolean =>
  body.place === null && body.level !== "central" && !/\d/u.test(body.name);

/** What joins the kinds of body a plural lists (`các Tỉnh ủy, Hội đồng nhân dân, … và Ủy ban MTTQ`). */
const LIST_GAPS: ReadonlySet<string> = new Set([", ", ",", " và "]);
const MAX_LIST_GAP = 4;

/**
 * Counts before a body a country has one of that make it several countries' (`hai Chính phủ`, `hai QH`); not before a
 * ministry (`3 Bộ NN&PTNT, Kế hoạch-Đầu tư, Tài chính` lists three of one country), and no digits (`Chiều 24-4 BCH T.Ư`).
 */
const COUNTS_BEFORE: ReadonlySet<string> = new Set(["hai", "ba", "bốn"]);
const ONE_PER_COUNTRY: ReadonlySet<string> = new Set(["government", "legislature"]);
/** Words after a national body that make it another country's or several (`QH hai nước`, `Chính phủ nước này`). */
const OTHER_COUNTRIES_AFTER: readonly (readonly [string, string])[] = [
  ["hai", "nước"],
  ["các", "nước"],
  ["hai", "bên"],
  ["nước", "này"],
  ["nước", "đó"],
  ["nước", "bạn"],
];

/**
 * Whether a national body read from token `start` is not Vietnam's one: counted (`hai Chính phủ`), or named
 * with the countries it is of (`Quốc hội hai nước`, `Chính phủ nước này`, the country named before).
 */
const isOfOtherCountries = (tokens: readonly Token[], start: number, body: { level: string | null; end: number; classification: string }): boolean => {
  if (body.level !== "central") return false;
  if (ONE_PER_COUNTRY.has(body.classification) && COUNTS_BEFORE.has(tokens[start - 1]?.lower ?? "") && tokens[start]!.spaceBefore) return true;
  // "Chính phủ và nhân dân hai nước": the countries of the people named with it are the body's too.
  const people = tokens[body.end]?.lower === "và" && tokens[body.end + 1]?.lower === "nhân" && tokens[body.end + 2]?.lower === "dân" ? body.end + 3 : body.end;
  const [first, second] = [tokens[people]?.lower, tokens[people + 1]?.lower];
  return OTHER_COUNTRIES_AFTER.some(([a, b]) => a === first && b === second);
};

/** Words before a body that make it many (`các UBND phường`, `nhiều Sở`). */
const PLURAL_BEFORE: ReadonlySet<string> = new Set(["các", "những", "nhiều", "mọi"]);

/**
 * Whether the body read from token `start`, local and with no place of its own, is a kind of
 * body: after a plural (`Nhiều UBND phường chưa …`, `các Sở GD-ĐT`, `một số Sở`), as `HĐND các
 * cấp` is. A central body is one whatever stands before it (`các Bộ Quốc phòng, Công an, Y tế`
 * lists ministries), so is a numbered unit, and `không những` is "not only".
 */
const isKindOfBody = (tokens: readonly Token[], start: number, body: { level: string | null; place: string | null; name: string }): boolean => {
  if (!isLocalWithoutPlace(body)) return false;
  const before = tokens[start - 1]?.lower ?? "";
  if (before === "số") return tokens[start - 2]?.lower === "một";
  return PLURAL_BEFORE.has(before) && !(before === "những" && tokens[start - 2]?.lower === "không");
};

/**
 * Whether token `at` is the head that opens the last word of a title of {@link TITLED_HEADS}
 * (`phòng` of `trưởng phòng`, `văn` of `chánh văn phòng`), and the body's name is not written
 * again after the title (`trưởng phòng Phòng Tổng hợp`: the body opens at the capital).
 */
const isTitledHeadAt = (tokens: readonly Token[], at: number): boolean => {
  // Most lower-case words in a window follow no title word: one set look-up spares the lexicon.
  const title = at > 0 && TITLE_WORDS_BEFORE_HEAD.has(tokens[at - 1]!.lower) ? TITLED_HEADS.match(tokens, at - 1) : null;
  return title !== null && !(tokens[title.end]?.capital === true && tokens[title.end]!.lower === tokens[at]!.lower);
};

/**
 * The step of the scan of {@link findOrganizationsIn}: reads a body at token `i` of the
 * normalised text, adds it to `mentions`, and returns the token to go on from. Over every
 * token in turn it finds what `findOrganizationsIn` finds over the windows near body heads
 * (the tests check it).
 *
 * @internal
 * @example
 * ```ts
 * import { normalizeWithOffsets } from "../normalize";
 * import { readOrganizationsAt } from "./find-organizations";
 * import { tokenize } from "./tokenize";
 * const input = "Ban Dân vận Tỉnh ủy họp";
 * const mentions: import("@vnpol/schema").OrganizationMention[] = [];
 * readOrganizationsAt(normalizeWithOffsets(input), input, mentions)(tokenize(input), 0); // 5
 * mentions[0]?.name; // "Ban Dân vận Tỉnh ủy"
 * ```
 */
export const readOrganizationsAt = (normalized: NormalizedText, input: string, mentions: OrganizationMention[]) => {
  const source = normalized.text;
  // Where the last kind of body read ends in the text: the bodies listed after it are kinds too (see isListedKind).
  let kindEnd = -1;
  return (tokens: readonly Token[], i: number): number => {
    const token = tokens[i]!;
    // In lower case, a body opens only as the end of its head's title (`trưởng phòng CSGT`: `phòng` at i).
    if (!token.capital && !isTitledHeadAt(tokens, i)) return i + 1;
    // Only after a role may a person follow a body's tier word (`Chủ tịch UBND xã Nguyễn Văn Tiên`); elsewhere
    // a family name after a district's or commune's tier opens its place (`UBND phường Phạm Ngũ Lão`), as places read it.
    const afterRole = i > 0 && ROLE_LAST_WORDS.has(tokens[i - 1]!.lower);
    const body = matchBodyPhrase(tokens, i, source, afterRole ? NO_OPTIONS : PLACE_AFTER_TIER);
    if (body === null) return i + 1;
    // "gửi các Tỉnh ủy, Hội đồng nhân dân, Ủy ban nhân dân, Ủy ban MTTQ và nhân dân các tỉnh": the plural covers the list.
    // (One with a tier is one body: `các Sở và UBND tỉnh` is the province's committee.)
    const listedKind = kindEnd >= 0 && token.start - kindEnd <= MAX_LIST_GAP && body.level === null && isLocalWithoutPlace(body) && LIST_GAPS.has(source.slice(kindEnd, token.start));
    if (body.generic || listedKind || isKindOfBody(tokens, i, body)) {
      kindEnd = tokens[body.end - 1]!.end;
      return body.end;
    }
    if (namesBuilding(tokens, i, body.classification) || isOfOtherCountries(tokens, i, body)) return body.end;
    // "Quyết định số 669/QĐ-UBND": the issuer's code inside a document's symbol is the document's, not a body named in the text.
    if (token.start > 0 && SYMBOL_BEFORE.test(source.slice(Math.max(0, token.start - 20), token.start))) return body.end;
    const owner = ownerAfterBody(tokens, body.end, body.name, body.level);
    const country = owner?.country ?? null;
    const last = owner?.end ?? body.end;
    const start = normalized.toOriginal(token.start);
    const end = normalized.toOriginal(tokens[last - 1]!.end);
    mentions.push({
      start,
      end,
      text: input.slice(start, end),
      name: country === null ? body.name : `${body.name} ${country}`,
      ...(body.abbreviation === null ? {} : { abbreviation: body.abbreviation }),
      classification: body.classification,
      level: country === null ? body.level : null,
      ...(body.parent === null ? {} : { parent: body.parent }),
      ...(body.place === null ? {} : { place: body.place }),
    });
    if (country !== null || !MINISTRY_NAMES.has(body.name)) return last;
    // "Bộ Quốc phòng, Công an, Y tế": ministries listed after one, each by its field, share its head word.
    let k = last;
    for (const field of listedMinistriesAt(tokens, k)) {
      const fieldStart = normalized.toOriginal(tokens[field.from]!.start);
      const fieldEnd = normalized.toOriginal(tokens[field.end - 1]!.end);
      mentions.push({ start: fieldStart, end: fieldEnd, text: input.slice(fieldStart, fieldEnd), name: field.rule.name, classification: field.rule.classification, level: field.rule.level });
      k = field.end;
    }
    return k;
  };
};

/** The most ministries a list names after its first. */
const MAX_LISTED_MINISTRIES = 12;

/**
 * The ministries listed by their fields after a ministry's name that ends at token `at`, each
 * after a comma or `và` and followed by one, by a mark that ends the list, a verb or the line's
 * end (`Bộ Ngoại giao, Quốc phòng, Công an, Y tế, Giao thông vận tải`); a field followed by a
 * tier, a plural or a capital opens another body (`Bộ Công an, Công an các tỉnh`), and ends the
 * list before it.
 */
const listedMinistriesAt = (tokens: readonly Token[], at: number): { from: number; end: number; rule: BodyRule }[] => {
  const listed: { from: number; end: number; rule: BodyRule }[] = [];
  let k = at;
  while (listed.length < MAX_LISTED_MINISTRIES) {
    const joiner = tokens[k];
    if (joiner === undefined || (joiner.text !== "," && joiner.lower !== "và") || tokens[k + 1]?.lineBefore !== false) break;
    const field = MINISTRY_FIELD_LEXICON.match(tokens, k + 1);
    if (field === null) break;
    const after = tokens[field.end];
    // The last may be the subject of a verb (`…, Khoa học và Công nghệ phối hợp`); a tier or a plural after it makes it another body's name.
    const verb = after !== undefined && after.word && !after.capital && TIER_LEXICON.match(tokens, field.end) === null && !GENERIC_AFTER.has(after.lower);
    const closes = after === undefined || after.lineBefore || after.text === "," || after.lower === "và" || LIST_ENDS.has(after.text) || verb;
    if (!closes) break;
    listed.push({ from: k + 1, end: field.end, rule: field.value });
    k = field.end;
  }
  return listed;
};

// The start of a document's symbol up to the issuer's code: a number, `/`, a year and `/` maybe, a kind's code and a dash.
const SYMBOL_BEFORE = /\d\/(?:\d{2,4}\/)?\p{Lu}[\p{Lu}&]{0,7}[-–]$/u;

// Marks that end a list of ministries.
const LIST_ENDS: ReadonlySet<string> = new Set([".", ";", ":", ")", "!", "?"]);
