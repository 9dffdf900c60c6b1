import type { OrganizationClassification, Position } from "@vnpol/schema";
import { BODY_PHRASE_WORDS, departmentNamedAfter, matchBodyPhrase, pointingBackEnd, readTierPlace, type BodyPhraseOptions, type TierPlace } from "../organizations/body-phrase";
import { endsBodyName } from "../organizations/name-end-words";
import { communistPartyAt, COUNTRY_LEXICON, countryAfterBody, postingEndAt, STATE_NAME_LEXICON, vietNamEndAt } from "../organizations/countries";
import { buildLexicon } from "../organizations/lexicon";
import { MINISTRY_FIELD_LEXICON } from "../organizations/body-rules";
import { TIER_LEXICON } from "../organizations/qualifiers";
import type { Token } from "../organizations/tokenize";
import { isFamilyNameLower } from "./family-name";
import { INSTITUTION_HEAD_WORDS, institutionAt } from "./institution";
import { matchPersonName } from "./person-name";
import { FORMER_LEXICON, matchRolePhrase, NON_POST_LEXICON, ROLE_PHRASE_WORDS, TRIGGER_LEXICON, type RolePhrase } from "./role-phrase";
import { ROLES } from "./roles";
import { ASIDE_WORDS } from "./context-words";

/** A title read from tokens: its posts, where it ends, and whether it was held before. */
export interface TitlePhrase {
  readonly start: number;
  /** Index just past the last word of the last post. */
  readonly end: number;
  readonly positions: Position[];
  /** The first post is marked `nguyên`/`cố`. */
  readonly former: boolean;
  /** Some post names a foreign country (`Thủ tướng Vương quốc Bỉ`): the name after the title need not be Vietnamese. */
  readonly foreign: boolean;
}

/** Options of {@link matchTitlePhrase}. */
export interface TitlePhraseOptions {
  /**
   * The title follows a name (`A, Bí thư Tỉnh ủy`): a post directly followed by another
   * name belongs to that name (`Thủ tướng Phan Văn Khải, Chủ tịch nước Trần Đức Lương`).
   */
  readonly afterName: boolean;
  /** The token that closes the apposition the title stands in (a dash or a bracket), if any: see `BodyPhraseOptions.closeAt`. */
  readonly closeAt?: number;
}

const MAX_POSITIONS = 8;
const SEPARATORS = buildLexicon([
  [",", true],
  ["-", true],
  ["–", true],
  ["—", true],
  ["kiêm", true],
  // "Thẩm phán Trung cấp; Thẩm phán Tòa hình sự": a post after a semicolon is the same person's when no name comes first.
  [";", true],
  ["và", true],
  ["đồng thời là", true],
  [", kiêm", true],
  [", đồng thời là", true],
]);
const TERM_WORDS = buildLexicon([
  ["khóa", true],
  ["nhiệm kỳ", true],
]);
/**
 * The foreign country that `của` at token `at` names after a title and name (`cố Thủ tướng Lý
 * Quang Diệu của Singapore`), with the token just past it; or null.
 */
export const countryOfAt = (tokens: readonly Token[], at: number): { name: string; end: number } | null =>
  tokens[at]?.lower === "của" ? countryAfterBody(tokens, at + 1) : null;

/** The posts of a title held in `country`: its name after each body (the role's own when none), and no tier in Vietnam's system. */
export const inCountry = (positions: readonly Position[], country: string): Position[] =>
  positions.map((position) => ({ role: position.role, body: position.body === null ? country : `${position.body} ${country}`, level: null }));

const ROMAN_OR_NUMBER = /^(?:[IVXLC]+|\d{1,4}(?:-\d{4})?)$/;
const COMMITTEES = new Set<OrganizationClassification>(["party-committee"]);
const GENERIC_ROLE_AFTER = new Set(["các", "những"]);

/**
 * Every lower-case word a title, or a name and title, may take: the words of every lexicon
 * read, and those of an aside between a name and its title (`ASIDE_WORDS`). A lower-case word
 * outside it ends a title (but for one syllable of an open head); the scan near anchors
 * (`anchored-scan.ts`) relies on that.
 *
 * @internal
 * @example
 * ```ts
 * import { TITLE_PHRASE_WORDS } from "./title-phrase";
 * [TITLE_PHRASE_WORDS.has("kiêm"), TITLE_PHRASE_WORDS.has("mưa")]; // [true, false]
 * ```
 */
export const TITLE_PHRASE_WORDS: ReadonlySet<string> = new Set([
  ...BODY_PHRASE_WORDS,
  ...ASIDE_WORDS,
  ...ROLE_PHRASE_WORDS,
  ...SEPARATORS.words,
  ...TERM_WORDS.words,
  ...COUNTRY_LEXICON.words,
  ...STATE_NAME_LEXICON.words,
  ...INSTITUTION_HEAD_WORDS,
]);

/**
 * Whether a form of address stands at `at` that stops a place name: one in lower case (`tỉnh Hà
 * Tĩnh ông Võ Kim Cự`), of two words or more (`Đồng chí`), or opening a sentence (`Sở Tài chính
 * TP. Bà Hồng nêu`). Capitalised inside a name, `Anh` and `Bà` are its syllables: `UBND tỉnh
 * Nguyễn Anh Tuấn`, `quận Hai Bà Trưng`.
 */
const isAddressStop = (tokens: readonly Token[], at: number): boolean => {
  const address = TRIGGER_LEXICON.match(tokens, at);
  return address !== null && (!tokens[at]!.capital || address.end - at > 1 || tokens[at - 1]?.text === ".");
};

/** A role start stops a place name (`tỉnh Hà Tĩnh, Bí thư…` never runs into the role). */
const stopAtRole: BodyPhraseOptions = {
  stop: (tokens, at) => matchRolePhrase(tokens, at) !== null || isAddressStop(tokens, at),
};

/** {@link stopAtRole} for a title written after its holder's name: no person follows its bodies' tier words. */
const stopAtRoleAfterName: BodyPhraseOptions = { ...stopAtRole, placeAfterTier: true };

interface Post {
  readonly end: number;
  readonly position: Position;
  /** The committee a `Ủy viên Ban Thường vụ` of this post's body sits on. */
  readonly committee: { name: string; level: Position["level"] } | null;
  readonly generic: boolean;
  /** Whether the post names a foreign country (`Thủ tướng Vương quốc Bỉ`). */
  readonly foreign: boolean;
  /** Whether it is a ministry's post (`Bộ trưởng`, `Thứ trưởng`: the role's `bodyByField`). */
  readonly ministerial: boolean;
  /** Whether its body is the one the role names (`Tổng Bí thư` → Ban Chấp hành Trung ương Đảng), not written in the text. */
  readonly impliedBody: boolean;
}

// Tiers whose word alone, with no place after it, says the level of such a head (`Phó chủ
// tịch tỉnh`); after the others a place must follow (`xã viên`, `xã giao` are no commune; `xã
// hội` is no tier word at all, by TIER_LEXICON).
// `thành phố` alone (`Chủ tịch thành phố Lê Thanh Hải`, `Chủ tịch TP`) says no level: a city may be of either tier.
const TIERS_ALONE = new Set(["tỉnh", "huyện", "thành phố"]);

/**
 * The tier and place written right after the role of a head of a local body, with no body
 * word between (`Chủ tịch xã Trung Hải`): where they end and the level the tier gives. Null
 * for other roles, after a foreign-sounding word, or when the tier has no level.
 */
const unitOfHead = (tokens: readonly Token[], role: RolePhrase, source: string, bodyOptions: BodyPhraseOptions, afterName: boolean): TierPlace | null => {
  if (role.rule.bodyByTier !== true || role.bodyAt !== role.end) return null;
  const tier = TIER_LEXICON.match(tokens, role.bodyAt);
  if (tier === null || tier.value.level === null && tier.value.city !== true) return null;
  const unit = readTierPlace(tokens, tier, source, bodyOptions);
  // "Theo Chủ tịch xã Đào Quốc Khởi": three words opening with a family name, and no more, are the head's name; the
  // tier says the post's level. (After a name, `…, Chủ tịch UBND phường Phạm Ngũ Lão`, they are the unit's.)
  if (!afterName && unit.place !== null && unit.level !== null && unit.end - tier.end === 3 && isFamilyNameLower(tokens[tier.end]!.lower) && tokens[unit.end]?.capital !== true) {
    return { end: tier.end, name: tier.value.name, place: null, level: unit.level };
  }
  if (unit.place === null ? !TIERS_ALONE.has(tier.value.name) : unit.level === null) return null;
  return unit;
};

// Offices whose holder is never a minister at once: the President and the Prime Minister hold offices
// of their own (Hiến pháp 2013, Chương VI and VII).
const HEADS_OF_STATE_OFFICES = new Set(["Thủ tướng", "Chủ tịch nước"]);

/** The department named by its name alone right after the role that heads it (`Cục trưởng Thú y`), or null. */
const departmentOfHead = (tokens: readonly Token[], role: RolePhrase, source: string) => {
  if (role.rule.bodyHead === undefined || role.bodyAt !== role.end) return null;
  return departmentNamedAfter(tokens, role.bodyAt, role.rule.bodyHead, source, stopAtRole);
};

/** The ministry named by its field right after a ministerial role (capitalised: `Bộ trưởng Tài chính`), or null. */
const ministryOfField = (tokens: readonly Token[], role: RolePhrase) => {
  if (role.rule.bodyByField !== true || role.bodyAt !== role.end || tokens[role.bodyAt]?.capital !== true) return null;
  return MINISTRY_FIELD_LEXICON.match(tokens, role.bodyAt);
};

// The words of each body a role names itself (`chính phủ` of `Thủ tướng`), lower case, split once at load.
const IMPLIED_BODY_WORDS: ReadonlyMap<string, readonly string[]> = new Map(
  ROLES.flatMap((rule) => (rule.body?.name == null ? [] : [[rule.body.name, rule.body.name.toLowerCase().split(" ")] as const])),
);

/** Whether the role's own words, ending at `end`, end with the body it names (`Thủ tướng Chính phủ` as one alias). */
const namesItsBody = (tokens: readonly Token[], end: number, body: string): boolean => {
  const words = IMPLIED_BODY_WORDS.get(body) ?? [];
  return words.length > 0 && words.every((word, k) => tokens[end - words.length + k]?.lower === word);
};

const matchPost = (tokens: readonly Token[], at: number, source: string, bodyOptions: BodyPhraseOptions, afterName = true): Post | null => {
  const role = matchRolePhrase(tokens, at);
  if (role === null) return null;
  let end = role.end;
  let position: Position;
  let committee: Post["committee"] = null;
  let generic = false;
  let impliedBody = false;
  if (role.body !== undefined) {
    position = { role: role.role, body: role.body.name, level: role.body.level };
    // "Thủ tướng Chính phủ", "Tổng Bí thư Ban Chấp hành Trung ương Đảng": the body written out again.
    const again = matchBodyPhrase(tokens, end, source, bodyOptions);
    if (again !== null && again.name === role.body.name) end = again.end;
    // "Thủ tướng Chính phủ" read as one alias names its body; "Tổng Bí thư" alone only implies it.
    else if (role.body.name !== null) impliedBody = !namesItsBody(tokens, role.end, role.body.name);
  } else {
    const body = matchBodyPhrase(tokens, role.bodyAt, source, bodyOptions);
    const unit = body === null ? unitOfHead(tokens, role, source, bodyOptions, afterName) : null;
    const ministry = body === null && unit === null ? ministryOfField(tokens, role) : null;
    const department = body === null && unit === null && ministry === null ? departmentOfHead(tokens, role, source) : null;
    // "Trần Anh Kiệt, Giám đốc Công ty Xăng dầu Tân Nhật Minh": after a name, a body no table holds, named as written.
    const institution = body === null && unit === null && ministry === null && department === null && afterName ? institutionAt(tokens, role.bodyAt, source, TITLE_PHRASE_WORDS) : null;
    if (department !== null) {
      // "Cục trưởng Thú y", "Vụ phó Pháp chế": the department named without its head word.
      position = { role: role.role, body: department.name, level: department.level };
      end = department.end;
    } else if (ministry !== null) {
      // "Bộ trưởng Quốc phòng", "Thứ trưởng GD-ĐT": the ministry named by its field alone.
      position = { role: role.role, body: ministry.value.name, level: ministry.value.level };
      end = ministry.end;
    } else if (unit !== null) {
      // "Chủ tịch xã Trung Hải", "Phó chủ tịch tỉnh": the tier says the post's level; the body is not written.
      position = { role: role.role, body: null, level: unit.level };
      end = unit.end;
    } else if (institution !== null) {
      position = { role: role.role, body: institution.name, level: null };
      end = institution.end;
    } else if (body === null) {
      if (role.rule.needsBody) return null;
      position = { role: role.role, body: null, level: null };
      // "Trưởng Ban Chỉ đạo": a body that points back to one named before is no body, but its words are the title's.
      end = Math.max(end, pointingBackEnd(tokens, role.bodyAt), role.bodyAt);
      generic = GENERIC_ROLE_AFTER.has(tokens[end]?.lower ?? "");
    } else {
      let name = body.name;
      let level = body.level;
      // "Bí thư Trung ương Đảng" is a member of the Secretariat, not the head of the Central Committee.
      if (role.role === "Bí thư" && name === "Ban Chấp hành Trung ương Đảng") name = "Ban Bí thư";
      if (name === "Ban Chấp hành Trung ương Đảng" || name === "Ban Bí thư") level = "central";
      position = { role: role.role, body: name, level };
      end = body.end;
      generic = body.generic;
      if (COMMITTEES.has(body.classification) && body.parent === null) committee = { name, level };
      else if (body.parent !== null && body.parent !== "Ban Chấp hành Trung ương Đảng") committee = { name: body.parent, level };
    }
  }
  // "người phát ngôn Bộ Ngoại giao Việt Nam Lê Dũng", "Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam Trần Đức
  // Lương": Vietnam's own name after a body or a national office says whose it is.
  if (position.body !== null || position.level === "central") end = vietNamEndAt(tokens, end);
  // "Chủ tịch Quốc hội (QH)": the abbreviation in parentheses goes with the body.
  // Not a newspaper's tag before its lead, glued to the dash after it (`Bí thư Thị ủy La Gi (NLĐ)- Tại kỳ họp`).
  const dash = tokens[end + 3];
  const sourceTag = dash !== undefined && (dash.text === "-" || dash.text === "–") && dash.start === tokens[end + 2]?.end;
  if (tokens[end]?.text === "(" && tokens[end + 1]?.acronym === true && tokens[end + 2]?.text === ")" && !sourceTag) end += 3;
  // "Thủ tướng Hàn Quốc", "Chủ tịch Quốc hội Mông Cổ": a foreign post; the country is part of the body, the tier unknown.
  // So is a post of another country's communist party ("Ủy viên T.Ư Đảng Cộng sản Pháp"); the
  // Party's own name written out goes with its body ("Ủy viên Trung ương Đảng Cộng sản Việt Nam").
  const party = position.body?.endsWith("Đảng") === true ? communistPartyAt(tokens, end) : null;
  if (party !== null && party.country === null) end = party.end;
  const country = party !== null && party.country !== null ? { name: party.country, end: party.end } : countryAfterBody(tokens, end);
  if (role.rule.foreignOnly === true && country === null) return null;
  if (country !== null) {
    position = inCountry([position], country.name)[0]!;
    end = country.end;
    committee = null;
  }
  // "Đại sứ Việt Nam tại Nhật Bản": where an envoy is posted belongs to the mention; the post names no body.
  if (role.rule.posted === true) end = postingEndAt(tokens, end);
  // "Đại biểu Quốc hội khóa XV": the term belongs to the mention, not to the body.
  const term = TERM_WORDS.match(tokens, end);
  if (term !== null && ROMAN_OR_NUMBER.test(tokens[term.end]?.text ?? "")) {
    end = term.end + 1;
    // "nhiệm kỳ 2004-2009", written as three tokens: the last year too.
    if (/^[-–]$/.test(tokens[end]?.text ?? "") && /^\d{4}$/.test(tokens[end + 1]?.text ?? "") && /^\d{4}$/.test(tokens[end - 1]!.text)) end += 2;
  }
  return { end, position, committee, generic, foreign: country !== null, ministerial: role.rule.bodyByField === true, impliedBody };
};

/** The most words of a body no table reads that a chain of posts may step over (see {@link postPastUnreadBody}). */
const MAX_UNREAD_BODY_WORDS = 8;

/**
 * Where the next post starts when the words from `at` are a body's name that no table reads (opening with a
 * capital, no punctuation in it) and a comma then a post that names a body follow; -1 otherwise.
 */
const postPastUnreadBody = (tokens: readonly Token[], at: number, source: string): number => {
  if (tokens[at]?.capital !== true || !tokens[at]!.word) return -1;
  for (let k = at + 1; k <= at + MAX_UNREAD_BODY_WORDS && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.lineBefore) return -1;
    if (t.text !== ",") {
      if (!t.word) return -1;
      continue;
    }
    const post = matchPost(tokens, skipNonPost(tokens, k + 1), source, stopAtRoleAfterName);
    return post !== null && post.position.body !== null ? k + 1 : -1;
  }
  return -1;
};

/** Skips a rank or academic title (`Đại tướng`, `TS.`) and a comma after it. */
const skipNonPost = (tokens: readonly Token[], at: number): number => {
  const hit = NON_POST_LEXICON.match(tokens, at);
  if (hit === null) return at;
  return tokens[hit.end]?.text === "," ? hit.end + 1 : hit.end;
};

// How many lower-case words a body written in lower case may take between a post and a name.
const MAX_LOWER_BODY_WORDS = 6;

/**
 * Whether a few lower-case words from `at` (at least one, on one line, none a word that ends a
 * body's name or a form of address: `và ông`) lead to a full name of three words or more:
 * `kinh tế trung ương Trương Tấn Sang`, not `bệnh viện Bạch Mai`, whose place reads like a
 * two-word name.
 */
const nameAfterLowerWords = (tokens: readonly Token[], at: number): boolean => {
  let k = at;
  while (k - at < MAX_LOWER_BODY_WORDS && tokens[k]?.word === true && !tokens[k]!.capital && !tokens[k]!.lineBefore) {
    if (endsBodyName(tokens[k]!.lower) || TRIGGER_LEXICON.match(tokens, k) !== null) return false;
    k++;
  }
  return k > at && tokens[k]?.lineBefore === false && matchPersonName(tokens, k, { strict: true }) >= k + 3;
};

/**
 * Reads a title from token `at`: posts joined by commas, dashes or `kiêm`, each a role with
 * its body, `nguyên` before the first making it former. A bare `UVTV` takes the committee of
 * the post after it. Null when no post starts there, or when the title names a kind of post
 * (`Trưởng Ban Dân vận các huyện`).
 *
 * @internal
 * @example
 * ```ts
 * import { tokenize } from "../organizations/tokenize";
 * import { matchTitlePhrase } from "./title-phrase";
 * const text = "Phó Bí thư thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh";
 * matchTitlePhrase(tokenize(text), 0, text, { afterName: true })?.positions.length; // 2
 * ```
 */
export const matchTitlePhrase = (tokens: readonly Token[], at: number, source: string, options: TitlePhraseOptions): TitlePhrase | null => {
  const posts: Post[] = [];
  let former = false;
  let i = at;
  let end = at;
  let afterSemicolon = false;
  // Whether the post at each index is joined to the next by `kiêm` (held at once, in one body when only the last names it).
  const concurrent: boolean[] = [];
  while (posts.length < MAX_POSITIONS) {
    let j = skipNonPost(tokens, i);
    const mark = FORMER_LEXICON.match(tokens, j);
    if (mark !== null) {
      // "Bí thư Huyện ủy, nguyên Chủ tịch UBND huyện": a post held before, after current ones, is not stated as current.
      if (posts.length > 0 && !former) break;
      if (posts.length === 0) former = true;
      j = mark.end;
    }
    const bodyOptions = options.afterName ? stopAtRoleAfterName : stopAtRole;
    const post = matchPost(tokens, j, source, options.closeAt === undefined ? bodyOptions : { ...bodyOptions, closeAt: options.closeAt }, options.afterName);
    if (post === null) break;
    // A post followed by a name is that person's ("Tổng bí thư Nông Đức Mạnh, Thủ tướng Vương quốc Bỉ Guy Verhofstadt"):
    // a foreign post before any capitalised name, which need not be Vietnamese.
    if (options.afterName && matchPersonName(tokens, post.end, { strict: !post.foreign }) > 0) break;
    // "Nguyễn Minh Triết, Trưởng ban kinh tế trung ương Trương Tấn Sang": a post whose body runs on in lower case,
    // beyond reading, before a name is that name's too.
    if (options.afterName && post.position.body === null && nameAfterLowerWords(tokens, post.end)) break;
    if (post.generic) return null;
    // After a semicolon only a post that names its body goes on with the chain (`Thẩm phán Trung cấp; Thẩm phán` adds nothing).
    if (afterSemicolon && post.position.body === null) break;
    // "báo cáo với Thủ tướng, Bộ trưởng Y tế Nguyễn Thanh Long": no head of government or state is also a minister.
    if (posts.length > 0 && post.ministerial && HEADS_OF_STATE_OFFICES.has(posts[posts.length - 1]!.position.role)) break;
    posts.push(post);
    end = post.end;
    const separator = SEPARATORS.match(tokens, end);
    if (separator !== null) {
      i = separator.end;
      afterSemicolon = tokens[end]!.text === ";";
      concurrent[posts.length - 1] = tokens[separator.end - 1]!.lower === "kiêm";
      continue;
    }
    // "Phó Hiệu trưởng Đại học Kinh tế quốc dân, Ủy viên UB Tài chính - Ngân sách của Quốc hội": past a body the tables
    // do not read, the next post after a comma is the same person's when it names a body.
    const next = options.afterName && post.position.body === null ? postPastUnreadBody(tokens, end, source) : -1;
    if (next < 0) break;
    i = next;
  }
  if (posts.length === 0) return null;
  // "Ủy viên Bộ Chính trị, Phó Thủ tướng Chính phủ, …, Bộ trưởng Bộ Ngoại giao Lào": one foreign post makes the
  // whole title foreign, and the tier of each post in Vietnam's system unknown. A body that only the role named
  // is Vietnam's, so unknown there too (`Tổng bí thư, Chủ tịch nước CHND Trung Hoa`).
  const foreign = posts.some((post) => post.foreign);
  const positions = posts.map((p) => {
    if (!foreign || p.foreign) return p.position;
    return { ...p.position, body: p.impliedBody ? null : p.position.body, level: null };
  });
  for (let k = 0; k + 1 < posts.length; k++) {
    const p = positions[k]!;
    const next = posts[k + 1]!.committee;
    if (p.role.endsWith("Ủy viên Ban Thường vụ") && p.body === null && next !== null) positions[k] = { ...p, body: next.name, level: next.level };
  }
  // "Phó Chủ tịch Thường trực kiêm Tổng Thư ký Liên hiệp các tổ chức hữu nghị Việt Nam": posts held at once, whose body
  // only the last names, are of that body. Not a Party secretary's (`Bí thư kiêm Chủ tịch UBND xã`: the Party's committee
  // and the people's committee are two bodies).
  for (let k = posts.length - 2; k >= 0; k--) {
    const p = positions[k]!;
    const next = positions[k + 1]!;
    if (concurrent[k] === true && p.body === null && p.level === null && next.body !== null && !p.role.includes("Bí thư")) {
      positions[k] = { ...p, body: next.body, level: next.level };
    }
  }
  return { start: at, end, positions, former, foreign };
};
