import type { EventMention, Term } from "@vnpol/schema";
import { normalizeWithOffsets, type NormalizedText } from "../normalize";
import { PART_OF_YEAR_MONTHS } from "../dates/date-words";
import { RELATIVE_SHIFTS } from "../dates/relative";
import { lowerCode, spells, WordList } from "../places/word-list";
import type { WordToken } from "../places/word-tokens";
import { termStartingAt, type ScannedTerm } from "../terms/scan-terms";
import { BACK_REFERENCE_AFTER, BODIES_WITH_STOPS, CLOSED_AFTER, COMMA_FORMULAS, COUNTERS, EVENT_CLASSIFIERS, DATE_AFTER_NGAY, DOCUMENT_OF_EVENT, EVENT_WORDS, HAILED_AFTER, HELD_WHEN, JOINT_ELECTION_TAILS, NAME_STOPS, NOT_AN_EVENT_AFTER, NOT_LAST, NOUNS_FROM_STOPS, CAPITALISED_NOUNS_FROM_STOPS, NOUNS_WITH_STOPS, ORDINAL_WORDS, POINTS_BACK, PURPOSE_AFTER_CONFERENCE, type EventWord } from "./event-words";
import { ownBodyOf } from "./own-body";
import { attendingClauseStart, clauseStartBefore, dateAfter, dateClauseAfter, endsAfter, heldAtPlace, heldByAfter, opensEventClause, organiserBefore, placeAfter, sentenceHead } from "./event-context";
import { afterPartyOf, legislatureAfter, meetingBodyAfter } from "./event-name-tail";
import { withYearFrom } from "./event-year";
import { DEPARTMENT_ONLY_FIELDS, MINISTRY_FIELDS } from "../organizations/field-names";

type TermWord = EventWord["endsAt"][number];

const MAX_NAME_WORDS = 32;
// "cuộc họp báo thường kỳ Bộ Tài nguyên và Môi trường": the fields of ministries and departments joined by `và`, whose
// `và` does not end a name (each as its words in lower case, and the index of `và` among them).
const FIELDS_WITH_AND = [...MINISTRY_FIELDS, ...DEPARTMENT_ONLY_FIELDS]
  .filter((field) => field.includes(" và ") && !/[-,]/u.test(field))
  .map((field) => field.toLowerCase().split(" "))
  .map((fieldWords) => ({ words: fieldWords, and: fieldWords.indexOf("và") }));
// "hội nghị sơ kết thực hiện chỉ thị số 31/2005/CT-UB ngày 26-10-2005": a name that ends with a document's number is followed by its date.
const NAMES_A_DOCUMENT = /\d\/\d|số \d/u;
const NAME_GAP = /^ ?[-/] ?$/u;
// An en dash joins two capitalised words of a name (`Hội nghị cấp cao Á – Âu`); before a word in lower case it opens an apposition.
const EN_DASH_GAP = /^ ?– ?$/u;
// A title in quotes: `“` or `"` opens it after a space, `”` or `"` closes it (some papers put spaces inside: `" Xe lăn … "`).
const OPENING_QUOTE_GAP = /^ [“"] ?$/u;
const CLOSING_QUOTE_GAP = /^ ?[”"]/u;
const MAX_QUOTED_WORDS = 20;
/** Words of a congress's name that make it those of every level, or of one level named as a kind (`các cấp`, `cấp cơ sở`). */
const EVERY_LEVEL = / (?:các )?cấp(?: |$)/u;
/** A short aside in brackets right after an event's name (`(dương lịch 2006)`), and its longest inside. */
const MAX_ASIDE = 40;
const ASIDE_AFTER_NAME = new RegExp(`^ \\([^()\\n]{1,${MAX_ASIDE}}\\)`, "u");
/** The quotes that open and close a name quoted whole (`"Hội nghị …"`, `“Hội thảo …”`). */
const OPENING_QUOTES = "\"“«";
const CLOSING_QUOTES = "\"”»";
const NUMBER = /^(?:\d{1,3}|[IVXLCDM]{1,8})$/u;
/** Whether a word is a meeting's number: digits, Roman numerals or an ordinal in words (`nhất`). */
const isOrdinal = (word: WordToken | undefined): boolean => word !== undefined && (NUMBER.test(word.text) || ORDINAL_WORDS.has(word.lower));
/** The relative dates of two words (`năm nay`, `tháng tới`), from the date finder's table. */
const RELATIVE_DATES: ReadonlySet<string> = new Set(Object.keys(RELATIVE_SHIFTS));

/** Whether `ngày` at word `at` names a day by words after it (`ngày thành lập`), not a date (`ngày 20`, `ngày mai`). */
const namesADayAfter = (words: WordList, at: number): boolean => {
  const next = words.get(at + 1);
  return next !== undefined && words.isSpaceBefore(at + 1) && !/^\d/.test(next.text) && !DATE_AFTER_NGAY.has(next.lower);
};

const KEYWORDS = EVENT_WORDS.map((entry) => ({
  entry,
  words: entry.word.split(" "),
  next: entry.next.map((phrase) => phrase.toLowerCase().split(" ")),
  openers: entry.openers?.map((phrase) => phrase.split(" ")),
  notNext: entry.notNext?.map((phrase) => phrase.split(" ")),
  onlyAfter: entry.onlyAfter === undefined ? undefined : new Set(entry.onlyAfter),
}));

// Event words by the first letter and length of their first word, in table order (`cuộc bầu cử` before `bầu cử`): most words cost one look-up.
const keywordKey = (letter: number, length: number) => letter * 64 + Math.min(length, 63);
const KEYWORDS_BY_KEY = new Map<number, typeof KEYWORDS>();
for (const keyword of KEYWORDS) {
  const first = keyword.words[0] as string;
  const key = keywordKey(first.charCodeAt(0), first.length);
  KEYWORDS_BY_KEY.set(key, [...(KEYWORDS_BY_KEY.get(key) ?? []), keyword]);
}
// First code units whose lower case opens an event word: every other word is passed over with one table read.
const KEYWORD_LETTERS: ReadonlySet<number> = new Set(KEYWORDS.map((keyword) => (keyword.words[0] as string).charCodeAt(0)));
// By first code unit below U+2100; beyond, every word is read.
const KEYWORD_START = Uint8Array.from({ length: 0x2100 }, (_, code) => (KEYWORD_LETTERS.has(lowerCode(code)) ? 1 : 0));
// By the low 16 bits of a word's key (`WordList.letterKeys`): 1 when it may be the first word of an event word.
const KEYWORD_KEYS = new Uint8Array(0x10000);
for (const keyword of KEYWORDS) KEYWORD_KEYS[(new WordList(keyword.words[0] as string).letterKeys()[0] as number) & 0xffff] = 1;

const termWordOf = (body: string, term: ScannedTerm): TermWord | null => {
  const head = body.slice(term.start, term.start + 8).toLowerCase();
  for (const word of ["khóa", "nhiệm kỳ", "lần thứ", "đại hội"] as const) if (head.startsWith(word)) return word;
  // `lần VIII` numbers like `lần thứ VIII`.
  return head.startsWith("lần") ? "lần thứ" : null;
};

/** Whether a word is written in capitals only (`TP`, `HCM`, `Ư`). */
const isCapitalsOnly = (word: string): boolean => word !== word.toLowerCase() && word === word.toUpperCase();

/** Whether word `at`, right after a lower-case `tổ chức`, makes it the verb "held": a word of when or where, or the name's end. */
const isHeldAt = (words: WordList, at: number): boolean => {
  const next = words.get(at);
  return next === undefined || !words.isSpaceBefore(at) || HELD_WHEN.has(next.lower) || NAME_STOPS.has(next.lower);
};

const mergeTerms = (terms: readonly Term[]): Term | null => {
  if (terms.length === 0) return null;
  const ordinal = terms.find((term) => term.ordinal !== null)?.ordinal ?? null;
  const years = terms.find((term) => term.startYear !== null);
  return { startYear: years?.startYear ?? null, endYear: years?.endYear ?? null, ordinal };
};

/**
 * Finds political events named in Vietnamese text: conferences (`Hội nghị Trung ương 9 khóa
 * XIII`), sessions (`Kỳ họp thứ 7`, `Kỳ họp bất thường lần thứ 7, Quốc hội khóa XV`), congresses
 * (`Đại hội XIII của Đảng`, `Đại hội Đảng bộ tỉnh lần thứ XIV`), elections (`cuộc bầu cử đại
 * biểu Quốc hội khóa XV`), meetings and ceremonies.
 *
 * The name is kept as written and ends where it clearly ends: at punctuation, at a verb,
 * preposition or time word, or right after its term. The term is filled when the name writes
 * one; the organiser when the same sentence says `X tổ chức <event>` or `<event> do X tổ chức`,
 * or when the event is named after the body that holds it (`Kỳ họp thứ 7, Quốc hội khóa XV`:
 * `Quốc hội`; `Đại hội X của Đảng`: the Communist Party of Vietnam);
 * the date from a day written at the head of that sentence (`Ngày 14-1, X tổ chức …`) or right
 * after a verb of taking place (`<event> diễn ra từ ngày 17 đến 24-4`), with no year unless
 * written or `ref` (the article's publication date) fills it as `findDates` does (an event on
 * 27/12 in an article of 3/1 is last year's); the place from `<event> (diễn ra) tại <place>`.
 * Anything else stays null.
 *
 * @example
 * ```ts
 * import { findEvents } from "@vnpol/parse";
 * const [event] = findEvents("Ngày 14-1, Ban Dân vận Tỉnh ủy tổ chức Hội nghị tổng kết công tác dân vận năm 2020; triển khai nhiệm vụ năm 2021.");
 * event?.kind;       // "conference"
 * event?.name;       // "Hội nghị tổng kết công tác dân vận năm 2020"
 * event?.organiser;  // "Ban Dân vận Tỉnh ủy"
 * event?.date;       // { day: 14, month: 1 }
 * findEvents("Ngày 14-1, Ban Dân vận Tỉnh ủy tổ chức Hội nghị tổng kết", { ref: "2021-01-15" })[0]?.date; // { year: 2021, month: 1, day: 14 }
 * findEvents("Đại hội XIII của Đảng")[0]?.term?.ordinal; // 13
 * ```
 */
export const findEvents = (text: string, options: FindEventsOptions = {}): EventMention[] => findEventsIn(normalizeWithOffsets(text), text, undefined, options);

/** Options of {@link findEvents}. */
export interface FindEventsOptions {
  /** The article's publication date (`2021-01-15`, or a `Date`, read in Vietnam time): fills the year of an event's day written without one. */
  readonly ref?: Date | string;
}

/**
 * {@link findEvents} over text already normalised with `normalizeWithOffsets`, so that callers
 * running several finders on one text normalise it once (and may pass the words of
 * `normalized.text`, shared with `findPlacesIn`). Offsets are into `input`, the text as given.
 *
 * @example
 * ```ts
 * import { normalizeWithOffsets } from "../normalize";
 * import { findEventsIn } from "./find-events";
 * const input = "Quốc hội khoá XV họp Kỳ họp thứ 7";
 * findEventsIn(normalizeWithOffsets(input), input)[0]?.text; // "Kỳ họp thứ 7"
 * ```
 */
export const findEventsIn = (normalized: NormalizedText, input: string, words: WordList = new WordList(normalized.text), options: FindEventsOptions = {}): EventMention[] => {
  const body = normalized.text;

  const found: EventMention[] = [];

  /** The term starting at word `at` if it is one of `termWords`, with the index after its last token. */
  const termAt = (at: number, termWords: readonly TermWord[]) => {
    const term = at >= 0 && at < words.length ? termStartingAt(body, words.startOf(at)) : null;
    if (term === null) return null;
    const word = termWordOf(body, term);
    if (word === null || !termWords.includes(word)) return null;
    // A term is a handful of words; walk to the one it ends with.
    let last = at;
    while (last < words.length && words.endOf(last) < term.end) last++;
    return last < words.length && words.endOf(last) === term.end ? { term: term.term, next: last + 1 } : null;
  };

  /** The word after a title in quotes whose first word is `at` (or the count of words, when the text ends with it): the gap before it opens with the closing quote; -1 when none closes within a few words on the line. */
  const quotedTitleEnd = (at: number): number => {
    for (let k = at + 1; k <= words.length && k <= at + MAX_QUOTED_WORDS; k++) {
      // After the last word, the rest of the text: a title may close the text, or its line (`… Luật Dạy nghề”.\n`).
      const gap = k < words.length ? words.gapBefore(k) : body.slice(words.endOf(k - 1), words.endOf(k - 1) + 2);
      if (CLOSING_QUOTE_GAP.test(gap)) return k;
      if (gap.includes("\n")) return -1;
    }
    return -1;
  };

  /** The term in brackets that opens at word `at` (`(khóa IX)`), as {@link termAt} gives it; the closing bracket follows its last word. */
  const bracketedTermAt = (at: number, termWords: readonly TermWord[]) => {
    if (at >= words.length || words.gapBefore(at) !== " (") return null;
    const term = termAt(at, termWords);
    return term !== null && body.charAt(words.endOf(term.next - 1)) === ")" ? term : null;
  };

  /** Whether the words from `from` up to `to` are all in lower case and none is a number. */
  const isCommonWords = (from: number, to: number): boolean => {
    for (let k = from; k < to; k++) if (words.isCapitalized(k) || /\d/u.test(words.textOf(k))) return false;
    return true;
  };

  /** Whether the words from `from` up to `to` hold `kỷ niệm`: the event is held for an anniversary. */
  const marksAnniversary = (from: number, to: number): boolean => {
    for (let k = from; k + 1 < to; k++) if (spells(words, k, ["kỷ", "niệm"])) return true;
    return false;
  };

  /** Whether the words from `from` up to `to` hold `về`, which opens a seminar's topic. */
  const topicAt = (from: number, to: number): boolean => {
    for (let k = from; k < to; k++) if (words.get(k)?.lower === "về") return true;
    return false;
  };

  /**
   * Whether `và` at word `at` goes on with a name begun at `from` rather than ending it: between
   * the two sides a name sets apart with `giữa` (`cuộc họp mặt giữa kiều bào và UBND TP HCM`), or
   * in a topic (after `về`, `tổng kết`, `sơ kết`, or in a seminar's name) before a word in lower case
   * (`hội thảo về quản lý và phát triển nghiên cứu khoa học`, `hội nghị tổng kết năm 2003 và triển
   * khai công tác`); never before a word that ends names (`và sẽ`, `và biểu quyết`).
   */
  const andGoesOn = (from: number, at: number, kind: EventWord["kind"]): boolean => {
    const next = words.get(at + 1);
    if (next === undefined || !words.isSpaceBefore(at + 1) || NAME_STOPS.has(next.lower) || NAME_STOPS.has(`${next.lower} ${words.get(at + 2)?.lower ?? ""}`)) return false;
    let between = false;
    let topic = kind === "seminar";
    for (let k = from; k < at; k++) {
      const lower = words.get(k)?.lower;
      if (lower === "giữa") between = true;
      else if (lower === "và") between = false;
      if (lower === "về" || ((lower === "tổng" || lower === "sơ") && words.get(k + 1)?.lower === "kết")) topic = true;
    }
    return between || (topic && !words.isCapitalized(at + 1));
  };

  const keys = words.letterKeys();
  let i = 0;
  while (i < words.length) {
    if (KEYWORD_KEYS[(keys[i] as number) & 0xffff] === 0) {
      i++;
      continue;
    }
    const first = words.firstCode(i);
    const keyword =
      (KEYWORD_START[first] ?? 1) === 0
        ? undefined
        : KEYWORDS_BY_KEY.get(keywordKey(lowerCode(first), words.endOf(i) - words.startOf(i)))?.find((candidate) => spells(words, i, candidate.words));
    if (keyword === undefined) {
      i++;
      continue;
    }
    const { entry } = keyword;
    const width = keyword.words.length;
    const previous = words.get(i - 1);
    const beforePrevious = words.get(i - 2);
    /** Whether the word or the two words before the event are one of `phrases`. */
    const follows = (phrases: ReadonlySet<string>): boolean =>
      previous !== undefined &&
      words.isSpaceBefore(i) &&
      (phrases.has(previous.lower) || (beforePrevious !== undefined && words.isSpaceBefore(i - 1) && phrases.has(`${beforePrevious.lower} ${previous.lower}`)));
    const excluded =
      follows(NOT_AN_EVENT_AFTER) ||
      (previous !== undefined && words.isSpaceBefore(i) && /^\d+$/u.test(previous.text)) ||
      // "qua 15 kỳ Hội nghị Trung ương": a count of meetings with its counter word.
      (previous !== undefined && COUNTERS.has(previous.lower) && words.isSpaceBefore(i) && words.isSpaceBefore(i - 1) && /^\d+$/u.test(words.get(i - 2)?.text ?? "")) ||
      (keyword.notNext?.some((phrase) => words.isSpaceBefore(i + width) && spells(words, i + width, phrase)) ?? false) ||
      // "tổ chức họp báo": an event word that is also a verb counts only after the verb of holding it.
      (keyword.onlyAfter !== undefined && !follows(keyword.onlyAfter));
    if (excluded) {
      i += width;
      continue;
    }

    const terms: Term[] = [];
    let j = i + width;
    // Where a name made of the event word and an opener alone ends (`Tại cuộc họp báo, …`); -1 when no opener word opened it.
    let bareEnd = -1;
    let ended = false;
    // `Đại hội XIII` is a name and its term at once.
    const opening = termAt(i, entry.endsAt);
    if (opening !== null) {
      terms.push(opening.term);
      j = opening.next;
      ended = true;
    } else if (keyword.openers !== undefined) {
      // `Đại hội` or `hội thảo` alone is often the subject of a verb (`Đại hội bầu …`): a name needs an opener.
      const first = words.get(j);
      const opens =
        first !== undefined &&
        (OPENING_QUOTE_GAP.test(words.gapBefore(j)) ||
          (words.isSpaceBefore(j) &&
            (words.isCapitalized(j) || /^[IVXLCDM]+$/u.test(first.text) || keyword.openers.some((opener) => spells(words, j, opener)))));
      if (!opens) {
        i = j;
        continue;
      }
      // "cuộc họp báo", "hội thảo khoa học": a name that is the event word and its opener only (see `bareEnd`).
      const opener = entry.kind === "congress" || !words.isSpaceBefore(j) ? undefined : keyword.openers.find((phrase) => spells(words, j, phrase));
      // The opener is the name's (`hội thảo với chủ đề …`), even a word that ends names elsewhere.
      if (opener !== undefined) j = bareEnd = j + opener.length;
    } else if (entry.next.length > 0) {
      const phrase = keyword.next.find((wordsOfPhrase) => words.isSpaceBefore(j) && spells(words, j, wordsOfPhrase));
      if (phrase === undefined) {
        i = j;
        continue;
      }
      j += phrase.length;
    }
    // "Phát biểu tại lễ kỷ niệm,": a kind of ceremony alone after `tại` points back to one named before, as `tại hội nghị` does.
    const bareAfter = entry.kind === "ceremony" && follows(BACK_REFERENCE_AFTER) ? j : i + width;

    let closing = 0; // the bracket after a term in brackets, which the name takes
    let quoted = -1; // the word after a title in quotes the name took
    let acronymClosed = false; // the gap before j opens with the bracket that closed an acronym the name took
    let acronymAt = -1; // the last acronym in brackets the name took
    while (!ended && j < words.length && j - i < MAX_NAME_WORDS) {
      const written = words.gapBefore(j);
      const gap = acronymClosed && written.startsWith(")") ? written.slice(1) || " " : written;
      acronymClosed = false;
      // "hội thảo quốc gia về công nghệ thông tin (CNTT) - truyền thông": an acronym in brackets goes on with the name.
      // Not a paper's dateline, whose bracket a dash follows tight: "Mít tinh kỷ niệm 30 năm giải phóng (NLĐ)- Sáng 29-4".
      if (gap === " (" && isCapitalsOnly(words.textOf(j)) && body.charAt(words.endOf(j)) === ")" && !"-–".includes(body.charAt(words.endOf(j) + 1)) && j + 1 < words.length) {
        acronymAt = j;
        j++;
        acronymClosed = true;
        continue;
      }
      if (gap === " (") break;
      // `lễ trao giải thưởng “Ngòi bút trẻ” lần 2`, `Lễ thượng cờ "Thống nhất non sông"`: a title in quotes is the name's, whatever its words.
      const afterQuote = OPENING_QUOTE_GAP.test(gap) && words.isCapitalized(j) ? quotedTitleEnd(j) : -1;
      if (afterQuote > j) {
        j = quoted = afterQuote;
        continue;
      }
      // `T.Ư`, `T.W`, `TP.HCM`: capitals joined by a dot are one abbreviation, which stays in the name.
      const abbreviation = gap === "." && isCapitalsOnly(words.textOf(j - 1)) && isCapitalsOnly(words.textOf(j));
      // "về phòng, chống dịch Covid-19", "Hội nghị học tập, quán triệt, tuyên truyền …": the formulas written with commas stay whole.
      const formula = gap === ", " && COMMA_FORMULAS.has(`${words.get(j - 1)?.lower ?? ""},${words.get(j)?.lower ?? ""}`);
      if (gap !== " " && !NAME_GAP.test(gap) && !abbreviation && !formula && !(EN_DASH_GAP.test(gap) && words.isCapitalized(j))) break;
      const term = termAt(j, entry.endsAt);
      if (term !== null) {
        terms.push(term.term);
        j = term.next;
        ended = true;
        break;
      }
      const token = words.get(j) as WordToken;
      // `lần thứ 9`, `thứ 7`: the number of the meeting belongs to its name.
      if (token.lower === "lần" && spells(words, j, ["lần", "thứ"]) && isOrdinal(words.get(j + 2))) {
        j += 3;
        continue;
      }
      if (token.lower === "lần" && words.isSpaceBefore(j + 1) && NUMBER.test(words.get(j + 1)?.text ?? "")) {
        j += 2;
        continue;
      }
      const pair = `${token.lower} ${words.get(j + 1)?.lower ?? ""}`;
      // "lễ kỷ niệm 29 năm ngày miền Nam hoàn toàn giải phóng": the day a ceremony marks is part of its name, and so
      // is the day any event held for an anniversary marks ("hội thảo khoa học kỷ niệm 60 năm ngày chiến thắng").
      if (token.lower === "ngày" && (entry.kind === "ceremony" || marksAnniversary(i + width, j)) && namesADayAfter(words, j)) {
        j++;
        continue;
      }
      // "góp ý Luật Nhà ở", "Hiệp định tránh đánh thuế hai lần": a noun whose second word is a stop goes on with the name.
      if (j > i + width && NAME_STOPS.has(token.lower) && NOUNS_WITH_STOPS.has(`${words.get(j - 1)?.lower ?? ""} ${token.lower}`)) {
        j++;
        continue;
      }
      // "Bộ Tài nguyên và Môi trường": the `và` of a ministry's field goes on with the name.
      const field = token.lower === "và" ? FIELDS_WITH_AND.find((candidate) => j - candidate.and > i + width && spells(words, j - candidate.and, candidate.words)) : undefined;
      if (field !== undefined) {
        j += field.words.length - field.and;
        continue;
      }
      if (token.lower === "và" && j > i + width && andGoesOn(i + width, j, entry.kind)) {
        j++;
        continue;
      }
      // "hội thảo về tác hại của dioxin": in a seminar's topic, `của` before a word in lower case goes on with it (before a capital it opens the organiser).
      if (token.lower === "của" && entry.kind === "seminar" && words.isSpaceBefore(j + 1) && j + 1 < words.length && !words.isCapitalized(j + 1) && topicAt(i + width, j)) {
        j++;
        continue;
      }
      // "cuộc họp Ban chỉ đạo phòng chống dịch": a body's name whose second word is a stop goes on with the name.
      const bodyName = BODIES_WITH_STOPS.find((name) => spells(words, j - 1, name));
      if (bodyName !== undefined && j > i + width) {
        j += bodyName.length - 1;
        continue;
      }
      // "hội nghị triển khai chỉ thị": a noun whose first word is a stop goes on with the name; so does "Quyết định" in capitals.
      if (j > i + width && (NOUNS_FROM_STOPS.has(pair) || (CAPITALISED_NOUNS_FROM_STOPS.has(pair) && words.isCapitalized(j))) && words.isSpaceBefore(j + 1)) {
        j += 2;
        continue;
      }
      // "hội nghị bàn biện pháp chống hạn": right after the event word, `bàn` (to discuss) names what the meeting is for.
      const purpose = j === i + width && entry.kind === "conference" && PURPOSE_AFTER_CONFERENCE.has(token.lower);
      if (!purpose && (NAME_STOPS.has(token.lower) || (NAME_STOPS.has(pair) && words.isSpaceBefore(j + 1)))) {
        // "hội nghị tuyển sinh năm nay": `năm nay` is a date (the date finder's table), so `năm` goes with it.
        // So does a part of the year before it: "Hội nghị cấp cao APEC cuối năm nay".
        if (RELATIVE_DATES.has(`${words.get(j - 1)?.lower ?? ""} ${token.lower}`) && j - 1 > i + width) {
          j--;
          if (Object.hasOwn(PART_OF_YEAR_MONTHS, words.get(j - 1)?.lower ?? "") && j - 1 > i + width) j--;
        }
        break;
      }
      if (token.text === "tổ" && pair === "tổ chức" && isHeldAt(words, j + 2)) break;
      j++;
    }

    // "tổ chức hội thảo về vấn đề này": a name in common words only points back to an event named before (`Hội nghị T.Ư 15 này` still names one).
    if (!ended && j > i + width && words.isSpaceBefore(j) && POINTS_BACK.has(words.get(j)?.lower ?? "") && isCommonWords(i + width, j)) {
      i = j;
      continue;
    }
    // "Luật thanh niên (TN), ngày 6-10": an acronym in brackets that nothing follows in the name is left out of it.
    if (!ended && j === acronymAt + 1) j = acronymAt;
    while (!ended && j > i + width && j > quoted && NOT_LAST.has(words.get(j - 1)?.lower ?? "")) j--;
    // The closing quote after the name's last word.
    if (j === quoted) closing = body.charAt(words.endOf(j - 1)) === " " ? 2 : 1;
    if (ended && entry.kind === "congress") j = afterPartyOf(words, j);
    if (!ended && (entry.kind === "session" || entry.kind === "meeting")) {
      const legislature = legislatureAfter(words, j, (at) => termAt(at, ["khóa"]));
      if (legislature === null) {
        j = meetingBodyAfter(words, j);
      } else {
        terms.push(legislature.term);
        j = legislature.next;
        ended = true;
      }
    } else if (!ended && entry.kind === "conference" && words.gapBefore(j) === ", " && isOrdinal(words.get(j - 1))) {
      // "Hội nghị lần thứ 14, Ban Chấp hành Trung ương Đảng khoá IX": the committee that meets, set after the number.
      const committee = legislatureAfter(words, j, (at) => termAt(at, ["khóa"]));
      if (committee !== null) {
        terms.push(committee.term);
        j = committee.next;
        ended = true;
      }
    }
    // "Hội nghị Trung ương 4 (khóa IX)", "kỳ họp thứ 6 của UBKT Tỉnh ủy Phú Yên (Khóa XVII)": a term in brackets closes the name.
    const bracketed = ended ? null : bracketedTermAt(j, entry.endsAt);
    if (bracketed !== null) {
      terms.push(bracketed.term);
      j = bracketed.next;
      ended = true;
      closing = 1;
    }
    // "bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp": the councils elected the same day, one election.
    if (entry.kind === "election" && closing === 0 && words.isSpaceBefore(j) && words.get(j)?.lower === "và") {
      const tail = JOINT_ELECTION_TAILS.find((phrase) => spells(words, j + 1, phrase));
      if (tail !== undefined) {
        j += 1 + tail.length;
        ended = true;
      }
    }
    if (ended && closing === 0) {
      // ", nhiệm kỳ 2021-2026", or in brackets: "lần VIII (nhiệm kỳ 2005-2010)".
      const gap = words.gapBefore(j);
      const years = gap === " " || gap === ", " ? termAt(j, ["nhiệm kỳ"]) : bracketedTermAt(j, ["nhiệm kỳ"]);
      if (years !== null) {
        terms.push(years.term);
        j = years.next;
        if (gap === " (") closing = 1;
      }
    }

    if (j <= bareAfter) {
      i = j;
      continue;
    }
    // `tại "Hội nghị tổng kết … Nghị định 58 của Chính phủ về bảo hiểm y tế" do …`: a name quoted whole runs to its closing
    // quote, past the words that end names elsewhere.
    if (closing === 0 && OPENING_QUOTE_GAP.test(words.gapBefore(i)) && !CLOSING_QUOTE_GAP.test(words.gapBefore(j))) {
      const quoted = quotedTitleEnd(j - 1);
      if (quoted > j) j = quoted;
    }
    const nameStart = words.startOf(i);
    const nameEnd = words.endOf(j - 1) + closing;
    // `Nghị quyết Đại hội XIII … do Ban Bí thư tổ chức`: the organiser is of another event.
    const ofDocument = previous !== undefined && DOCUMENT_OF_EVENT.has(previous.lower);
    // "tổ chức buổi Hội thảo khoa học …": the clause around the event is read from its classifier.
    const lead = previous !== undefined && words.isSpaceBefore(i) && EVENT_CLASSIFIERS.has(previous.lower) ? words.startOf(i - 1) : nameStart;
    // The clause that holds the event, read once for its organiser, its head and the clause after it.
    const clauseStart = clauseStartBefore(body, lead);
    const organised = ofDocument ? null : organiserBefore(body, clauseStart, lead);
    const opens = organised === null && opensEventClause(body, clauseStart, lead);
    const attending = organised === null && !opens ? attendingClauseStart(body, clauseStart, lead) : -1;
    const sentence = sentenceHead(body, organised !== null ? organised.clauseStart : opens ? clauseStart : attending);
    // "Ngày 17.3 tại Hà Nội đã diễn ra hội thảo …": the event's own clause may say where, and open with the day.
    const own = organised === null ? heldAtPlace(body, clauseStart, lead) : null;
    const head = own === null ? sentence : { date: sentence.date ?? own.date, place: sentence.place ?? own.place };
    // `như "Hội nghị …" được tổ chức hôm qua 25/7`: what is said of an event named in quotes follows the closing quote
    // (and the empty brackets a page's lost footnote mark leaves there: `"Hội nghị …"() được tổ chức`).
    const quotedWhole = OPENING_QUOTES.includes(body.charAt(nameStart - 1)) && CLOSING_QUOTES.includes(body.charAt(nameEnd));
    const afterName = quotedWhole ? nameEnd + (body.startsWith("()", nameEnd + 1) ? 3 : 1) : nameEnd;
    const placed = placeAfter(body, afterName);
    // "Ngày 23-12, Đại hội … đã bế mạc", "bế mạc Đại hội X vào sáng 25-4": the day of its close is not the event's.
    // "chào mừng thành công Đại hội X … được tổ chức … 28/4": the day after an event hailed is the ceremony's.
    // "<event> do X tổ chức ngày 17-3": the organiser's clause after the event, read once for its organiser and day.
    // "… Phật lịch 2550 (dương lịch 2006) do Ủy ban MTTQ TP.HCM tổ chức": an aside in brackets may stand before the organiser's clause.
    const aside = ASIDE_AFTER_NAME.exec(body.slice(afterName, afterName + MAX_ASIDE + 3));
    const heldBy = ofDocument ? null : (heldByAfter(body, afterName) ?? (aside === null ? null : heldByAfter(body, afterName + aside[0].length)));
    const closed = endsAfter(body, afterName) || follows(CLOSED_AFTER);
    const dayAfter =
      closed || head.date !== null
        ? null
        : ((follows(HAILED_AFTER) ? null : dateAfter(body, afterName, placed, !ofDocument && !NAMES_A_DOCUMENT.test(body.slice(nameStart, nameEnd)))) ??
          (heldBy?.day ?? null));
    const date = closed ? null : (head.date ?? dayAfter?.value ?? dateClauseAfter(body, clauseStart, lead, afterName));
    // "triệu tập Đại hội X của Đảng từ ngày 18 đến 25-4 tại Hà Nội": the place may follow the day read after the name.
    const place = placed?.name ?? head.place ?? (dayAfter === null ? null : (placeAfter(body, dayAfter.end, true)?.name ?? null));
    // "Kỳ họp thứ 7, Quốc hội khóa XV", "Đại hội Đảng bộ tỉnh Đồng Nai": an event named after the body that holds it.
    const organiser = organised?.name ?? heldBy?.organiser ?? ownBodyOf(body.slice(nameStart, nameEnd), entry.kind, terms.length > 0);
    // "Tại buổi họp báo, …", "Buổi họp mặt còn sinh động hơn": a meeting or seminar named by its opener alone, and
    // nothing said of it, points back to one named before, as `tại lễ kỷ niệm` does.
    if (j === bareEnd && date === null && place === null && organiser === null) {
      i = j;
      continue;
    }
    // "đại hội Đảng bộ các cấp", "Đại hội Đảng các cấp": the congresses of every level, a kind, not one event; with its
    // term it is the round of one term (`Đại hội Đảng bộ các cấp nhiệm kỳ 2020-2025`), which is one.
    if (entry.kind === "congress" && terms.length === 0 && EVERY_LEVEL.test(body.slice(nameStart, nameEnd))) {
      i = j;
      continue;
    }
    const start = normalized.toOriginal(nameStart);
    const end = normalized.toOriginal(nameEnd);
    found.push({
      start,
      end,
      text: input.slice(start, end),
      kind: entry.kind,
      name: body.slice(nameStart, nameEnd), // NFC already: the normaliser's output
      date: date === null ? null : withYearFrom(date, options.ref),
      place,
      organiser,
      term: mergeTerms(terms),
    });
    i = j;
  }
  return found;
};
