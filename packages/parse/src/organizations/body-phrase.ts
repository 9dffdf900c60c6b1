import type { Level, OrganizationClassification } from "@vnpol/schema";
import { isAddressedFamilyNameAt, isFamilyNameLower } from "../officials/family-name";
import { NOT_A_COMMUNE_AFTER } from "../places/place-context-words";
import { TRIGGERS } from "../officials/forms-of-address";
import { CITY_ONLY_NAMES } from "../places/city-names";
import { ONE_WORD_CITIES } from "../places/one-word-cities";
import { isVietnameseSyllable } from "../places/vietnamese-syllable";
import type { BodyRule } from "./bodies";
import { BODY_LEXICON } from "./body-rules";
import { countryAfterBody, countryPairEndAt } from "./countries";
import { buildLexicon, type Lexicon } from "./lexicon";
import { PROVINCE_NAME_LEXICON } from "./province-names";
import { CENTRAL_CITY_LEXICON, CENTRAL_FORMS, CENTRAL_LEXICON, CITY_ABBREVIATION_LEXICON, TIER_LEXICON } from "./qualifiers";
import { AFTER_NAME, JOINING_WORDS, KINDS_AFTER_PLURAL, NOT_SYLLABLES, OTHER_BODY_HEADS, VERBS_AFTER_NAME, VERBS_LIKE_HEADS } from "./name-end-words";
import { SENTENCE_OPENERS } from "./sentence-openers";
import { STEERING_TASK_WORDS } from "./steering-tasks";
import { ABBREVIATED_TIER_WORDS, TIER_WORDS, type TierWord } from "./tiers";
import type { Token } from "./tokenize";

/** A body named in text, read from tokens: full name, kind, tier, parent and place. */
export interface BodyPhrase {
  /** Index of the first token. */
  readonly start: number;
  /** Index just past the last token. */
  readonly end: number;
  readonly name: string;
  readonly abbreviation: string | null;
  readonly classification: OrganizationClassification;
  readonly level: Level | null;
  readonly parent: string | null;
  readonly place: string | null;
  /** Followed by `các`/`những` (`Ban Dân vận các huyện`): a kind of body, not one body. */
  readonly generic: boolean;
}

/** Options of {@link matchBodyPhrase}. */
export interface BodyPhraseOptions {
  /** A token where a place name must stop (a role word, a trigger): checked for each word. */
  readonly stop?: (tokens: readonly Token[], at: number) => boolean;
  /**
   * The body is in a title written after its holder's name, so a family name right after a
   * district's or commune's tier word opens the place's name (`Lê Quốc Cường, Chủ tịch UBND
   * phường Phạm Ngũ Lão`), not the next person's. After the tiers whose places are seldom named
   * for people (`tỉnh`, `TP`, `quận`) it still opens the next person's (`A, Chủ tịch UBND TP
   * Nguyễn Quốc Triệu`).
   */
  readonly placeAfterTier?: boolean;
  /**
   * The token that closes the apposition the body stands in: the second dash of `Ông A - phó
   * giám đốc Ban quản lý dự án … quận Tân Phú - cho biết`, or the closing bracket. A name the
   * table does not list that runs on in lower case right up to it is whole, not cut.
   */
  readonly closeAt?: number;
}

// Heads of bodies the table does not list, named by the capitalised words after them (Cục Thuế).
// Ban, Ủy ban and Hội need two words, so that places (Hội An) are not taken for bodies.
interface OpenHead {
  readonly classification: OrganizationClassification;
  readonly level: Level | null;
  readonly minWords?: number;
  /** First words after the head that make it no body: `hội` is also a festival (`Hội Báo Xuân`, the spring press fair; `Hội Xuân`, `Hội Làng`). */
  readonly notBefore?: ReadonlySet<string>;
  /** Read only as the body of its head's title (`Viện trưởng Viện Chăn nuôi`), or alone when its name ends in `Trung ương` or `Quốc gia`: alone, most other such names are not of the political system. */
  readonly afterTitleOnly?: boolean;
}
const OPEN_HEAD_RULES: readonly (readonly [string, OpenHead])[] = [
  ["Ban", { classification: "other", level: null, minWords: 2 }],
  ["Ủy ban", { classification: "other", level: null, minWords: 2 }],
  // Từ điển tiếng Việt, "hội" (2): a festival; `hội báo`, a press fair.
  ["Hội", { classification: "other", level: null, minWords: 2, notBefore: new Set(["báo", "xuân", "làng", "chùa", "đền"]) }],
  ["Bộ", { classification: "state-agency", level: "central" }],
  ["Tổng cục", { classification: "state-agency", level: "central" }],
  ["Cục", { classification: "state-agency", level: null }],
  ["Vụ", { classification: "state-agency", level: "central" }],
  ["Sở", { classification: "state-agency", level: "province" }],
  ["Chi cục", { classification: "state-agency", level: null }],
  // The research institutes of the State's academies and ministries (Luật Khoa học và Công nghệ 2013: tổ chức khoa học và
  // công nghệ công lập), as the body of their head (`Viện trưởng Viện Chăn nuôi`); alone, `Viện` names foreign and private
  // institutes as often (`Viện Y khoa Garvan`), unless national (`Viện Vệ sinh Dịch tễ Trung ương`). `Viện Kiểm sát` is
  // the procuracy of the table.
  ["Viện", { classification: "other", level: null, minWords: 2, afterTitleOnly: true, notBefore: new Set(["kiểm"]) }],
  // The divisions of a district's people's committee (Nghị định 37/2014/NĐ-CP: Phòng Nội vụ, Phòng Y tế…), of a
  // department or of the police (Phòng Cảnh sát giao thông). Từ điển tiếng Việt, "phòng": also a room or a clinic.
  ["Phòng", { classification: "state-agency", level: null, notBefore: new Set(["khám", "họp", "chờ", "trưng", "tranh", "thí", "ngủ", "vé", "trà", "karaoke", "hát", "tập", "mạch", "tuyến", "chống", "ngừa", "thủ", "bệnh", "cháy"]) }],
  // Border posts and checkpoints (Luật Biên phòng Việt Nam 2020: đồn biên phòng, trạm kiểm soát biên phòng), as the body of
  // their head (`Đồn trưởng Đồn Biên phòng Cửa khẩu quốc tế Hà Tiên`, `Trạm trưởng Trạm Kiểm soát Biên phòng Sa Kỳ`).
  ["Đồn", { classification: "armed-forces", level: null, afterTitleOnly: true }],
  ["Trạm", { classification: "armed-forces", level: null, afterTitleOnly: true }],
  // The port authorities of airports and seaports (Luật Hàng không dân dụng Việt Nam 2006; Bộ luật Hàng hải 2015).
  ["Cảng vụ", { classification: "state-agency", level: null }],
  // The commands of the army's military regions, corps and forces (Luật Quốc phòng 2018): not a ministry, as `Bộ` alone is.
  ["Bộ Tư lệnh", { classification: "armed-forces", level: null }],
  ["Đảng đoàn", { classification: "party-agency", level: null }],
  ["Ban cán sự Đảng", { classification: "party-agency", level: null }],
  ["Ban cán sự đảng", { classification: "party-agency", level: null }],
];
const OPEN_HEADS = buildLexicon(OPEN_HEAD_RULES);
/**
 * Open names that alone name no body, but the executive or the leaders of one named elsewhere,
 * or a steering committee named before by its task (`Tại phiên họp, Ban Chỉ đạo đã thống nhất`), or
 * the standing committee of one (`công văn gửi Ủy ban Thường vụ`, the National Assembly's named before).
 */
const GENERIC_OPEN_NAMES: ReadonlySet<string> = new Set(["ban chấp hành", "ban lãnh đạo", "ban chỉ đạo", "ủy ban thường vụ"]);
const GENERIC_OPEN_WORDS: readonly (readonly string[])[] = [...GENERIC_OPEN_NAMES].map((name) => name.split(" "));

/**
 * Past one of the open names that alone name no body (`Ban Chỉ đạo`, see {@link GENERIC_OPEN_NAMES})
 * written at token `at` and ending there (no capitalised word goes on with it), or `at`: a title
 * such as `Trưởng Ban Chỉ đạo` takes those words, with no body.
 */
export const pointingBackEnd = (tokens: readonly Token[], at: number): number => {
  for (const words of GENERIC_OPEN_WORDS) {
    if (!words.every((word, k) => tokens[at + k]?.lower === word && (k === 0 || tokens[at + k]!.spaceBefore))) continue;
    const end = at + words.length;
    return isCapitalWord(tokens[end]) && tokens[end]!.spaceBefore ? at : end;
  }
  return at;
};

/** Words after a body that make it a kind of body (`HĐND các cấp`, `UBND cấp huyện`), not one. */
export const GENERIC_AFTER: ReadonlySet<string> = new Set(["các", "những", "cấp"]);
/**
 * The first words of the levels `cấp` names after a body (`cấp tỉnh`, `cấp cơ sở`, `cấp trung
 * ương`, `cấp dưới`, `cấp bầu cử`, `cấp có thẩm quyền`, `cấp thẩm quyền`); before any other word `cấp` is the verb
 * "grant" (`Bộ Tài chính cấp phép`).
 */
export const LEVEL_AFTER_CAP: ReadonlySet<string> = new Set(["tỉnh", "thành", "huyện", "quận", "thị", "xã", "phường", "đặc", "cơ", "trung", "bộ", "dưới", "trên", "bầu", "thẩm", "có"]);
/**
 * Whether a tier word with no place after it stands at token `at` (`huyện` of `UBND quận, huyện`),
 * not one that names a unit (`và huyện Thăng Bình`) or opens a committee (`, Tỉnh ủy`).
 */
const isBareTierAt = (tokens: readonly Token[], at: number): boolean => {
  const tier = TIER_LEXICON.match(tokens, at);
  if (tier === null || TIER_SUFFIXES_OF_COMMITTEES.has(tokens[tier.end]?.lower ?? "")) return false;
  const next = tokens[tier.end];
  return next === undefined || next.lineBefore || !(/^\d/.test(next.text) || isCapitalWord(next));
};

/** What joins tier words into a kind of body (`UBND quận, huyện`, `tỉnh/thành phố`, `huyện và xã`, `quận - huyện`). */
const TIER_JOINERS: ReadonlySet<string> = new Set([",", "/", "và", "-", "–"]);

// Places whose names begin with an open head (the words a body's name opens with): never a body.
// Sources: Hội An, a city of Quảng Nam, and Vụ Bản, a district of Nam Định (Luật Tổ chức chính
// quyền địa phương 2015 era units); Ban Mê Thuột (Ban Mê for short), the former name of Buôn Ma
// Thuột; Tây Ban Nha, Spain (Ban Nha is its end).
const PLACES_WITH_HEAD_WORDS = buildLexicon([["Hội An", true], ["Vụ Bản", true], ["Ban Mê", true], ["Ban Nha", true]]);
// The head of a steering committee, and `quốc gia` (national) that may qualify one (see steeringCommitteeAt).
const STEERING_HEAD = buildLexicon([["Ban Chỉ đạo", true]]);
const NATIONAL = buildLexicon([["quốc gia", true]]);
// Numbered or named units of the army (Quân khu 7, Quân khu Thủ đô, Quân đoàn 4, Quân chủng Hải quân).
const UNIT_HEADS = buildLexicon([
  ["Quân khu", true],
  ["Quân đoàn", true],
  ["Sư đoàn", true],
  ["Quân chủng", true],
  ["Binh chủng", true],
]);
const TIER_SUFFIXES_OF_COMMITTEES = new Set(["ủy", "đoàn"]);
const PARENT_CLASSES = new Set<OrganizationClassification>(["party-committee", "peoples-council", "peoples-committee", "front", "mass-organization"]);
// Bodies that may belong to a parent of another class as well: a ministry or a department has an office of its
// own (`Văn phòng Bộ Ngoại giao`, `Văn phòng Sở Y tế`: Nghị định 123/2016/NĐ-CP, Điều 9, and Nghị định
// 24/2014/NĐ-CP, Điều 5).
// An inspectorate belongs to a ministry or a department as well (`Thanh tra Bộ Tư pháp`, `Thanh tra Sở Xây dựng`:
// Luật Thanh tra 2010).
// A division belongs to the body it divides (`Phòng Cảnh sát PCCC Công an tỉnh Tây Ninh`, `Phòng Hộ tịch Sở Tư pháp`),
// found by its head word (`Phòng`), since its name is open.
const STATE_PARENTS: ReadonlySet<OrganizationClassification> = new Set(["state-agency"]);
// The Party's organs inside a State body, the Front or a mass organisation (Điều lệ Đảng 2011, Điều 41–43: đảng đoàn,
// ban cán sự đảng) belong to that body: `Ban cán sự đảng Bộ Tư pháp`, `Đảng đoàn Quốc hội`.
const PARTY_ORGAN_PARENTS: ReadonlySet<OrganizationClassification> = new Set(["state-agency", "government", "legislature", "peoples-committee", "judiciary", "front", "mass-organization"]);
// An office may serve a Party organ as well (`Văn phòng Đảng đoàn Quốc hội`).
const OFFICE_PARENTS: ReadonlySet<OrganizationClassification> = new Set(["state-agency", "party-agency"]);
const OTHER_PARENT_CLASSES: ReadonlyMap<string, ReadonlySet<OrganizationClassification>> = new Map([
  ["Văn phòng", OFFICE_PARENTS],
  ["Thanh tra", STATE_PARENTS],
  ["Ban cán sự đảng", PARTY_ORGAN_PARENTS],
  ["Ban cán sự Đảng", PARTY_ORGAN_PARENTS],
  ["Đảng đoàn", PARTY_ORGAN_PARENTS],
]);
const DIVISION_HEAD = "Phòng ";

/** The classes of parent other than {@link PARENT_CLASSES} that the body named `name` may belong to: by its name, or as a division. */
const otherParentClassesOf = (name: string): ReadonlySet<OrganizationClassification> | undefined =>
  OTHER_PARENT_CLASSES.get(name) ?? (name.startsWith(DIVISION_HEAD) ? STATE_PARENTS : undefined);
// The office of a body is of its parent's side (Quy định 04-QĐi/TW, 2018: Văn phòng Tỉnh ủy, a Party agency;
// Nghị định 123/2016/NĐ-CP and 24/2014/NĐ-CP: the office of a ministry, a department or a people's committee, a State one).
const OFFICE = "Văn phòng";
const OFFICE_SIDE_OF_PARENT: ReadonlyMap<OrganizationClassification, OrganizationClassification> = new Map([
  ["party-committee", "party-agency"],
  ["peoples-committee", "state-agency"],
  ["peoples-council", "state-agency"],
  ["state-agency", "state-agency"],
  ["party-agency", "party-agency"],
]);
const CHILD_CLASSES = new Set<OrganizationClassification>(["party-agency", "other", "armed-forces", "party-committee"]);
const MAX_PLACE_WORDS = 7;
const MAX_OPEN_WORDS = 5;

const isWord = (t: Token | undefined): t is Token => t !== undefined && t.word;
const isCapitalWord = (t: Token | undefined): t is Token => isWord(t) && t.capital;
const isLowerWord = (t: Token | undefined): t is Token => isWord(t) && t.text[0] !== t.text[0]!.toUpperCase();

/**
 * Every word a body phrase may take that is not capitalised: the words of its lexicons. A
 * lower-case word outside it ends a body (but for one syllable of an open head).
 *
 * @internal
 * @example
 * ```ts
 * import { BODY_PHRASE_WORDS } from "./body-phrase";
 * [BODY_PHRASE_WORDS.has("nhân"), BODY_PHRASE_WORDS.has("mưa")]; // [true, false]
 * ```
 */
export const BODY_PHRASE_WORDS: ReadonlySet<string> = new Set([
  ...[BODY_LEXICON, PROVINCE_NAME_LEXICON, CENTRAL_LEXICON, TIER_LEXICON, CENTRAL_CITY_LEXICON, CITY_ABBREVIATION_LEXICON, OPEN_HEADS, UNIT_HEADS, NATIONAL].flatMap(
    (lexicon) => [...lexicon.words],
  ),
  ...STEERING_TASK_WORDS,
]);

/** The lexicons one of which matches where a body phrase starts: known bodies, army units, open heads. */
export const BODY_HEADS: readonly Lexicon<unknown>[] = [BODY_LEXICON, UNIT_HEADS, OPEN_HEADS];

/**
 * The bodies whose own Party committee or cell a committee of any unit may be (`Đảng ủy Bộ Công
 * an`, `Đảng ủy Công an tỉnh`, `Chi bộ Sở Tư pháp`): every kind but a Party committee and the head of state.
 */
const UNIT_OF_COMMITTEE_CLASSES = new Set<OrganizationClassification>([
  "party-agency", "legislature", "peoples-council", "government", "peoples-committee", "state-agency", "judiciary", "front", "mass-organization", "armed-forces",
]);

/** Whether this body may be followed by a parent body (`Ban Dân vận` + `Tỉnh ủy`). */
const takesParent = (name: string, classification: OrganizationClassification): boolean =>
  name.startsWith("Ban ") || otherParentClassesOf(name) !== undefined || name === "Ủy ban Kiểm tra" || CHILD_CLASSES.has(classification);

/** Past `(TN-MT)` at token `at`: an acronym in brackets, its parts joined by marks with no space; or `at` when none is there. */
const bracketedAcronymEnd = (tokens: readonly Token[], at: number): number => {
  if (tokens[at]?.text !== "(" || tokens[at + 1]?.acronym !== true) return at;
  for (let i = at + 2; i < at + 8; i++) {
    const t = tokens[i];
    if (t === undefined || t.spaceBefore) return at;
    if (t.text === ")") return i + 1;
    if (t.word && !t.acronym) return at;
  }
  return at;
};

/** The index past `Việt Nam` or `VN` written at token `at` on the same line, or -1. */
const vietNamEnd = (tokens: readonly Token[], at: number): number => {
  const t = tokens[at];
  if (t === undefined || t.lineBefore) return -1;
  if (t.text === "VN") return at + 1;
  return t.text === "Việt" && tokens[at + 1]?.text === "Nam" ? at + 2 : -1;
};

/** Whether a tier word, a city written short or a province's name starts at token `at`: what qualifies a local body. */
const startsQualifier = (tokens: readonly Token[], at: number): boolean =>
  TIER_LEXICON.match(tokens, at) !== null || CITY_ABBREVIATION_LEXICON.match(tokens, at) !== null || provinceAt(tokens, at) !== null;

/** The province's name that starts at token `at` when no capitalised word follows it on its line (a longer name would go on), or null. */
const provinceEndingRunAt = (tokens: readonly Token[], at: number) => {
  const province = provinceAt(tokens, at);
  if (province === null) return null;
  const next = tokens[province.end];
  return next === undefined || next.lineBefore || !isCapitalWord(next) ? province : null;
};

/** The province or central city whose name (from the table) starts at token `at` on the same line, or null. */
const provinceAt = (tokens: readonly Token[], at: number) =>
  tokens[at]?.lineBefore === true ? null : (PROVINCE_NAME_LEXICON.match(tokens, at) ?? CENTRAL_CITY_LEXICON.match(tokens, at));

/**
 * The capitalised words of a place name from `at` (with ` - ` inside, as in `Bà Rịa - Vũng
 * Tàu`), cut before a person's name that follows (`tỉnh Hà Tĩnh Võ Kim Cự`): a family name
 * at word 2 (or later) starting two or more words ends the place. `minPlace` is 0 when the
 * place may be absent (the whole run is then a name only if it has three or more words).
 * Returns the index just past the place (`at` when there is none).
 *
 * @internal
 * @example
 * ```ts
 * import { placeRun } from "./body-phrase";
 * import { tokenize } from "./tokenize";
 * placeRun(tokenize("tỉnh Hà Tĩnh Võ Kim Cự"), 1, 1, {}); // 3: "Hà Tĩnh", then the name
 * ```
 */
// The most frequent family names (over 90% of the Kinh population): only these open a name
// written right after a tier word (`UBND xã Nguyễn Văn Tiên`), since so many places start with
// a rarer family name (`xã Sơn Thành Tây`, `phường An Phú Đông`); any family name does after
// the tiers marked `anyFamilyOpensName` (`UBND tỉnh Vương Quốc Tuấn`).
const COMMON_FAMILY_NAMES = new Set(["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"]);

export const placeRun = (tokens: readonly Token[], at: number, minPlace: number, options: BodyPhraseOptions, afterTier: TierWord | null = null): number => {
  const province = provinceAt(tokens, at);
  // "xã Vĩnh Phú Đông", "phường Hà Nam Đông": below the province, a commune's or district's name may run on past
  // a province's (a word that is no family name follows); it is then read as any other place.
  const lowTier = afterTier !== null && afterTier.city !== true && (afterTier.level === "commune" || afterTier.level === "district");
  if (province !== null && !(lowTier && runsOnPastProvinceAt(tokens, province.end, options)))
    return afterTier?.city === true && cityRunsOnAt(tokens, province.end, options) ? province.end + 1 : province.end;
  let end = at;
  const words: number[] = [];
  while (words.length < MAX_PLACE_WORDS) {
    const t = tokens[end];
    if (isCapitalWord(t) && !t.lineBefore && !(options.stop?.(tokens, end) ?? false) && BODY_LEXICON.match(tokens, end) === null) {
      words.push(end);
      end++;
      continue;
    }
    // "Bà Rịa - Vũng Tàu": a dash between capitalised words stays inside the name.
    if (t !== undefined && (t.text === "-" || t.text === "–") && words.length > 0 && isCapitalWord(tokens[end + 1])) {
      end++;
      continue;
    }
    break;
  }
  if (words.length === 0) return at;
  const n = words.length;
  const candidates: number[] = [];
  for (let k = minPlace; k < n; k++) {
    const rest = n - k;
    // A two-word name needs a place of two words before it (`Gò Công Đông` is one place).
    const word = tokens[words[k]!]!.text;
    if (k === 0 && afterTier !== null && afterTier.anyFamilyOpensName !== true && (options.placeAfterTier === true || !COMMON_FAMILY_NAMES.has(word))) continue;
    if (isFamilyNameLower(tokens[words[k]!]!.lower) && (rest >= 3 || (rest === 2 && k >= 2))) candidates.push(k);
  }
  if (candidates.length === 0) return words[n - 1]! + 1;
  // A place of two words first (`quận Tây Hồ Chử Ngọc Tuất`, `xã Nghĩa An Trần Tấn`); else a common family name opens the
  // person before a rarer one inside the place (`xã Vĩnh Phú Đông Nguyễn Văn An`, where `Phú` is a family name too).
  const common = candidates.find((c) => n - c >= 3 && COMMON_FAMILY_NAMES.has(tokens[words[c]!]!.text));
  const k = candidates.includes(2) ? 2 : (common ?? candidates[0]!);
  return k === 0 ? at : words[k - 1]! + 1;
};

/**
 * Whether one more word at `end` goes on with a city's name past a province's (`thành phố Điện
 * Biên Phủ`): a lone word of {@link runsOnPastProvinceAt}, with no capitalised word after it.
 */
const cityRunsOnAt = (tokens: readonly Token[], end: number, options: BodyPhraseOptions): boolean =>
  runsOnPastProvinceAt(tokens, end, options) && !isCapitalWord(tokens[end + 1]);

/** Whether a capitalised word on the same line goes on past a province's name at `end`: no family name (that starts a person), no body and no stop. */
const runsOnPastProvinceAt = (tokens: readonly Token[], end: number, options: BodyPhraseOptions): boolean => {
  const t = tokens[end];
  return isCapitalWord(t) && !t.lineBefore && t.spaceBefore && !isFamilyNameLower(t.lower) && !(options.stop?.(tokens, end) ?? false) && BODY_LEXICON.match(tokens, end) === null;
};

const textOf = (tokens: readonly Token[], from: number, to: number, source: string): string =>
  from >= to ? "" : source.slice(tokens[from]!.start, tokens[to - 1]!.end);

// Acronyms of places inside a body's written name (`Mặt trận tổ quốc VN`, `ĐHQG TP.HCM`): not the body's abbreviation.
const PLACE_ACRONYMS: ReadonlySet<string> = new Set(["VN", "TP", "TPHCM", "TP.HCM", "HCM", "TX", "HN"]);
// Acronyms of international bodies inside a body's written name (`Ủy ban Quốc gia UNESCO`, `Ban Thư ký APEC`,
// `Ban Thư ký Quốc gia ASEAN`): the name of the body it serves, not its own abbreviation. By their own names.
// A word written short inside a body's name (`ĐH Quốc gia Hà Nội`: `Đại học`), not the body's abbreviation.
const WORD_ACRONYMS: ReadonlySet<string> = new Set(["ĐH", "CĐ"]);
const OTHER_BODY_ACRONYMS: ReadonlySet<string> = new Set(["ASEAN", "APEC", "ASEM", "AFTA", "UNESCO", "UNICEF", "UNDP", "UN", "LHQ", "WTO", "WHO", "FAO", "ILO", "IMF", "ADB", "WB", "EU"]);
// `Trung ương` written short is part of an abbreviation beside another acronym (`BCH T.Ư`), not alone (`Ban Tổ chức T.Ư`).
const CENTRAL_ACRONYMS: ReadonlySet<string> = new Set(CENTRAL_FORMS);

/**
 * The acronyms in a body's written name, as written: acronyms joined by marks with no space
 * between, or by `&` (`GD & ĐT` is `GD&ĐT`), stay one (`LĐ-TB&XH`, `TN-MT`); acronyms apart are
 * joined by a space. `Trung ương`
 * written short (`TW`, `T.Ư`) is none when it opens the name (`T.Ư Hội LHPN`; `BCH TƯ` keeps it).
 */
const acronymsOf = (tokens: readonly Token[], from: number, to: number, source: string): string | null => {
  const parts: string[] = [];
  let last = -1; // index of the last acronym taken
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (!t.acronym || PLACE_ACRONYMS.has(t.text) || OTHER_BODY_ACRONYMS.has(t.text) || WORD_ACRONYMS.has(t.text)) continue;
    // "TN- MT", "NN- PTNT": a mark written tight after an acronym joins it to the next, a space after the mark or not.
    const marked = last >= 0 && i > last + 1 && !tokens[last + 1]!.word && !tokens[last + 1]!.spaceBefore;
    let glued = last >= 0 && (!t.spaceBefore || marked);
    for (let k = last + 1; glued && k < i; k++) glued = !tokens[k]!.word && !tokens[k]!.spaceBefore;
    // "GD & ĐT": an ampersand joins two acronyms, spaces around it or not (written tight, `GD&ĐT`, as the same body is elsewhere).
    if (last >= 0 && i === last + 2 && tokens[last + 1]!.text === "&") glued = true;
    if (glued) parts[parts.length - 1] += source.slice(tokens[last]!.end, t.end).replace(/\s+/gu, "");
    else parts.push(t.text);
    last = i;
  }
  // "BAN CHẤP HÀNH TRUNG ƯƠNG": a name written in capitals, as a headline is, has no acronym; its words are syllables.
  if (parts.length > 1 && parts.every((part) => isVietnameseSyllable(part))) return null;
  // "T.Ư Hội LHPN": `Trung ương` written short before the name is the central committee's, not the body's acronym.
  if (parts.length > 1 && tokens[from]!.acronym && CENTRAL_ACRONYMS.has(parts[0]!)) parts.shift();
  return parts.length === 0 || parts.every((part) => CENTRAL_ACRONYMS.has(part)) ? null : parts.join(" ");
};

interface Head {
  end: number;
  name: string;
  classification: OrganizationClassification;
  level: Level | null;
  scope: BodyRule["scope"];
  needsQualifier: boolean;
  /** {@link BodyRule.placeFromTableOnly}. */
  placeFromTableOnly: boolean;
  /** {@link BodyRule.unitsByTier}. */
  unitsByTier?: boolean;
  /** {@link BodyRule.seated}. */
  seated?: boolean;
  /** {@link BodyRule.foreignOnly}. */
  foreignOnly?: boolean;
  /** The place a name that closes itself (a steering committee's, a bloc's) ends with: `tỉnh Hà Nam` gives `Hà Nam`. */
  place?: string | null;
}

/** Whether an acronym and a number follow a head at `at` (`Vụ PMU 18`): a case (vụ án), not a department. */
const isCaseAt = (tokens: readonly Token[], at: number): boolean => tokens[at]?.acronym === true && /^\d+$/.test(tokens[at + 1]?.text ?? "");

/**
 * Whether `Ban Thường trực` at `at` ends a role rather than naming a body: `Phó Trưởng ban
 * Thường trực Ban Tuyên giáo` is the standing deputy head of that Ban, and `Phó ban thường trực
 * Ban chỉ đạo` the same; the body is the one after it.
 */
const isStandingRoleAt = (tokens: readonly Token[], at: number): boolean =>
  tokens[at + 1]?.lower === "thường" && tokens[at + 2]?.lower === "trực" && (tokens[at - 1]?.lower === "trưởng" || tokens[at - 1]?.lower === "phó");

const matchHead = (tokens: readonly Token[], at: number, source: string, options: BodyPhraseOptions): Head | null => {
  // A body's name is capitalised (`Ban Tổ chức`); `ban tổ chức Festival` is an organising committee.
  // After a role the first word may be lower case when the next is not (`trưởng ban Dân vận`).
  const lowerCase = !tokens[at]?.capital && !isCapitalWord(tokens[at + 1]);
  const known = BODY_LEXICON.match(tokens, at);
  // Lower-case, only a committee or a national body is unmistakable (`bí thư thành ủy`), or the body a
  // `chánh` heads (`Chánh văn phòng Bộ Công an`, `chánh thanh tra Bộ Xây dựng`: the office, the inspectorate).
  if (lowerCase && (known === null || (known.value.scope === "local" && tokens[at - 1]?.lower !== "chánh"))) return null;
  // "Đảng ủy Khối cơ quan Dân vận Trung ương": a bloc's Party committee, named up to what closes its name.
  const bloc = known !== null && known.value.name === "Đảng ủy" ? blocCommitteeAt(tokens, known.end, source, options) : null;
  if (bloc !== null) return { ...bloc, classification: "party-committee", scope: "national", needsQualifier: false, placeFromTableOnly: false };
  if (known !== null) {
    const r = known.value;
    const inLowerCase = tokens[at + 1] !== undefined && !tokens[at + 1]!.capital;
    const needsQualifier = (r.needsQualifier ?? false) || (inLowerCase && (r.needsQualifierInLowerCase ?? false));
    return { end: known.end, name: r.name, classification: r.classification, level: r.level, scope: r.scope, needsQualifier, placeFromTableOnly: r.placeFromTableOnly ?? false, unitsByTier: r.unitsByTier ?? false, seated: r.seated ?? false, foreignOnly: r.foreignOnly ?? false };
  }
  const unit = tokens[at]!.capital ? UNIT_HEADS.match(tokens, at) : null;
  if (unit !== null) {
    // The unit's number (Quân khu 7) or its capitalised name with a dash inside (Quân khu Sài Gòn - Gia Định).
    const numbered = /^\d{1,3}$/.test(tokens[unit.end]?.text ?? "");
    const end = numbered ? unit.end + 1 : placeRun(tokens, unit.end, 0, options);
    if (end > unit.end) return { end, name: textOf(tokens, at, end, source), classification: "armed-forces", level: null, scope: "national", needsQualifier: false, placeFromTableOnly: false };
  }
  // "Trưởng ban Chỉ đạo Quốc gia phòng chống dịch Covid-19": after a role, `ban` may be written in lower case.
  const steering = tokens[at]!.lower === "ban" && (tokens[at]!.capital || tokens[at + 1]?.capital === true) ? steeringCommitteeAt(tokens, at, source, options) : null;
  if (steering !== null) return { ...steering, classification: "other", scope: "national", needsQualifier: false, placeFromTableOnly: false };
  const open = OPEN_HEADS.match(tokens, at);
  if (open === null || !(tokens[at]!.capital || isHeadOfTitleAt(tokens, at)) || PLACES_WITH_HEAD_WORDS.match(tokens, at) !== null || isStandingRoleAt(tokens, at) || isCaseAt(tokens, open.end)) return null;
  if (open.value.notBefore?.has(tokens[open.end]?.lower ?? "") === true) return null;
  // "Cục trưởng Cục Thú y Trần Đáng": after the head's own title (`Cục trưởng`, `Cục phó`) a person's name may follow the body's.
  const afterOwnTitle = (tokens[at - 1]?.lower === "trưởng" || tokens[at - 1]?.lower === "phó") && tokens[at - 2]?.lower === tokens[at]!.lower;
  const run = joinedRun(tokens, openNameRun(tokens, open.end, options, afterOwnTitle), options);
  // A province after the name counts towards its length (`Hội DNT Cần Thơ`), since it qualifies the body.
  const qualifiedBy = provinceEndingRunAt(tokens, run.end) === null ? 0 : 1;
  const short = run.words === 0 || run.syllables + qualifiedBy < (open.value.minWords ?? 1);
  if (short && run.words > 0) return null;
  // "Hội Bảo trợ người tàn tật", "Ban Quản lý dự án": a name that runs on in lower case was cut, and is not given
  // (a tier or `Trung ương` after it qualifies the body instead).
  let end = short ? -1 : run.end;
  if (!short && !run.closed && !endsCleanly(tokens, run.end) && !isOpenNameQualifierAt(tokens, run.end) && !isNextClauseAt(tokens, run.end)) {
    end = lowerTailBeforeName(tokens, at, open.end, run.end);
  }
  // "Ban quản lý dự án … quận Tân Phú -": in an apposition that closes, a name cut in lower case runs on up to its end.
  const closed = end < 0 && isClosedTail(tokens, run.end, options.closeAt);
  if (end < 0 && !closed) return null;
  if (closed) end = options.closeAt!;
  // "Viện Vệ sinh Dịch tễ Trung ương": alone, an institute of the State names itself national.
  // So does one named for the country (`Viện Khoa học và Công nghệ Việt Nam`, the Academy), unless a brand's acronym
  // is in its name (`Viện Ngôn ngữ ILA Việt Nam`, a company's school).
  const forTheCountry = namesTheCountryAt(tokens, end) && !tokens.slice(at + 1, end - 2).some((t) => t.acronym);
  if (open.value.afterTitleOnly === true && tokens[at - 1]?.lower !== "trưởng" && !namesItselfNationalAt(tokens, end) && !forTheCountry) return null;
  const level = closed ? closedTailLevel(tokens, open.value.level, end) : namesItselfNationalAt(tokens, end) ? "central" : open.value.level;
  const written = textOf(tokens, at, end, source);
  // "trưởng phòng Y tế huyện": the body's name is written with its head capitalised.
  const name = written.charAt(0).toUpperCase() + written.slice(1);
  // "Ban Tài chính Quản trị Trung ương": a board named central is one of the Party's central boards (Quy định 04-QĐi/TW).
  const partyBoard = level === "central" && name.startsWith("Ban ") && namesItselfNationalAt(tokens, end) && tokens[end - 1]!.lower === "ương";
  return { end, name, classification: partyBoard ? "party-agency" : open.value.classification, level, scope: "local", needsQualifier: false, placeFromTableOnly: false };
};

type OpenRun = ReturnType<typeof openNameRun>;

/**
 * An open name that `và` joins to a second field in capitals (`Tổng cục Địa chất và Khoáng sản Việt
 * Nam`): the two runs as one, when the second is no body (`và Sở Y tế` is another body), no
 * person (`và Nguyễn Văn An`), and the country's name closes it; else the first run as it was.
 */
const joinedRun = (tokens: readonly Token[], run: OpenRun, options: BodyPhraseOptions): OpenRun => {
  const and = tokens[run.end];
  if (run.closed || run.words === 0 || (and?.lower !== "và" && and?.text !== "&") || and.lineBefore || !isCapitalWord(tokens[run.end + 1]) || isNextClauseAt(tokens, run.end)) return run;
  const at = run.end + 1;
  if (isFamilyNameLower(tokens[at]!.lower) && isCapitalWord(tokens[at + 1]) && isCapitalWord(tokens[at + 2])) return run;
  const second = openNameRun(tokens, at, options);
  if (second.words === 0) return run;
  // Only a name the country's name closes is surely one (`… Khoáng sản Việt Nam`): elsewhere `và` as often joins
  // two bodies (`Phòng Cảnh sát Hình sự và Tổ chức Rồng Xanh`) or places (`Hội Đông và Tân Hương`).
  return second.closed && namesTheCountryAt(tokens, second.end) ? { end: second.end, words: run.words + second.words, syllables: run.syllables + second.syllables, closed: true } : run;
};

/** Whether a body's name ends at token `end` with `Trung ương` or `Quốc gia` (`Viện Vệ sinh Dịch tễ Trung ương`). */
const namesItselfNationalAt = (tokens: readonly Token[], end: number): boolean => {
  const last = `${tokens[end - 2]?.lower ?? ""} ${tokens[end - 1]?.lower ?? ""}`;
  return last === "trung ương" || last === "quốc gia";
};

/**
 * Whether the head word at token `at` is written in lower case as the end of its head's title
 * (`trưởng phòng Cảnh sát giao thông`, `phó ban Thi đua`): the title names the body after it.
 */
const isHeadOfTitleAt = (tokens: readonly Token[], at: number): boolean => {
  const before = tokens[at - 1]?.lower;
  return (before === "trưởng" || before === "phó") && !tokens[at]!.lineBefore;
};

/**
 * Whether a body's name ends at token `end` with the country's name (`Hội Nhà báo Việt Nam`,
 * `Cục Đăng kiểm VN`): a body named for the whole country is a national one, at the central level.
 */
const namesTheCountryAt = (tokens: readonly Token[], end: number): boolean => {
  const own = tokens[end - 1]?.text === "VN" ? end - 1 : tokens[end - 1]?.lower === "nam" && tokens[end - 2]?.lower === "việt" ? end - 2 : -1;
  // "Hội Hữu nghị Pháp - Việt Nam": the second of a pair of countries names a friendship, not the country's body.
  // "Cộng hòa miền Nam Việt Nam": a part of the country names no body of it.
  return own > 0 && tokens[own - 1]?.lower !== "-" && tokens[own - 2]?.lower !== "miền";
};

/** Lower-case words a name cut by {@link openNameRun} may still take before its head's name (see {@link lowerTailBeforeName}). */
const MAX_LOWER_TAIL = 4;

/**
 * Where the name of a body that runs on in lower case ends, when its head's own title (or its
 * deputy's) stands before it and a person's name after it (`Cục trưởng Cục An ninh kinh tế Nguyễn Đức Hiệt`,
 * `Cục phó Cục Vệ sinh an toàn thực phẩm Trần Đáng`,
 * `Vụ trưởng Vụ Giáo dục trung học Lê Quán Tần`, or with its ministry in brackets before the
 * name): the person's name closes it. Up to
 * {@link MAX_LOWER_TAIL} lower-case syllables, none a word that ends a name or a verb; the
 * name after them opens with a family name and has two capitalised words at least. -1 when
 * any of that is missing. The head spans tokens [at, headEnd); its name was read to `end`.
 */
const lowerTailBeforeName = (tokens: readonly Token[], at: number, headEnd: number, end: number): number => {
  const size = headEnd - at;
  if ((tokens[at - 1]?.lower !== "trưởng" && tokens[at - 1]?.lower !== "phó") || at - 1 - size < 0) return -1;
  for (let i = 0; i < size; i++) if (tokens[at - 1 - size + i]!.lower !== tokens[at + i]!.lower) return -1;
  let k = end;
  while (k < end + MAX_LOWER_TAIL && isLowerWord(tokens[k]) && !tokens[k]!.lineBefore) {
    const lower = tokens[k]!.lower;
    if (NOT_SYLLABLES.has(lower) || GENERIC_AFTER.has(lower) || VERBS_AFTER_NAME.match(tokens, k) !== null || TIER_LEXICON.match(tokens, k) !== null) return -1;
    k++;
  }
  if (k === end) return -1;
  // "Vụ Giáo dục trung học (Bộ GD-ĐT) Lê Quán Tần": the ministry in brackets may stand before the name.
  let n = k;
  if (tokens[n]?.text === "(") {
    const close = closingBracketAt(tokens, n + 1);
    if (close < 0) return -1;
    n = close + 1;
  }
  const first = tokens[n];
  if (!isCapitalWord(first) || first.lineBefore || !isFamilyNameLower(first.lower) || !isCapitalWord(tokens[n + 1])) return -1;
  // A name of two words opens with a common family name (`… thực phẩm Trần Đáng`); `… cửa khẩu quốc tế Hà Tiên` ends with a place.
  return isCapitalWord(tokens[n + 2]) || COMMON_FAMILY_NAMES.has(first.text) ? k : -1;
};

/** The most words a name in lower case may run on by, up to the end of the apposition it stands in. */
const MAX_CLOSED_TAIL = 14;

/**
 * Whether the words from `from` run on, in lower case at first, right up to `closeAt`, the end
 * of an apposition (see {@link BodyPhraseOptions.closeAt}): a few words on one line, none a verb
 * that follows a name (`cho biết`), nor a word that no name takes.
 */
const isClosedTail = (tokens: readonly Token[], from: number, closeAt: number | undefined): boolean => {
  if (closeAt === undefined || closeAt <= from || closeAt - from > MAX_CLOSED_TAIL || !isLowerWord(tokens[from])) return false;
  for (let k = from; k < closeAt; k++) {
    const t = tokens[k]!;
    if (!t.word || t.lineBefore || NOT_SYLLABLES.has(t.lower) || VERBS_AFTER_NAME.match(tokens, k) !== null) return false;
  }
  return true;
};

/** The level of a body whose name ran on up to `closeAt`: a province's when the name ends with one (`Hội đồng bầu cử Hà Nội`), else its head's. */
const closedTailLevel = (tokens: readonly Token[], headLevel: Level | null, closeAt: number): Level | null => {
  if (headLevel !== null) return headLevel;
  for (let k = Math.max(0, closeAt - 4); k < closeAt; k++) if (provinceAt(tokens, k)?.end === closeAt && !isCapitalWord(tokens[k - 1])) return "province";
  return null;
};

/** Tokens a bracket may hold before it closes (see {@link closingBracketAt}). */
const MAX_BRACKETED = 8;

/** The closing bracket within {@link MAX_BRACKETED} tokens from `at` on the same line, or -1. */
const closingBracketAt = (tokens: readonly Token[], at: number): number => {
  for (let k = at; k < at + MAX_BRACKETED && k < tokens.length && !tokens[k]!.lineBefore; k++) if (tokens[k]!.text === ")") return k;
  return -1;
};

/**
 * Whether a body the table names starts at token `at` of an open name of `words` words so far,
 * which then ends before it. An inspectorate's name opening the run (`Ban Thanh tra`, the
 * inspection board) is the board's own name: `Thanh tra` alone needs a parent or tier to be a body;
 * so is a foreign chamber with no country after it.
 */
const isBodyInOpenName = (tokens: readonly Token[], at: number, words: number): boolean => {
  const body = BODY_LEXICON.match(tokens, at);
  // "Phòng Chính trị Sư đoàn 304": a unit of the army ends the name of its division.
  if (body === null) return words > 0 && UNIT_HEADS.match(tokens, at) !== null;
  if (words === 0 && NAMES_OF_OPEN_HEADS.has(body.value.name)) return false;
  // "Ủy ban Khoa học Hạ viện": a chamber with no country after it is part of the name.
  return body.value.foreignOnly !== true || countryAfterBody(tokens, body.end) !== null;
};
// Bodies of the table whose name an open head may take as its own: `Ban Thanh tra` (an inspection board).
const NAMES_OF_OPEN_HEADS: ReadonlySet<string> = new Set(["Thanh tra"]);

/**
 * The name of a body the table does not list, from token `at` just after its head word (`Cục`
 * + `Thuế`, `Ban` + `Chỉ đạo`): capitalised words, each of which may carry one lower-case
 * syllable. It ends before a tier word, a known body, a country, the next person's name, a
 * joining word or a verb, and right after `Việt Nam`, a pair of countries (`Việt – Lào`) or a
 * place after `tại`. Returns where it ends, how many words and syllables it took, and whether it
 * was closed by one of those last three (then nothing after it can belong to it).
 */
const openNameRun = (tokens: readonly Token[], at: number, options: BodyPhraseOptions, afterOwnTitle = false): { end: number; words: number; syllables: number; closed: boolean } => {
  let end = at;
  let words = 0;
  let syllables = 0;
  let closed = false;
  while (words < MAX_OPEN_WORDS) {
    const t = tokens[end];
    if (!isCapitalWord(t) || t.lineBefore || (options.stop?.(tokens, end) ?? false) || TIER_LEXICON.match(tokens, end) !== null || isBodyInOpenName(tokens, end, words)) break;
    // "Hội Nhà báo TPHCM": the city written short qualifies the body, as `TP` does; it is not part of the name.
    // So does a tier written short: "Phòng Giáo dục Q.Phú Nhuận".
    if (words > 0 && (CITY_ABBREVIATION_LEXICON.match(tokens, end) !== null || abbreviatedTierAt(tokens, end) !== null)) break;
    // "Hội Khuyến học Phú Thọ", "Hội Liên hiệp Văn học Nghệ thuật Hà Nội": a province's name that ends the run qualifies the body too.
    if (words > 0 && provinceEndingRunAt(tokens, end) !== null) break;
    // "Hội Hữu nghị Việt – Lào TPHCM", "Hội Hữu nghị Pháp - Việt": a pair of countries is one name, and ends it as `Việt Nam` does.
    const pair = words > 0 ? countryPairEndAt(tokens, end) : end;
    // "Bộ Giáo dục Singapore": the country after the name says whose body it is; it is not part of the name.
    if (pair === end && words > 0 && countryAfterBody(tokens, end) !== null) break;
    // "Bộ Văn hóa Trần Chiến Thắng": a family name opening three capitalised words is the next person; after the head's
    // own title, two are enough when the family name is a common one (`Cục trưởng Cục Thú y Trần Đáng`, `Vụ trưởng Vụ
    // Pháp chế Lê Hùng`; `Trạm Kiểm soát Biên phòng Sa Kỳ` is a place).
    if (words > 0 && isFamilyNameLower(t.lower) && isCapitalWord(tokens[end + 1]) && (isCapitalWord(tokens[end + 2]) || (afterOwnTitle && COMMON_FAMILY_NAMES.has(t.text)))) break;
    if (pair > end) {
      words++;
      syllables += pair - end;
      end = pair;
      closed = true;
      break;
    }
    end++;
    words++;
    syllables++;
    // "Phòng Quản lý HS-SV": capitals joined by a tight hyphen are one word of the name.
    if (isTightHyphenAt(tokens, end)) {
      end++;
      continue;
    }
    const next = tokens[end];
    // "Hội Sinh viên Việt Nam tại Pháp": a place after "tại" ends the name.
    if (next?.lower === "tại" && isCapitalWord(tokens[end + 1])) {
      const place = placeRun(tokens, end + 1, 1, options);
      if (place > end + 1) {
        end = place;
        closed = true;
        break;
      }
    }
    // "Cục Hàng không Việt Nam đưa ra", "Chủ tịch Hội Nhà báo Việt Nam Hồng Vinh": `Việt Nam`
    // (or `VN`) ends a name; no syllable or word follows it.
    if (namesTheCountryAt(tokens, end)) {
      closed = true;
      break;
    }
    // "Ban Công nghiệp R thành lập": a letter that is no syllable (`R`) takes none (`Y tế` does).
    if (
      !t.acronym &&
      (t.text.length > 1 || isVietnameseSyllable(t.text)) &&
      isLowerWord(next) &&
      !GENERIC_AFTER.has(next.lower) &&
      !NOT_SYLLABLES.has(next.lower) &&
      VERBS_AFTER_NAME.match(tokens, end) === null &&
      TIER_LEXICON.match(tokens, end) === null
    ) {
      end++;
      syllables++;
      // "Cục Hợp tác xã và …", "Thông tấn xã": `xã` after `hợp tác` is the cooperative's, no commune.
      if (tokens[end]?.lower === "xã" && NOT_A_COMMUNE_AFTER.has(`${t.lower} ${next.lower}`)) {
        end++;
        syllables++;
      }
    }
  }
  return { end, words, syllables, closed };
};

/** Whether token `at` is a hyphen written tight between two capitalised words (`HS-SV`). */
const isTightHyphenAt = (tokens: readonly Token[], at: number): boolean => {
  const dash = tokens[at];
  const after = tokens[at + 1];
  return dash?.text === "-" && !dash.spaceBefore && isCapitalWord(after) && !after.spaceBefore;
};

// The open heads by name, for a title that leaves its department's head word out (`Cục
// trưởng Thú y` for the head of Cục Thú y): the department has that head's level.
const OPEN_HEADS_BY_NAME: ReadonlyMap<string, OpenHead> = new Map(OPEN_HEAD_RULES);

/**
 * Whether a name read up to token `end` surely ends there: what follows is no word, a
 * capitalised word (the person), or a word that follows a name rather than goes on with it
 * (`cho biết`, `của Bộ`). A name that runs on in lower case (`Vụ trưởng Giáo dục chuyên
 * nghiệp`) or joins another field (`Khoa học và công nghệ`) was cut: it is not given at all.
 */
const endsCleanly = (tokens: readonly Token[], end: number): boolean => {
  const next = tokens[end];
  if (!isLowerWord(next)) return true;
  return NOT_SYLLABLES.has(next.lower) && !JOINING_WORDS.has(next.lower);
};

const HEADS_AFTER_AND: readonly Lexicon<unknown>[] = [...BODY_HEADS, OTHER_BODY_HEADS];


/**
 * Whether what stands at token `at` starts something after a body's name: a word of
 * {@link AFTER_NAME}, a verb of {@link VERBS_AFTER_NAME}, or `và`/`hoặc` before another body (`Chi cục Thú y Long An và Trung tâm`)
 * or `các` (`Tổng cục Du lịch và các đơn vị`). `Cục Khảo thí và Kiểm định` goes on.
 */
const isNextClauseAt = (tokens: readonly Token[], at: number): boolean => {
  const next = tokens[at];
  if (next === undefined) return true;
  if (AFTER_NAME.has(next.lower) || VERBS_AFTER_NAME.match(tokens, at) !== null) return true;
  if (!JOINING_WORDS.has(next.lower)) return false;
  // "Cục Đê điều và phòng chống lụt bão": in lower case, `phòng` is a verb, not a division's head.
  if (tokens[at + 1]?.capital === false && VERBS_LIKE_HEADS.has(tokens[at + 1]!.lower)) return false;
  return GENERIC_AFTER.has(tokens[at + 1]?.lower ?? "") || HEADS_AFTER_AND.some((heads) => heads.match(tokens, at + 1) !== null);
};

/** Whether a tier word (`tỉnh`, `huyện`), `Trung ương` or `các cấp` stands at token `at`: what may follow a body's name in lower case. */
const isQualifierAt = (tokens: readonly Token[], at: number): boolean =>
  TIER_LEXICON.match(tokens, at) !== null || CENTRAL_LEXICON.match(tokens, at) !== null || GENERIC_AFTER.has(tokens[at]?.lower ?? "");

/**
 * {@link isQualifierAt} after the name of a body no table lists: `các` or `những` qualify it only
 * before a tier or one of {@link KINDS_AFTER_PLURAL}; before anything else they go on with its
 * name (`Ban Quản lý các dự án tái định cư`), which was cut.
 */
const isOpenNameQualifierAt = (tokens: readonly Token[], at: number): boolean => {
  if (!isQualifierAt(tokens, at)) return false;
  const word = tokens[at]!.lower;
  if (word !== "các" && word !== "những") return true;
  return TIER_LEXICON.match(tokens, at + 1) !== null || KINDS_AFTER_PLURAL.has(tokens[at + 1]?.lower ?? "");
};

/**
 * The department whose head word `head` a title left out (`Cục trưởng Thú y Bùi Quang Anh`):
 * its name read from token `at` as an unlisted body's name is, and the head put back (`Cục Thú
 * y`). Null when no such name stands there, or when a person's name does (`Cục trưởng Bùi
 * Quang Anh`).
 *
 * @internal
 * @example
 * ```ts
 * import { departmentNamedAfter } from "./body-phrase";
 * import { tokenize } from "./tokenize";
 * const text = "Cục trưởng Thú y Bùi Quang Anh";
 * departmentNamedAfter(tokenize(text), 2, "Cục", text)?.name; // "Cục Thú y"
 * ```
 */
export const departmentNamedAfter = (tokens: readonly Token[], at: number, head: string, source: string, options: BodyPhraseOptions = {}): { end: number; name: string; level: Level | null } | null => {
  const level = OPEN_HEADS_BY_NAME.get(head)?.level;
  const first = tokens[at];
  // "Vụ trưởng Vụ các tổ chức": the head word written after all, with a name in lower case that an unlisted body's name cannot take.
  if (level === undefined || !isCapitalWord(first) || first.acronym || OPEN_HEADS.match(tokens, at) !== null) return null;
  if (isFamilyNameLower(first.lower) && isCapitalWord(tokens[at + 1])) return null;
  const run = openNameRun(tokens, at, options);
  // "Chi cục trưởng Kiểm lâm Quảng Nam": the province after the name is the department's.
  const province = provinceEndingRunAt(tokens, run.end);
  const end = province?.end ?? run.end;
  if (run.words === 0 || !endsCleanly(tokens, end)) return null;
  return { end, name: `${head} ${textOf(tokens, at, end, source)}`, level: province === null ? level : (level ?? "province") };
};

// A form of address and a family name after `TP.` (`… HĐND TP. Bà Hồng cho biết`) open a new sentence about a person.
const FORMS_OF_ADDRESS: ReadonlySet<string> = new Set(TRIGGERS);

/** A tier word and the place named after it (`huyện Bắc Mê`, `TP. Hồ Chí Minh`, `tỉnh`), read by {@link readTierPlace}. */
export interface TierPlace {
  /** Index just past the place, or past the tier word when no place follows. */
  readonly end: number;
  /** The tier word written out and the place: `thành phố Hồ Chí Minh`. */
  readonly name: string;
  readonly place: string | null;
  /** The tier's level; for a city, province when the table names it a central city, district for another, null with no name. */
  readonly level: Level | null;
}

const ABBREVIATED_TIERS: ReadonlyMap<string, TierWord> = new Map(
  ABBREVIATED_TIER_WORDS.map(([letter, word]) => [letter, TIER_WORDS.find(([written]) => written === word)![1]] as const),
);
const NUMBERED_ABBREVIATED_TIERS: ReadonlySet<TierWord> = new Set(
  ABBREVIATED_TIER_WORDS.filter(([, , numbered]) => numbered).map(([letter]) => ABBREVIATED_TIERS.get(letter)!),
);

/**
 * The unit named by an abbreviated tier word at token `at` (`Q.1`, `Q.Bình Thạnh`, `Q. Tân Bình`,
 * `P.25`, `H.Củ Chi`), or null: a number (quận and phường only), or a name of two capitalised
 * words or more (`Q.Anh` is a person's initial), cut before a family name that opens the next person.
 */
const abbreviatedTierPlace = (tokens: readonly Token[], at: number, source: string, options: BodyPhraseOptions): TierPlace | null => {
  const tier = abbreviatedTierAt(tokens, at);
  if (tier === null) return null;
  const t = tokens[at]!;
  const glued = /^.\.\d{1,2}$/.test(t.text);
  const numbered = NUMBERED_ABBREVIATED_TIERS.has(tier);
  if (glued && !numbered) return null;
  const number = !numbered ? null : glued ? t.text.slice(2) : /^\d{1,2}$/.test(tokens[at + 2]?.text ?? "") ? tokens[at + 2]!.text : null;
  if (number !== null) return { end: glued ? at + 1 : at + 3, name: `${tier.name} ${number}`, place: number, level: tier.level };
  // The name's words, read as after the tier word written out; one word alone is a person's initial (`Q.Anh`).
  const nameAt = at + 2;
  const end = placeRun(tokens, nameAt, 1, options, tier);
  if (end - nameAt < 2) return null;
  const place = textOf(tokens, nameAt, end, source);
  return { end, name: `${tier.name} ${place}`, place, level: tier.level };
};

/**
 * The tier written short at token `at` (`Q.10` as one token; `Q. 1`, `Q.Bình Thạnh`, `P. 25` as a
 * letter and a tight dot before the number or name), or null.
 */
const abbreviatedTierAt = (tokens: readonly Token[], at: number): TierWord | null => {
  const t = tokens[at];
  if (!isWord(t) || t.lineBefore) return null;
  const tier = ABBREVIATED_TIERS.get(t.text[0]!);
  if (tier === undefined) return null;
  const glued = /^.\.\d{1,2}$/.test(t.text);
  return glued || (t.text.length === 1 && tokens[at + 1]?.text === "." && !tokens[at + 1]!.spaceBefore) ? tier : null;
};

// The names of the tiers that take only names from a table (`huyện đảo`: the island districts), as lexicons.
const TIER_NAME_LEXICONS: ReadonlyMap<TierWord, Lexicon<true>> = new Map(
  TIER_WORDS.flatMap(([, tier]) => (tier.names === undefined ? [] : [[tier, buildLexicon(tier.names.map((name) => [name, true] as const))] as const])),
);

/**
 * Reads the place after the tier word `tier` matched in `tokens`: the capitalised words of
 * its name ({@link placeRun}), or none.
 */
export const readTierPlace = (tokens: readonly Token[], tier: { end: number; value: TierWord }, source: string, options: BodyPhraseOptions): TierPlace => {
  // "TP. Hồ Chí Minh", "TP.Hà Nội": the dot of the abbreviation, when a place follows it; "UBND TP. Theo đó": a sentence's full stop.
  // After `thành phố` written out, a dot is always a full stop ("UBND thành phố. Tuy nhiên").
  const dotted =
    tier.value.city === true &&
    tokens[tier.end - 1]?.acronym === true &&
    tokens[tier.end]?.text === "." &&
    !tokens[tier.end]!.spaceBefore &&
    isCapitalWord(tokens[tier.end + 1]) &&
    !tokens[tier.end + 1]!.lineBefore &&
    !SENTENCE_OPENERS.has(tokens[tier.end + 1]!.text) &&
    !isAddressedFamilyNameAt(tokens, tier.end + 1, FORMS_OF_ADDRESS);
  const placeAt = dotted ? tier.end + 1 : tier.end;
  const listed = TIER_NAME_LEXICONS.get(tier.value);
  let placeEnd = listed === undefined ? placeRun(tokens, placeAt, 0, options, tier.value) : (listed.match(tokens, placeAt)?.end ?? placeAt);
  if (placeEnd === placeAt) return { end: tier.end, name: tier.value.name, place: null, level: tier.value.level };
  // "Bộ chỉ huy quân sự TP. Phấn khởi …": after the dot and a space, one word that names no city the tables know
  // opens the next sentence (`TP. Vũng Tàu`, `TP. Huế` are cities).
  if (dotted && tokens[placeAt]!.spaceBefore && placeEnd === placeAt + 1 && !ONE_WORD_CITIES.has(tokens[placeAt]!.text) && PROVINCE_NAME_LEXICON.match(tokens, placeAt) === null) {
    return { end: tier.end, name: tier.value.name, place: null, level: tier.value.level };
  }
  // "phường Mỹ Đình 2": a ward or commune split in two keeps a number, as places read it.
  const after = tokens[placeEnd];
  if (tier.value.level === "commune" && after !== undefined && after.spaceBefore && !after.lineBefore && /^\d{1,2}$/.test(after.text)) placeEnd++;
  const place = textOf(tokens, placeAt, placeEnd, source);
  const cityName = CENTRAL_CITY_LEXICON.match(tokens, placeAt);
  const level = tier.value.level ?? (tier.value.city !== true ? null : cityName !== null && cityName.end === placeEnd ? "province" : "district");
  return { end: placeEnd, name: `${tier.value.name} ${place}`, place, level };
};

// A steering committee (ban chỉ đạo) is named by its task in lower case (`Ban Chỉ đạo phòng, chống dịch Covid-19
// tỉnh Hà Nam`), which no capital ends: its name is read only when its task is made of the words of
// STEERING_TASK_WORDS and a qualifier closes it — a tier and place, a city written short, `Trung ương` or
// `quốc gia` — or, after a qualifier written first (`Ban Chỉ đạo Trung ương về Phòng, chống thiên tai`), where
// a mark or a verb follows. Such committees are set up by decision, each named by its task and by the tier of the
// body that set it up; there is no list of them to read from.
const MAX_TASK_WORDS = 12;
const isDigits = (text: string | undefined): boolean => text !== undefined && /^\d{1,4}$/.test(text);

/** Whether the token at `at` may be a word of a steering committee's task (`phòng, chống dịch Covid-19`, `PCLB`, `24`). */
const isTaskWordAt = (tokens: readonly Token[], at: number, first: boolean): boolean => {
  const t = tokens[at];
  if (t === undefined || t.lineBefore) return false;
  const before = tokens[at - 1];
  const after = tokens[at + 1];
  // "phòng, chống"; "Covid-19"; "gia cầm - thủy cầm"
  if (t.text === ",") return !first && before?.lower === "phòng" && after?.lower === "chống";
  if (t.lower === "-") return !first && (before?.lower === "covid" ? isDigits(after?.text) : STEERING_TASK_WORDS.has(before?.lower ?? "") && STEERING_TASK_WORDS.has(after?.lower ?? ""));
  if (!t.word) return false;
  if (isDigits(t.text)) return first || before?.lower === "-";
  // `việc làm` (employment) is a task; `làm việc` (to work) after a name is its verb: `… Covid-19 làm việc với`.
  if (t.lower === "việc") return after?.lower === "làm";
  if (t.lower === "làm") return before?.lower === "việc";
  return t.acronym || STEERING_TASK_WORDS.has(t.lower);
};

/** `Trung ương` (or `TW`…) at token `k`, or `quốc gia` when `national`, written out. */
const centralScopeAt = (tokens: readonly Token[], k: number, national: boolean): { end: number; name: string } | null => {
  const scope = CENTRAL_LEXICON.match(tokens, k) ?? (national ? NATIONAL.match(tokens, k) : null);
  return scope === null ? null : { end: scope.end, name: tokens[k]!.lower === "quốc" ? "quốc gia" : "Trung ương" };
};

/** A name that runs on until a qualifier closes it: its end, its name, and the level and place the qualifier gives. */
interface SelfClosed {
  readonly end: number;
  readonly name: string;
  readonly level: Level | null;
  readonly place: string | null;
}

/**
 * What closes a name that runs on (a steering committee's task, a bloc's name) at token `k`,
 * written out, and the level it gives: `Trung ương` (or `quốc gia` when `national`), a city
 * written short, or a tier word and its place. Null when nothing closes it there.
 */
const closingQualifierAt = (tokens: readonly Token[], k: number, source: string, options: BodyPhraseOptions, national: boolean): SelfClosed | null => {
  const scope = centralScopeAt(tokens, k, national);
  if (scope !== null) return { ...scope, level: "central", place: null };
  const city = CITY_ABBREVIATION_LEXICON.match(tokens, k);
  if (city !== null) return { end: city.end, name: city.value, level: "province", place: placeOfCity(city.value) };
  const tier = TIER_LEXICON.match(tokens, k);
  return tier === null ? null : readTierPlace(tokens, tier, source, options);
};

/**
 * The steering committee named from token `at` (`Ban Chỉ đạo phòng chống lụt bão Trung ương`,
 * `Ban chỉ đạo phòng, chống dịch Covid-19 huyện Lý Nhân`): its end, its name with the
 * qualifier written out, and the level the qualifier gives; null when no qualifier closes the
 * name (`Ban Chỉ đạo` alone, or with a task of other words, is left to the open heads).
 */
const steeringCommitteeAt = (tokens: readonly Token[], at: number, source: string, options: BodyPhraseOptions): SelfClosed | null => {
  const head = STEERING_HEAD.match(tokens, at);
  if (head === null) return null;
  let j = head.end;
  const front = centralScopeAt(tokens, j, true);
  if (front !== null) j = front.end;
  const about = front !== null && tokens[j]?.lower === "về";
  if (about) j++;
  const taskAt = j;
  let closing: ReturnType<typeof closingQualifierAt> = null;
  while ((closing = closingQualifierAt(tokens, j, source, options, true)) === null && j - taskAt < MAX_TASK_WORDS && isTaskWordAt(tokens, j, j === taskAt)) j++;
  const last = tokens[j - 1];
  if (j === taskAt || last!.text === "," || last!.lower === "-" || last!.lower === "và") return null;
  const named = `Ban Chỉ đạo${front === null ? "" : ` ${front.name}`}${about ? " về" : ""} ${textOf(tokens, taskAt, j, source)}`;
  if (closing !== null) return { end: closing.end, name: `${named} ${closing.name}`, level: closing.level, place: closing.place };
  // A qualifier written first closes nothing: the task must end before a mark or a verb.
  return front !== null && (endsCleanly(tokens, j) || isNextClauseAt(tokens, j)) ? { end: j, name: named, level: "central", place: null } : null;
};

/** Words a bloc's name may take before what closes it (see {@link blocCommitteeAt}). */
const MAX_BLOC_WORDS = 6;

/**
 * The Party committee of a bloc, from token `at` just after `Đảng ủy` (`Khối cơ quan Dân vận
 * Trung ương`, `khối I cơ quan Trung ương`, `Khối Cơ quan và Doanh nghiệp tỉnh Thanh Hóa`): its
 * end, its name (`Đảng ủy Khối …`, the qualifier written out) and the level the qualifier
 * gives. `Khối` and up to {@link MAX_BLOC_WORDS} words, with no mark between, must be closed by
 * `Trung ương`, a city written short, or a tier word and its place; null otherwise (the name is
 * not read, and `Đảng ủy` stays alone). Source: the names as the press writes them (corpus).
 */
const blocCommitteeAt = (tokens: readonly Token[], at: number, source: string, options: BodyPhraseOptions): SelfClosed | null => {
  if (tokens[at]?.lower !== "khối" || tokens[at]!.lineBefore) return null;
  let j = at + 1;
  let closing: ReturnType<typeof closingQualifierAt> = null;
  while ((closing = closingQualifierAt(tokens, j, source, options, false)) === null && j - at <= MAX_BLOC_WORDS && isWord(tokens[j]) && !tokens[j]!.lineBefore) j++;
  if (closing === null || j === at + 1 || closing.end <= j) return null;
  return { end: closing.end, name: `Đảng ủy Khối ${textOf(tokens, at + 1, j, source)} ${closing.name}`, level: closing.level, place: closing.place };
};

/**
 * A body's place as a city's name gives it, without its tier word: `Thành phố Hà Nội` is the place
 * `Hà Nội`. (Hồ Chí Minh City's, which bare is the person's, is given back whole where the body is
 * returned, as for every place: {@link CITY_ONLY_NAMES}.)
 */
const placeOfCity = (name: string): string => name.replace(/^Thành phố /, "");

/** `tại` and a city at token `at` (`tại Hà Nội`, `tại TP.HCM`): where a seated body sits, or null. */
const seatAt = (tokens: readonly Token[], at: number, source: string): { end: number; name: string; place: string } | null => {
  if (tokens[at]?.lower !== "tại") return null;
  const city = CITY_ABBREVIATION_LEXICON.match(tokens, at + 1);
  if (city !== null) return { end: city.end, name: city.value, place: placeOfCity(city.value) };
  const province = provinceAt(tokens, at + 1);
  if (province === null) return null;
  const name = textOf(tokens, at + 1, province.end, source);
  return { end: province.end, name, place: placeOfCity(name) };
};

/**
 * Reads one body from token `at`: a known body (`HĐND`, `Ban Dân vận`, `Bộ Công an`) or an
 * open one (`Cục Thuế`), then what fixes it — a parent (`Tỉnh ủy`, `Trung ương`), a tier
 * word and place (`huyện Bắc Mê`), or, for a committee, a place (`Tỉnh ủy Hà Tĩnh`).
 * Returns null when no body starts there.
 *
 * @internal
 * @example
 * ```ts
 * import { matchBodyPhrase } from "./body-phrase";
 * import { tokenize } from "./tokenize";
 * const text = "Chủ tịch HĐND huyện Bắc Mê";
 * matchBodyPhrase(tokenize(text), 2, text)?.name; // "Hội đồng nhân dân huyện Bắc Mê"
 * ```
 */
/** The Party's Central Committee, whose organs the central boards are. */
const CENTRAL_COMMITTEE = "Ban Chấp hành Trung ương Đảng";
const EXECUTIVE = "Ban Chấp hành ";
const STANDING_BOARD = "Ban Thường vụ";
/** Whether a unit of the armed forces is named at token `at` (`Quân khu 5`, `Sư đoàn 304`, `Bộ đội Biên phòng`, `BĐBP`). */
const isArmedUnitAt = (tokens: readonly Token[], at: number): boolean =>
  UNIT_HEADS.match(tokens, at) !== null || BODY_LEXICON.match(tokens, at)?.value.classification === "armed-forces";

/** The kinds of national body with chapters in the provinces, named with the country and then the province. */
const CHAPTERED_CLASSES: ReadonlySet<OrganizationClassification> = new Set(["mass-organization", "other"]);
const NAMED_FOR_THE_COUNTRY = / (?:Việt Nam|VN)$/u;

export const matchBodyPhrase = (tokens: readonly Token[], at: number, source: string, options: BodyPhraseOptions = {}, depth = 0): BodyPhrase | null => {
  const head = matchHead(tokens, at, source, options);
  if (head === null) return null;
  // "Hạ viện Mỹ": a body only other countries have is one only with its country after it.
  if (head.foreignOnly === true && countryAfterBody(tokens, head.end) === null) return null;
  let abbreviation = acronymsOf(tokens, at, head.end, source);
  let { end, name, level } = head;
  let parent: string | null = null;
  let classification = head.classification;
  let place: string | null = head.place ?? null;
  let qualified = false;
  let tiersOnly = false;

  // "Sở Tài nguyên và Môi trường (TN-MT) tỉnh Thanh Hóa", "Bộ đội Biên phòng (BĐBP) tỉnh Đắk Lắk": the acronym in
  // brackets before the tier or place is the body's.
  if (head.scope !== "national" || head.unitsByTier === true) {
    const bracketed = bracketedAcronymEnd(tokens, end);
    if (bracketed > end && startsQualifier(tokens, bracketed)) {
      abbreviation ??= source.slice(tokens[end + 1]!.start, tokens[bracketed - 2]!.end);
      end = bracketed;
    }
  } else {
    // "Ngân hàng Nhà nước (NHNN) Việt Nam": a national body's acronym in brackets before the country its name ends with.
    const bracketed = bracketedAcronymEnd(tokens, end);
    const country = bracketed > end ? vietNamEnd(tokens, bracketed) : -1;
    if (country > 0) {
      abbreviation ??= source.slice(tokens[end + 1]!.start, tokens[bracketed - 2]!.end);
      end = country;
    }
  }
  // "Quốc hội (QH)", "Bộ Chính trị (BCT)": the body's own acronym in brackets right after its name is its abbreviation.
  if (abbreviation === null && tokens[end]?.text === "(" && tokens[end + 1]?.acronym === true) {
    const own = BODY_LEXICON.match(tokens, end + 1);
    if (own !== null && own.value.name === name && tokens[own.end]?.text === ")") {
      abbreviation = source.slice(tokens[end + 1]!.start, tokens[own.end - 1]!.end);
      end = own.end + 1;
    }
  }
  // "Hội Nông dân Việt Nam TPHCM", "Hội Liên hiệp Phụ nữ Việt Nam tỉnh Bến Tre": a national association named with a
  // province is its chapter there, read as a local body's place is (Điều lệ Hội Nông dân Việt Nam: cấp tỉnh).
  // (Not across a line: a letter's signature above its dateline, `Hội Liên hiệp phụ nữ Việt Nam` / `TP.HCM ngày 27-4-2006`.)
  const chapter = head.scope === "national" && CHAPTERED_CLASSES.has(head.classification) && NAMED_FOR_THE_COUNTRY.test(name) && tokens[end]?.lineBefore !== true;
  if (chapter) level = null;
  // "Cục Hậu cần Quân khu 5", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị", "Phòng Chính trị Sư đoàn 304": a department
  // or the command of a unit of the armed forces named after it belongs to it, and is of the armed forces.
  const unit = head.scope === "local" && depth < 2 && isArmedUnitAt(tokens, end) ? matchBodyPhrase(tokens, end, source, options, depth + 1) : null;
  if (unit !== null && unit.classification === "armed-forces" && !unit.generic) {
    name = `${name} ${unit.name}`;
    parent = unit.name;
    classification = "armed-forces";
    level = unit.level;
    place = unit.place;
    end = unit.end;
    qualified = true;
  } else if (head.scope !== "national" || chapter) {
    const central = CENTRAL_LEXICON.match(tokens, end);
    const city = CITY_ABBREVIATION_LEXICON.match(tokens, end);
    const tier = TIER_LEXICON.match(tokens, end);
    const tierIsCommittee = tier !== null && TIER_SUFFIXES_OF_COMMITTEES.has(tokens[tier.end]?.lower ?? "");
    const abbreviated = tier === null ? abbreviatedTierPlace(tokens, end, source, options) : null;
    // "Ban Thường vụ Trung ương Đoàn": `Trung ương` that opens another body's name is that body's, read as the parent below.
    const centralOfOther = central !== null && (BODY_LEXICON.match(tokens, end)?.end ?? 0) > central.end;
    if (central !== null && !centralOfOther && head.scope === "local" && takesParent(head.name, head.classification)) {
      name = `${name} Trung ương`;
      level = "central";
      parent = CENTRAL_COMMITTEE;
      end = central.end;
      qualified = true;
    } else if (city !== null) {
      name = `${name} ${city.value}`;
      place = placeOfCity(city.value);
      level = level ?? "province";
      end = city.end;
      qualified = true;
    } else if (tier !== null && !tierIsCommittee && /^\d{1,3}$/.test(tokens[tier.end]?.text ?? "")) {
      // "quận 7", "phường 12": a numbered unit.
      place = tokens[tier.end]!.text;
      name = `${name} ${tier.value.name} ${place}`;
      level = level ?? tier.value.level;
      end = tier.end + 1;
      qualified = true;
    } else if (abbreviated !== null) {
      place = abbreviated.place;
      name = `${name} ${abbreviated.name}`;
      level = level ?? abbreviated.level;
      end = abbreviated.end;
      qualified = true;
    } else if (tier !== null && !tierIsCommittee) {
      const unit = readTierPlace(tokens, tier, source, options);
      place = unit.place;
      name = `${name} ${unit.name}`;
      level = level ?? unit.level;
      end = unit.end;
      qualified = true;
      // "UBND quận, huyện", "UBND tỉnh/thành phố": tiers with no place, one after another, name a kind of body.
      tiersOnly = unit.place === null && TIER_JOINERS.has(tokens[end]?.lower ?? "") && isBareTierAt(tokens, end + 1);
    } else if (head.scope === "local" && depth < 2 && takesParent(head.name, head.classification)) {
      // "Ban Văn hóa - Xã hội - HĐND TPHCM": a dash may stand between a board and the body it belongs to.
      const parentAt = tokens[end]?.lower === "-" ? end + 1 : end;
      const parentPhrase = matchBodyPhrase(tokens, parentAt, source, options, depth + 1);
      if (parentPhrase !== null && !parentPhrase.generic && (PARENT_CLASSES.has(parentPhrase.classification) || otherParentClassesOf(head.name)?.has(parentPhrase.classification) === true)) {
        // A committee's own board is named after it without `Ban Chấp hành` (`Ban Thường vụ Trung ương Đoàn …`).
        name = `${name} ${parentPhrase.name.startsWith(EXECUTIVE) ? parentPhrase.name.slice(EXECUTIVE.length) : parentPhrase.name}`;
        parent = parentPhrase.name;
        level = parentPhrase.level ?? level;
        place = parentPhrase.place;
        end = parentPhrase.end;
        qualified = true;
        if (head.name === OFFICE) classification = OFFICE_SIDE_OF_PARENT.get(parentPhrase.classification) ?? classification;
        // The standing board of a mass organisation or the Front is that organisation's (Điều lệ Đoàn, Điều lệ Hội Nông dân), not the Party's.
        if (head.name === STANDING_BOARD && (parentPhrase.classification === "mass-organization" || parentPhrase.classification === "front")) classification = parentPhrase.classification;
      }
    } else if (head.scope === "committee") {
      // An acronym is an organisation's (`Thành đoàn TNCS`, `Đảng ủy TCT`), unless the table names it a place (`Thành ủy TPHCM`).
      const placeEnd = head.placeFromTableOnly || tokens[end]?.acronym === true ? (provinceAt(tokens, end)?.end ?? end) : placeRun(tokens, end, 0, options);
      if (placeEnd > end) {
        const cityName = CENTRAL_CITY_LEXICON.match(tokens, end);
        place = textOf(tokens, end, placeEnd, source);
        name = `${name} ${place}`;
        if (level === null && !head.placeFromTableOnly) level = cityName !== null && cityName.end === placeEnd ? "province" : "district";
        end = placeEnd;
        qualified = true;
      } else if (head.placeFromTableOnly && depth < 2) {
        // "Đảng ủy Bộ Công an", "Chi bộ Sở Tư pháp": the Party committee of a unit, at the unit's level; "Đảng ủy cơ quan
        // Bộ Ngoại giao": of the unit's staff.
        const ofStaff = tokens[end]?.lower === "cơ" && tokens[end + 1]?.lower === "quan";
        const unit = matchBodyPhrase(tokens, ofStaff ? end + 2 : end, source, options, depth + 1);
        if (unit !== null && !unit.generic && UNIT_OF_COMMITTEE_CLASSES.has(unit.classification)) {
          name = `${name}${ofStaff ? " cơ quan" : ""} ${unit.name}`;
          parent = unit.name;
          level = unit.level;
          place = unit.place;
          end = unit.end;
          qualified = true;
        }
      }
    }
  } else if (head.unitsByTier === true) {
    // "Bộ đội Biên phòng tỉnh Bình Phước": the force's command in a province, at the tier's level.
    const tier = TIER_LEXICON.match(tokens, end);
    if (tier !== null) {
      const unit = readTierPlace(tokens, tier, source, options);
      place = unit.place;
      name = `${name} ${unit.name}`;
      level = unit.level;
      end = unit.end;
      qualified = true;
    }
  } else if (head.seated === true) {
    // "TAND cấp cao tại Đà Nẵng": the city where it sits names it.
    const seat = seatAt(tokens, end, source);
    if (seat !== null) {
      name = `${name} tại ${seat.name}`;
      place = seat.place;
      end = seat.end;
    }
  }
  // "Sở Y tế Phú Thọ", "Hội Khuyến học Phú Thọ": a local body with no tier, parent or place read yet takes a province's name;
  // so do a national association's chapter and a force's command (`Bộ đội biên phòng Bình Định`), at the province's level.
  if (!qualified && (head.scope === "local" || chapter || head.unitsByTier === true)) {
    const cityName = provinceAt(tokens, end);
    if (cityName !== null) {
      place = textOf(tokens, end, cityName.end, source);
      name = `${name} ${place}`;
      level = head.unitsByTier === true ? "province" : (level ?? "province");
      end = cityName.end;
      qualified = true;
    }
  }
  if (chapter && !qualified) level = head.level;
  if (head.needsQualifier && !qualified) return null;
  // "Ban Tổ chức Trung ương": a listed central board of the Party is the Central Committee's, as an unlisted one is.
  if (parent === null && classification === "party-agency" && name.startsWith("Ban ") && name.endsWith(" Trung ương")) parent = CENTRAL_COMMITTEE;
  // "Đại hội X đã bầu … Ban Chấp hành mới", "chúc mừng Ban Lãnh đạo mới": alone, the executive or the leaders of no body named.
  if (parent === null && place === null && GENERIC_OPEN_NAMES.has(name.toLowerCase())) return null;
  // "Hội Nhà báo Việt Nam", "Cục Đăng kiểm VN": a body named for the whole country, and for no place in it, is a national one.
  if (level === null && place === null && namesTheCountryAt(tokens, end)) level = "central";
  const next = tokens[end];
  // "HĐND các cấp", "UBND cấp huyện": a kind of body. After a tier or a place, or before a word
  // that names no level, `cấp` is the verb "grant" (`UBND quận 2 cấp đất`, `Bộ Tài chính cấp phép`).
  // "UBND cùng cấp": the body of the same tier as another, whichever that is, is a kind too (`cùng` alone is "with").
  const sameTier = end === head.end && next?.lower === "cùng" && tokens[end + 1]?.lower === "cấp";
  const generic =
    tiersOnly || sameTier || (isWord(next) && GENERIC_AFTER.has(next.lower) && (next.lower !== "cấp" || (end === head.end && LEVEL_AFTER_CAP.has(tokens[end + 1]?.lower ?? ""))));
  // "TP Hồ Chí Minh": the place by the name places give it (`Thành phố Hồ Chí Minh`), so that the two can be joined.
  return { start: at, end, name, abbreviation, classification, level, parent, place: place === null ? null : (CITY_ONLY_NAMES.get(place) ?? place), generic };
};
