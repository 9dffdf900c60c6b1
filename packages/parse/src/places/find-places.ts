import type { Place, PlaceMention } from "@vnpol/schema";
import { normalizeWithOffsets } from "../normalize";
import { asOfDay, dayOf, type DayNumber } from "./as-of";
import { BRIDGE_EXCEPTIONS, FAMILY_NAMES, MAY_PRECEDE_NAME, NOT_A_NAME_START, NOT_A_PLACE_BEFORE } from "./place-context-words";
import { DISTRICTS_ABOLISHED_AFTER, PLACE_TYPE_WORDS, type PlaceTypeWord } from "./place-types";
import type { ProvinceRecord } from "./provinces";
import { isCapitalized, wordTokens, type WordToken } from "./word-tokens";
import { CITY_ONLY_NAMES, GLUED_NAMES, LONGEST_PROVINCE_NAME, PROVINCE_INDEX, pickForm } from "./resolve-province";

/** Options of {@link findPlaces}. */
export interface FindPlacesOptions {
  /** The article's date (`Date` or `YYYY-MM-DD`): provinces resolve to the form they had that day. */
  asOf?: Date | string;
}

type Token = WordToken;

const HYPHEN_GAP = /^ ?[-–] ?$/u;
const DIGITS = /^\d{1,3}$/u;
const MAX_NAME_WORDS = 4;
const TYPE_WORDS = PLACE_TYPE_WORDS.map((entry) => ({ ...entry, words: entry.word.split(" ") }));
const CITY_WORDS = new Set(["thành phố", "tp"]);
const LAST_DISTRICT_DAY = dayOf(DISTRICTS_ABOLISHED_AFTER) ?? 0;

/** Finds where a province name written at token `from` ends; longest spelling first. */
const matchProvinceName = (text: string, tokens: readonly Token[], from: number, cityWord: boolean) => {
  let best: { end: number; records: readonly ProvinceRecord[] } | null = null;
  let key = "";
  for (let i = from; i < tokens.length && i < from + LONGEST_PROVINCE_NAME; i++) {
    const token = tokens[i] as Token;
    if (i > from) {
      const gap = text.slice((tokens[i - 1] as Token).end, token.start);
      if (gap !== " " && !HYPHEN_GAP.test(gap)) break;
    }
    key = i === from ? token.text : `${key} ${token.text}`;
    const records = PROVINCE_INDEX.get(key) ?? (cityWord ? cityOnlyRecords(key) : undefined);
    if (records !== undefined) best = { end: i + 1, records };
  }
  return best;
};

const cityOnlyRecords = (key: string): readonly ProvinceRecord[] | undefined => {
  const name = CITY_ONLY_NAMES.get(key);
  return name === undefined ? undefined : PROVINCE_INDEX.get(name);
};

// Type words by their first word, longest first, so each token costs one map look-up.
const TYPE_WORDS_BY_FIRST = new Map<string, typeof TYPE_WORDS>();
for (const entry of [...TYPE_WORDS].sort((a, b) => b.words.length - a.words.length)) {
  const first = entry.words[0] as string;
  TYPE_WORDS_BY_FIRST.set(first, [...(TYPE_WORDS_BY_FIRST.get(first) ?? []), entry]);
}

const typeWordAt = (text: string, tokens: readonly Token[], at: number) => {
  const candidates = TYPE_WORDS_BY_FIRST.get((tokens[at] as Token).lower);
  if (candidates === undefined) return null;
  for (const entry of candidates) {
    let ok = true;
    for (let k = 0; k < entry.words.length && ok; k++) {
      const token = tokens[at + k];
      if (token === undefined || token.lower !== entry.words[k]) ok = false;
      else if (k > 0) ok = text.slice((tokens[at + k - 1] as Token).end, token.start) === " ";
    }
    if (ok) return { entry, width: entry.words.length };
  }
  return null;
};

/** The gap after a type word that may lead to its name: a space, or a dot after `TP`. */
const isNameGap = (gap: string, entry: PlaceTypeWord): boolean => gap === " " || (entry.word === "tp" && (gap === "." || gap === ". "));

/** The words of a district or commune name after its type word, as written. */
const nameRun = (text: string, tokens: readonly Token[], from: number, entry: PlaceTypeWord): number => {
  const first = tokens[from];
  if (first === undefined) return from;
  if (entry.numbered && DIGITS.test(first.text)) return from + 1;
  if (!isCapitalized(first.text) || NOT_A_NAME_START.has(first.text)) return from;
  let end = from + 1;
  while (end < tokens.length && text.slice((tokens[end - 1] as Token).end, (tokens[end] as Token).start) === " " && isCapitalized((tokens[end] as Token).text)) end++;
  if (end - from > MAX_NAME_WORDS) return from;
  // Wards and communes split in two keep a number: `phường Cổ Nhuế 1`.
  const after = tokens[end];
  const numberedTail = entry.level === "commune" && after !== undefined && DIGITS.test(after.text) && after.text.length <= 2;
  return numberedTail && text.slice((tokens[end - 1] as Token).end, after.start) === " " ? end + 1 : end;
};

/** Whether the words just before token `at` say the name is a person or a street. */
const isExcludedContext = (text: string, tokens: readonly Token[], at: number): boolean => {
  const previous = tokens[at - 1];
  if (previous === undefined || text.slice(previous.end, (tokens[at] as Token).start) !== " ") return false;
  if (isCapitalized(previous.text) && !MAY_PRECEDE_NAME.has(previous.text) && !NOT_A_PLACE_BEFORE.has(previous.lower)) return true;
  const before = tokens[at - 2];
  const pair = before === undefined ? "" : `${before.lower} ${previous.lower}`;
  if (NOT_A_PLACE_BEFORE.has(pair)) return true;
  if (previous.lower === "c" && text.slice(Math.max(0, previous.start - 2), previous.start).toLowerCase() === "đ/") return true;
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
export const findPlaces = (text: string, options: FindPlacesOptions = {}): PlaceMention[] => {
  const normalized = normalizeWithOffsets(text);
  const body = normalized.text;
  const tokens = wordTokens(body);
  const day = asOfDay(options.asOf);
  const found: PlaceMention[] = [];
  const emit = (from: number, to: number, place: Place) => {
    const start = normalized.toOriginal((tokens[from] as Token).start);
    const end = normalized.toOriginal((tokens[to - 1] as Token).end);
    found.push({ start, end, text: text.slice(start, end), ...place });
  };

  let i = 0;
  while (i < tokens.length) {
    const typed = typeWordAt(body, tokens, i);
    if (typed !== null) {
      const { entry, width } = typed;
      const nameAt = i + width;
      const next = tokens[nameAt];
      if (next === undefined || !isNameGap(body.slice((tokens[nameAt - 1] as Token).end, next.start), entry)) {
        i = nameAt;
        continue;
      }
      const cityWord = CITY_WORDS.has(entry.word);
      if (entry.provinceOnly || cityWord) {
        const match = matchProvinceName(body, tokens, nameAt, cityWord);
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
      const end = nameRun(body, tokens, nameAt, entry);
      // After `TP.` and a space a capital starts a sentence unless the table knows the name.
      const sentenceAfterDot = cityWord && body.slice((tokens[nameAt - 1] as Token).end, next.start) === ". ";
      const leaderName = cityWord && end - nameAt >= 3 && FAMILY_NAMES.has(next.text);
      if (end > nameAt && !sentenceAfterDot && !leaderName) {
        // NFC again: the shared normaliser keeps singleton-decomposing letters (U+2F800…) as they are.
        const name = body.slice((tokens[nameAt] as Token).start, (tokens[end - 1] as Token).end).normalize("NFC");
        emit(i, end, districtPlace(name, entry, day));
        i = end;
        continue;
      }
      i = nameAt;
      continue;
    }
    const token = tokens[i] as Token;
    const glued = GLUED_NAMES.get(token.text);
    if (glued !== undefined) {
      const place = pickForm(PROVINCE_INDEX.get(glued) ?? [], day);
      if (place !== null) emit(i, i + 1, place);
      i++;
      continue;
    }
    if (isCapitalized(token.text)) {
      const match = matchProvinceName(body, tokens, i, false);
      const after = match === null ? undefined : tokens[match.end];
      const joinsNext =
        match !== null && after !== undefined && body.slice((tokens[match.end - 1] as Token).end, after.start) === " " && isCapitalized(after.text);
      if (match !== null && !joinsNext && !isExcludedContext(body, tokens, i)) {
        const place = pickForm(match.records, day);
        if (place !== null) emit(i, match.end, place);
        i = match.end;
        continue;
      }
      i++;
      if (MAY_PRECEDE_NAME.has(token.text)) continue;
      // Skip the rest of a capitalised name so that its tail is not read as a place (`Nguyễn Bình Dương`).
      while (
        i < tokens.length &&
        body.slice((tokens[i - 1] as Token).end, (tokens[i] as Token).start) === " " &&
        isCapitalized((tokens[i] as Token).text) &&
        typeWordAt(body, tokens, i) === null
      )
        i++;
      continue;
    }
    i++;
  }
  return found;
};
