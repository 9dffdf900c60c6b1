import type { Place, PlaceMention } from "@vnpol/schema";
import { normalizeWithOffsets, type NormalizedText } from "../normalize";
import { asOfDay, dayOf, type DayNumber } from "./as-of";
import { isFamilyName } from "../officials/family-name";
import { letterKeyOf } from "../organizations/letter-key";
import { BRIDGE_EXCEPTIONS, MAY_PRECEDE_NAME, NOT_A_COMMUNE_AFTER, NOT_A_NAME_START, NOT_A_PLACE_BEFORE, NOT_IN_COMPANY_NAME } from "./place-context-words";
import { COUNTRY_NAMES } from "../organizations/country-names";
import { withWrittenParents } from "./written-parent";
import { ONE_WORD_CITIES } from "./one-word-cities";
import { CREDIT_ROLES } from "../clean/credit-roles";
import { ISLAND_DISTRICTS } from "./island-districts";
import { DISTRICTS_ABOLISHED_AFTER, PLACE_TYPE_WORDS, UNIT_DESCRIPTORS, type PlaceTypeWord } from "./place-types";
import type { ProvinceRecord } from "./provinces";
import { isUpperCode, lowerCode, spells, wordKey, WordList } from "./word-list";
import { isVietnameseSyllable } from "./vietnamese-syllable";
import { isCapitalized, type WordToken } from "./word-tokens";
import { CITY_ONLY_NAMES, GLUED_NAMES, LONGEST_PROVINCE_NAME, PROVINCE_INDEX, pickForm } from "./resolve-province";

/** Options of {@link findPlaces}. */
export interface FindPlacesOptions {
  /** The article's date (`Date` or `YYYY-MM-DD`): provinces resolve to the form they had that day. */
  asOf?: Date | string;
  /** The same date under the name `findDates` and `extract` give it; `asOf` wins when both are given. */
  ref?: Date | string;
}

type Token = WordToken;

const HYPHEN_GAP = /^ ?[-–] ?$/u;
const DIGITS = /^\d{1,3}$/u;
// `quận I`, `quận X`: a district numbered in Roman numerals, as some older texts write it.
const ROMAN_DISTRICT = /^[IVX]{1,4}$/u;
const MAX_NAME_WORDS = 4;
const TYPE_WORDS = PLACE_TYPE_WORDS.map((entry) => ({ ...entry, words: entry.word.split(" ") }));
const CITY_WORDS = new Set(["thành phố", "tp"]);
const LAST_DISTRICT_DAY = dayOf(DISTRICTS_ABOLISHED_AFTER) ?? 0;

// Every spelling a province name may start with, word by word (`Bà`, `Bà Rịa`, …): a look-up stops once none goes on.
const NAME_PREFIXES: ReadonlySet<string> = new Set(
  [...PROVINCE_INDEX.keys(), ...CITY_ONLY_NAMES.keys()].flatMap((key) => key.split(" ").map((_, k, words) => words.slice(0, k + 1).join(" "))),
);

// The words that may precede a name, by {@link wordKey}: most capitals are none.
const MAY_PRECEDE_KEYS: ReadonlySet<number> = new Set([...MAY_PRECEDE_NAME].map(wordKey));

// By the low 16 bits of a word's key (`WordList.letterKeys`): 1 when it may be the first word of a spelling. A word of
// the list is letters and digits, and its key is that of its letters in lower case: a first word has its key here.
const NAME_FIRST_KEYS = new Uint8Array(0x10000);
for (const prefix of NAME_PREFIXES) NAME_FIRST_KEYS[letterKeyOf(prefix.split(" ")[0] as string) & 0xffff] = 1;

/** Finds where a province name written at token `from` ends; longest spelling first. */
const matchProvinceName = (words: WordList, from: number, cityWord: boolean) => {
  let best: { end: number; records: readonly ProvinceRecord[] } | null = null;
  let key = "";
  if (from >= words.length || NAME_FIRST_KEYS[(words.letterKeys()[from] as number) & 0xffff] === 0) return best;
  for (let i = from; i < words.length && i < from + LONGEST_PROVINCE_NAME; i++) {
    if (i > from && !words.isSpaceBefore(i) && !HYPHEN_GAP.test(words.gapBefore(i))) break;
    key = i === from ? words.textOf(i) : `${key} ${words.textOf(i)}`;
    // No spelling goes on from here: longer keys cannot match either.
    if (!NAME_PREFIXES.has(key)) break;
    const records = PROVINCE_INDEX.get(key) ?? (cityWord ? cityOnlyRecords(key) : undefined);
    if (records !== undefined) best = { end: i + 1, records };
  }
  return best;
};

const cityOnlyRecords = (key: string): readonly ProvinceRecord[] | undefined => {
  const name = CITY_ONLY_NAMES.get(key);
  return name === undefined ? undefined : PROVINCE_INDEX.get(name);
};

// Letters that open a type word.
const TYPE_LETTERS: ReadonlySet<number> = new Set(TYPE_WORDS.map((entry) => entry.word.charCodeAt(0)));

// Type words by the first letter and length of their first word, longest first, so that most words cost two array reads and no string:
// TYPE_GROUP numbers the first letters (0: none), TYPE_CANDIDATES holds the words of a group and length.
const TYPE_GROUP = new Uint8Array(0x10000);
[...TYPE_LETTERS].forEach((letter, k) => (TYPE_GROUP[letter] = k + 1));
const TYPE_CANDIDATES: (readonly (typeof TYPE_WORDS)[number][] | undefined)[] = [];
for (const entry of [...TYPE_WORDS].sort((a, b) => b.words.length - a.words.length)) {
  const letter = entry.word.charCodeAt(0);
  const slot = (TYPE_GROUP[letter] as number) * 64 + Math.min((entry.words[0] as string).length, 63);
  TYPE_CANDIDATES[slot] = [...(TYPE_CANDIDATES[slot] ?? []), entry];
}

// The scan acts on words opening a type word or a glued name, and on capitals (names).
const GLUED_FIRST = new Uint8Array(0x10000);
for (const name of GLUED_NAMES.keys()) GLUED_FIRST[name.charCodeAt(0)] = 1;
const GLUED_LENGTHS: ReadonlySet<number> = new Set([...GLUED_NAMES.keys()].map((name) => name.length));
// By first code unit below U+2100 (beyond, every word is read): a word that starts otherwise, and whose key opens no type word, is passed over unread.
const ANCHOR = Uint8Array.from({ length: 0x2100 }, (_, code) => (GLUED_FIRST[code] === 1 || isUpperCode(code) ? 1 : 0));

// By the low 16 bits of a word's key (`WordList.letterKeys`, which is `letterKeyOf` of a word of letters): 1 when it may be
// the first word of a type word; most words are not. Keyed without building word lists at load: a WordList constructor
// first run on a hundred one-word texts reads articles far slower afterwards (V8 tunes it to what it saw first).
const TYPE_KEYS = new Uint8Array(0x10000);
for (const entry of TYPE_WORDS) TYPE_KEYS[letterKeyOf(entry.words[0] as string) & 0xffff] = 1;

const typeWordAt = (words: WordList, at: number) => {
  const group = TYPE_GROUP[lowerCode(words.firstCode(at))] as number;
  const candidates = group === 0 ? undefined : TYPE_CANDIDATES[group * 64 + Math.min(words.endOf(at) - words.startOf(at), 63)];
  if (candidates === undefined) return null;
  for (const entry of candidates) {
    let ok = true;
    for (let k = 0; k < entry.words.length && ok; k++) ok = words.is(at + k, entry.words[k] as string) && (k === 0 || words.isSpaceBefore(at + k));
    // An abbreviation counts as written, and never after a credit label (`Ảnh: Q. Liêm`: a photographer's initial).
    if (ok && entry.abbreviation !== undefined && (words.textOf(at) !== entry.abbreviation || CREDIT_ROLES.has(words.get(at - 1)?.lower ?? ""))) ok = false;
    if (ok) return { entry, width: entry.words.length };
  }
  return null;
};

/** The gap after a type word that may lead to its name: a space, or a dot after `TP`; a dot after an abbreviation (`Q.`). */
const isNameGap = (gap: string, entry: PlaceTypeWord): boolean =>
  entry.abbreviation !== undefined ? gap === "." || gap === ". " : gap === " " || (entry.word === "tp" && (gap === "." || gap === ". "));

/** The last words of the titles of a unit's head (`Chủ tịch`, `Bí thư`), and the bodies they head written short. */
const HEAD_TITLE_ENDS: ReadonlySet<string> = new Set(["tịch", "thư"]);
const HEADED_BODIES: ReadonlySet<string> = new Set(["ubnd", "hđnd"]);

/**
 * Whether the title of a unit's head stands right before the type word at `at` (`Chủ tịch xã`, `Chủ tịch UBND xã`),
 * not set apart after a name that it follows (`Lê Quốc Cường, Chủ tịch UBND phường Phạm Ngũ Lão`: the holder is named
 * already, and the words after the type word are the unit's).
 */
const headTitleBefore = (words: WordList, at: number): boolean => {
  let k = at - 1;
  if (HEADED_BODIES.has(words.get(k)?.lower ?? "")) k--;
  if (!HEAD_TITLE_ENDS.has(words.get(k)?.lower ?? "")) return false;
  k--; // `chủ` of `chủ tịch`, `bí` of `bí thư`
  if (words.is(k - 1, "phó") || words.is(k - 1, "quyền")) k--;
  const gap = words.gapBefore(k);
  return !gap.includes(",") && !gap.includes("-") && !gap.includes("–");
};

/** Words before a type word that make it name several units, whose names follow in a list (`các huyện A, B và C`). */
const PLURAL_BEFORE_TYPE: ReadonlySet<string> = new Set(["các", "những", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "2", "3", "4", "5", "6", "7", "8", "9"]);
/** The most names a list after a plural type word may add: bounds the walk on. */
const MAX_LISTED_NAMES = 12;

/** A unit's number in a list (`các quận 1, 3, 10`): one or two digits, as a district's or ward's is. */
const LISTED_NUMBER = /^\d{1,2}$/u;

/**
 * Where the next name of a list starts after word `at`'s predecessor ends at `at` (`, B`, ` và C`, `, và C`), or -1;
 * for numbered units a number too (`các quận 1, 3, 10, Tân Bình`).
 */
const listedNameAt = (words: WordList, at: number, numbered: boolean): number => {
  const gap = words.gapBefore(at);
  // A number before a type word counts units (`2 quận Long Biên, Hoàng Mai và 5 huyện`), and is none.
  const opens = (k: number) => words.isCapitalized(k) || (numbered && LISTED_NUMBER.test(words.textOf(k)) && !(words.gapBefore(k + 1) === " " && typeWordAt(words, k + 1) !== null));
  const and = words.is(at, "và") && words.isSpaceBefore(at + 1) ? at + 1 : -1;
  if ((gap === ", " || gap === " ") && and > 0) return opens(and) ? and : -1;
  return gap === ", " && at < words.length && opens(at) ? at : -1;
};

/** The words of a district or commune name after its type word, as written. */
const nameRun = (words: WordList, from: number, entry: PlaceTypeWord): number => {
  const first = words.get(from);
  if (first === undefined) return from;
  if (entry.numbered && DIGITS.test(first.text)) return from + 1;
  if (!words.isCapitalized(from) || NOT_A_NAME_START.has(first.text)) return from;
  let end = from + 1;
  while (end < words.length && words.isSpaceBefore(end) && words.isCapitalized(end)) end++;
  // `TP Thủ Đức Hoàng Tùng cho biết`: a family name after the place's first two words, opening two words or more, starts the next person.
  for (let k = from + 2; k < end - 1; k++) {
    if (isFamilyName(words.textOf(k))) {
      end = k;
      break;
    }
  }
  if (end - from > MAX_NAME_WORDS) return from;
  // Wards and communes split in two keep a number: `phường Cổ Nhuế 1`.
  const after = words.get(end);
  const numberedTail = entry.level === "commune" && after !== undefined && DIGITS.test(after.text) && after.text.length <= 2;
  return numberedTail && words.isSpaceBefore(end) ? end + 1 : end;
};

/**
 * Whether a person's name starts at word `at`: a family name and one to three more capitalised
 * words, the run ending there (`Sở Y tế Hà Nội Hoàng Đức Hạnh`, `Bí thư Thành ủy Hà Nội Vương
 * Đình Huệ`). A province's name before it is then whole; a family name alone after it is not a
 * person's (`Thái Bình Dương`, the Pacific).
 */
const isPersonNameAt = (words: WordList, at: number): boolean => {
  if (!isFamilyName(words.textOf(at))) return false;
  let end = at + 1;
  while (end < words.length && end - at <= MAX_PERSON_WORDS && words.isSpaceBefore(end) && words.isCapitalized(end)) end++;
  return end - at >= 2 && end - at <= MAX_PERSON_WORDS;
};
const MAX_PERSON_WORDS = 4;

/**
 * Whether the type word at `at` stands inside a longer name or noun rather than opening a
 * place: `xã` after {@link NOT_A_COMMUNE_AFTER} (`Hợp tác xã`, `Thông tấn xã`); in capitals, after
 * a capitalised word within a sentence (`sông Ngũ Huyện Khê`, `đường Bà Huyện Thanh Quan`,
 * `Trường Xã Đàn`) or after a street's word (`đường Xã Đàn`). Not after an acronym (`UBND
 * Huyện`) or a word that opens a sentence (`Tại Huyện …`).
 */
const isTypeWordInName = (words: WordList, at: number): boolean => {
  if (at === 0 || !words.isSpaceBefore(at)) return false;
  // `Hợp tác xã`, `Thông tấn xã`: a cooperative, a news agency.
  if (words.is(at, "xã") && COMMUNE_NOUNS.some((phrase) => at >= phrase.length && spells(words, at - phrase.length, phrase))) return true;
  if (!words.isCapitalized(at)) return false;
  const previous = words.textOf(at - 1);
  if (!words.isCapitalized(at - 1) && NOT_A_PLACE_BEFORE.has((words.get(at - 1) as Token).lower)) return true;
  if (!words.isCapitalized(at - 1) || previous === previous.toUpperCase() || MAY_PRECEDE_NAME.has(previous)) return false;
  return at - 1 > 0 && !/[.!?:\n]/u.test(words.gapBefore(at - 1));
};

const COMMUNE_NOUNS = [...NOT_A_COMMUNE_AFTER].map((phrase) => phrase.split(" "));
const DESCRIPTOR_WORDS = UNIT_DESCRIPTORS.map((phrase) => phrase.split(" "));

/**
 * Past the describing word at `at` ({@link UNIT_DESCRIPTORS}) when a capitalised name follows it,
 * or `at` when none stands there.
 */
const descriptorEnd = (words: WordList, at: number): number => {
  if (!words.isSpaceBefore(at)) return at;
  for (const phrase of DESCRIPTOR_WORDS) {
    const end = at + phrase.length;
    if (spells(words, at, phrase) && words.isSpaceBefore(end) && words.isCapitalized(end)) return end;
  }
  return at;
};

const ISLAND_NAME_WORDS = ISLAND_DISTRICTS.map((name) => name.split(" "));

/** Just past the island district whose name starts at word `from` (`Cô Tô`), or `from` when none does. */
const islandNameEnd = (words: WordList, from: number): number => {
  for (const name of ISLAND_NAME_WORDS) {
    let k = 0;
    while (k < name.length && words.textOf(from + k) === name[k] && (k === 0 || words.isSpaceBefore(from + k))) k++;
    if (k === name.length && from + k <= words.length) return from + k;
  }
  return from;
};

/**
 * Whether the words from `from` to `end` after `quận` name an urban district of Vietnam: a
 * number (`quận 1`, `quận I`), or two Vietnamese syllables or more (`quận Bình Thạnh`); a foreign
 * district is not one (`Tòa án liên bang quận Brooklyn`). Source: the urban districts of the
 * centrally-run cities, none of which has a one-word name.
 */
const isUrbanDistrictName = (words: WordList, from: number, end: number, abbreviated: boolean): boolean => {
  // After an abbreviation (`P.V`, a reporter's byline) a Roman numeral is a letter, not a number.
  if (end - from === 1) return DIGITS.test(words.textOf(from)) || (!abbreviated && ROMAN_DISTRICT.test(words.textOf(from)));
  return areVietnameseSyllables(words, from, end);
};

/** Whether every word from `from` to `end` is a Vietnamese syllable. */
const areVietnameseSyllables = (words: WordList, from: number, end: number): boolean => {
  for (let k = from; k < end; k++) if (!isVietnameseSyllable(words.textOf(k))) return false;
  return true;
};

/**
 * Whether the words from `from` to `end`, after `thành phố` or `TP` and missing from the
 * province table, name a city of Vietnam: a one-word name only from {@link ONE_WORD_CITIES},
 * no digits glued on (`Cần Thơ116.` in a numbered list), every word a Vietnamese syllable
 * (`San Diego`, `St Petersburg` are not), and no country named right after it in the same
 * clause (`thành phố Đông Hưng (tỉnh Quảng Tây, Trung Quốc)`).
 */
const isCityName = (words: WordList, from: number, end: number): boolean => {
  if (end - from === 1) return ONE_WORD_CITIES.has(words.textOf(from));
  return areVietnameseSyllables(words, from, end) && !isCountryInClauseAfter(words.text, (words.get(end - 1) as Token).end);
};

// What may stand between a city's name and the country it is in: `(`, `, `, and a province or
// state before the country (`(tỉnh Quảng Tây, Trung Quốc)`, `, tỉnh Hà Nam, Trung Quốc`).
const BEFORE_COUNTRY = /^ ?[(,] ?(?:(?:tỉnh|bang|vùng|thủ đô) [^,()]{1,30}, ?)?/u;
// By first letter, longest first, so that `Cộng hòa Síp` is tried before a shorter name and a
// text tries only the names that start as it does.
const COUNTRIES_BY_FIRST: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const name of [...COUNTRY_NAMES].sort((a, b) => b.length - a.length)) {
    const list = map.get(name[0]!);
    if (list === undefined) map.set(name[0]!, [name]);
    else list.push(name);
  }
  return map;
})();
// After a country's name: another capitalised word (`Lào Cai`) or more letters mean it was part of a longer name.
const NAME_GOES_ON = /^(?: ?\p{Lu}|[\p{L}\p{N}])/u;

/**
 * Whether the words after `at` name the country the place is in, right after a comma or an
 * opening parenthesis (`(Trung Quốc)`, `, Cộng hòa Síp`), as a whole name (`Lào` but not `Lào
 * Cai`); never a neighbour's further on (`giáp với tỉnh Kam Pot, Campuchia`).
 */
const isCountryInClauseAfter = (text: string, at: number): boolean => {
  const lead = BEFORE_COUNTRY.exec(text.slice(at, at + 64));
  if (lead === null || lead[0].trim() === "") return false;
  const rest = text.slice(at + lead[0].length, at + lead[0].length + 48);
  return (COUNTRIES_BY_FIRST.get(rest.charAt(0)) ?? []).some((country) => rest.startsWith(country) && !NAME_GOES_ON.test(rest.slice(country.length)));
};

/** China after a comma (and maybe a province): the one country whose provinces share names with Vietnam's (`Hà Nam`, Henan). */
const COUNTRY_OF_HOMONYMS_AFTER_COMMA = /^, ?(?:tỉnh [^,()]{1,30}, ?)?Trung Quốc(?![\p{L}\p{N}])/u;

/**
 * Whether a province's name ending at `at` is another country's province of the same name: a
 * country in brackets after it (`Hà Nam (Trung Quốc)`), or China after a comma (`tỉnh Hà Nam,
 * Trung Quốc`), whose provinces share names with Vietnam's by their Sino-Vietnamese reading. A
 * neighbour after a comma is only the next item of a list (`Kiên Giang, Campuchia và Lào`).
 */
const isForeignHomonymAt = (text: string, at: number): boolean => {
  const next = text.charCodeAt(at);
  // Most names are followed by neither: one code unit read, no string made.
  if (next === 0x28 || (next === 0x20 && text.charCodeAt(at + 1) === 0x28)) return isCountryInClauseAfter(text, at);
  return next === 0x2c && COUNTRY_OF_HOMONYMS_AFTER_COMMA.test(text.slice(at, at + 48));
};

/** The last words of the three-word entries of {@link NOT_A_PLACE_BEFORE} (`đấu` of `nhà thi đấu`). */
const LAST_OF_THREE_WORDS: ReadonlySet<string> = new Set(
  [...NOT_A_PLACE_BEFORE].map((phrase) => phrase.split(" ")).filter((words) => words.length === 3).map((words) => words[2]!),
);

/** Whether the words just before token `at` say the name is a person, a street or a venue. */
/** The most words of a company's own name between `công ty` and a province's name that ends it. */
const MAX_COMPANY_NAME_WORDS = 6;
const CAPITAL_FIRST = /^\p{Lu}/u;

/**
 * Whether the name at word `at` ends a company's name that `công ty` opened a few words before,
 * spaces only between, its first word capitalised and no word of {@link NOT_IN_COMPANY_NAME}
 * among them (`Công ty Cao su Quảng Trị`, `Công ty Thương mại và Đầu tư Khánh Hòa`; not `Công ty
 * Hoàng Long tại Quảng Trị`).
 */
const closesCompanyName = (words: WordList, at: number): boolean => {
  for (let k = at - 1; k >= 2 && k >= at - MAX_COMPANY_NAME_WORDS; k--) {
    if (!words.isSpaceBefore(k + 1) || NOT_IN_COMPANY_NAME.has((words.get(k) as Token).lower)) return false;
    // Its first word may be an abbreviation in capitals: `Công ty TNHH chế biến nông sản Ninh Thuận`.
    if (!words.is(k - 1, "ty") || (words.get(k - 2) as Token).lower !== "công" || !words.isSpaceBefore(k) || !words.isSpaceBefore(k - 1)) continue;
    if (words.isCapitalized(k) || CAPITAL_FIRST.test(words.textOf(k))) return true;
  }
  return false;
};

const isExcludedContext = (words: WordList, at: number): boolean => {
  const previous = words.get(at - 1);
  if (previous === undefined || !words.isSpaceBefore(at)) return false;
  if (closesCompanyName(words, at)) return true;
  if (isCapitalized(previous.text) && !MAY_PRECEDE_NAME.has(previous.text) && !NOT_A_PLACE_BEFORE.has(previous.lower)) return true;
  const before = words.get(at - 2);
  const pair = before === undefined ? "" : `${before.lower} ${previous.lower}`;
  if (NOT_A_PLACE_BEFORE.has(pair)) return true;
  // "nhà thi đấu", "sân vận động", "câu lạc bộ": three words, looked up only after the last word of one.
  const third = LAST_OF_THREE_WORDS.has(previous.lower) ? words.get(at - 3) : undefined;
  if (third !== undefined && NOT_A_PLACE_BEFORE.has(`${third.lower} ${pair}`)) return true;
  if (previous.lower === "c" && words.text.slice(Math.max(0, previous.start - 2), previous.start).toLowerCase() === "đ/") return true;
  if (previous.lower === "cầu" && before !== undefined && BRIDGE_EXCEPTIONS.has(before.lower)) return false;
  return NOT_A_PLACE_BEFORE.has(previous.lower);
};

const districtPlace = (name: string, entry: PlaceTypeWord, day: DayNumber | null): Place => ({
  name,
  type: entry.type,
  level: entry.level,
  parent: null,
  validFrom: null,
  // Every district-level unit ended on 30 June 2025; communes changed one by one, so stay unknown.
  validUntil: entry.level === "district" && day !== null && day > LAST_DISTRICT_DAY ? { ...DISTRICTS_ABOLISHED_AFTER } : null,
  successor: null,
});

/** Whether a photo's credit opens at word `at` (`… ở Cần Thơ Ảnh: TTXVN`, a caption run into its credit): no word of a name. */
const isPhotoCreditAt = (words: WordList, at: number): boolean => words.textOf(at) === "Ảnh" && words.text.charAt(words.endOf(at)) === ":";

/**
 * Finds administrative units named in Vietnamese text: provinces and centrally-run cities (with
 * or without `tỉnh`/`thành phố`/`TP`, resolved against the province table as of `asOf`), and
 * districts, towns, communes, wards and townships after their type word, named as written.
 *
 * A bare province name counts only as a whole capitalised name: not inside a longer name
 * (`Nguyễn Bình Dương`), not after a form of address (`ông`, `chị`), and not as the name of a
 * street, bridge or station (`đường Hà Nội`). Mentions are in text order, with offsets into
 * `text` as given.
 *
 * @example
 * ```ts
 * import { findPlaces } from "@vnpol/parse";
 * const [link, province] = findPlaces("Tại điểm cầu Bình Dương, tỉnh Hà Tĩnh", { asOf: "2021-07-13" });
 * link?.text;        // "Bình Dương"
 * link?.successor;   // null (it still existed in 2021)
 * province?.text;    // "tỉnh Hà Tĩnh"
 * findPlaces("tỉnh Bình Dương", { asOf: "2025-08-01" })[0]?.successor; // "Thành phố Hồ Chí Minh"
 * findPlaces("huyện Bắc Mê")[0]?.level; // "district"
 * ```
 */
export const findPlaces = (text: string, options: FindPlacesOptions = {}): PlaceMention[] => findPlacesIn(normalizeWithOffsets(text), text, options);

/**
 * {@link findPlaces} over text already normalised with `normalizeWithOffsets`, so that callers
 * running several finders on one text normalise it once (and may pass the words of
 * `normalized.text`, shared with `findEventsIn`). Offsets are into `input`, the text as given.
 *
 * @example
 * ```ts
 * import { normalizeWithOffsets } from "../normalize";
 * import { findPlacesIn } from "./find-places";
 * const input = "Tại  tỉnh Hà Tĩnh";
 * findPlacesIn(normalizeWithOffsets(input), input, { asOf: "2021-07-13" })[0]?.text; // "tỉnh Hà Tĩnh"
 * ```
 */
export const findPlacesIn = (
  normalized: NormalizedText,
  input: string,
  options: FindPlacesOptions = {},
  words: WordList = new WordList(normalized.text),
): PlaceMention[] => {
  const body = normalized.text;
  const day = asOfDay(options.asOf ?? options.ref);
  const found: PlaceMention[] = [];
  const emit = (from: number, to: number, place: Place) => {
    const start = normalized.toOriginal((words.get(from) as Token).start);
    const end = normalized.toOriginal((words.get(to - 1) as Token).end);
    found.push({ start, end, text: input.slice(start, end), ...place });
  };

  const keys = words.letterKeys();
  let i = 0;
  while (i < words.length) {
    // Most words are in lower case and start no type word: nothing below reads them.
    if ((ANCHOR[words.firstCode(i)] ?? 1) === 0 && TYPE_KEYS[(keys[i] as number) & 0xffff] === 0) {
      i++;
      continue;
    }
    const typed = TYPE_KEYS[(keys[i] as number) & 0xffff] === 0 || isTypeWordInName(words, i) ? null : typeWordAt(words, i);
    if (typed !== null) {
      const { entry, width } = typed;
      const cityWord = CITY_WORDS.has(entry.word);
      // `huyện nghèo Thanh Chương`, `xã miền núi Thanh Mỹ`: a word that describes a district or commune may stand before its name.
      const nameAt = entry.provinceOnly || cityWord ? i + width : descriptorEnd(words, i + width);
      const next = words.get(nameAt);
      // `Công ty Môi trường đô thị TP Đà Nẵng`: a place written with its type word may end a company's name too.
      if (next === undefined || !isNameGap(words.gapBefore(nameAt), entry) || closesCompanyName(words, i)) {
        i = nameAt;
        continue;
      }
      if (entry.provinceOnly || cityWord) {
        const match = matchProvinceName(words, nameAt, cityWord);
        // `tỉnh Hà Nam, Trung Quốc`: a province of another country that a Vietnamese one shares its name with.
        if (match !== null && isForeignHomonymAt(body, words.endOf(match.end - 1))) {
          i = match.end;
          continue;
        }
        // `tỉnh X` wants a province; `thành phố X` a city, else X is a city under a province.
        const records = match?.records.filter((record) => (record.place.type === "province") === entry.provinceOnly);
        const place = match !== null && records !== undefined ? pickForm(records, day) : null;
        if (match !== null && place !== null) {
          emit(i, match.end, place);
          i = match.end;
          continue;
        }
        if (entry.provinceOnly) {
          i = nameAt;
          continue;
        }
      }
      const end = entry.nameRule === "island" ? islandNameEnd(words, nameAt) : nameRun(words, nameAt, entry);
      // After `TP.` and a space a capital starts a sentence unless the table knows the name.
      const sentenceAfterDot = cityWord && words.gapBefore(nameAt) === ". ";
      // `Chủ tịch xã Đào Quốc Khởi`, `Chủ tịch UBND xã Nguyễn Văn Tiên`: after the title of a unit's head, three words opening
      // with a family name are the head's name, not the unit's.
      // (A name that another follows, `Chủ tịch UBND phường Nguyễn Thái Bình Lê Văn An`, is the ward's.)
      const headName = end - nameAt === 3 && headTitleBefore(words, i) && !(words.isSpaceBefore(end) && words.isCapitalized(end));
      const leaderName = (cityWord || headName) && end - nameAt >= 3 && isFamilyName(next.text);
      const named =
        entry.nameRule === "city" ? isCityName(words, nameAt, end) : entry.nameRule === "urban-district" ? isUrbanDistrictName(words, nameAt, end, entry.abbreviation !== undefined) : true;
      // `huyện ngoại thành Hà Nội`: after a describing word, a province's name is whose units they are.
      const provinceAfterDescriptor = nameAt > i + width && matchProvinceName(words, nameAt, false)?.end === end;
      if (end > nameAt && !sentenceAfterDot && !leaderName && named && !provinceAfterDescriptor) {
        const name = body.slice(next.start, (words.get(end - 1) as Token).end); // NFC already: the normaliser's output
        emit(i, end, districtPlace(name, entry, day));
        const plural = PLURAL_BEFORE_TYPE.has(words.get(i - 1)?.lower ?? "") && words.isSpaceBefore(i);
        i = end;
        // "các huyện Hòn Đất, Châu Thành … và Gò Quao": after a plural, the names listed share the type word.
        if (plural && !cityWord && entry.abbreviation === undefined) {
          for (let items = 0; items < MAX_LISTED_NAMES; items++) {
            const at = listedNameAt(words, i, entry.numbered === true);
            const itemEnd = at < 0 || typeWordAt(words, at) !== null || matchProvinceName(words, at, false) !== null ? at : nameRun(words, at, entry);
            if (at < 0 || itemEnd <= at) break;
            emit(at, itemEnd, districtPlace(body.slice((words.get(at) as Token).start, (words.get(itemEnd - 1) as Token).end), entry, day));
            i = itemEnd;
          }
        }
        continue;
      }
      i = nameAt;
      continue;
    }
    const glued =
      GLUED_FIRST[words.firstCode(i)] === 1 && GLUED_LENGTHS.has(words.endOf(i) - words.startOf(i)) ? GLUED_NAMES.get(words.textOf(i)) : undefined;
    if (glued !== undefined) {
      const place = pickForm(PROVINCE_INDEX.get(glued) ?? [], day);
      if (place !== null) emit(i, i + 1, place);
      i++;
      continue;
    }
    if (words.isCapitalized(i)) {
      const match = matchProvinceName(words, i, false);
      const joinsNext =
        match !== null && words.isSpaceBefore(match.end) && words.isCapitalized(match.end) && !isPersonNameAt(words, match.end) && !isPhotoCreditAt(words, match.end);
      if (match !== null && !joinsNext && !isExcludedContext(words, i)) {
        const place = isForeignHomonymAt(body, words.endOf(match.end - 1)) ? null : pickForm(match.records, day);
        if (place !== null) emit(i, match.end, place);
        i = match.end;
        continue;
      }
      i++;
      // Only a capital right after starts a longer name (and most capitals stand alone).
      if (!words.isSpaceBefore(i) || !words.isCapitalized(i)) continue;
      if (MAY_PRECEDE_KEYS.has(words.keyOf(i - 1)) && MAY_PRECEDE_NAME.has(words.textOf(i - 1))) continue;
      // Skip the rest of a capitalised name so that its tail is not read as a place (`Nguyễn Bình Dương`).
      while (i < words.length && words.isSpaceBefore(i) && words.isCapitalized(i) && typeWordAt(words, i) === null) i++;
      continue;
    }
    i++;
  }
  return withWrittenParents(found, input);
};
