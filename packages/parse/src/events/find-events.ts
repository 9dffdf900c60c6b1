import type { EventMention, Term } from "@vnpol/schema";
import { normalizeWithOffsets } from "../normalize";
import { isCapitalized, wordTokens, type WordToken } from "../places/word-tokens";
import { scanTerms, type ScannedTerm } from "../terms/scan-terms";
import { CONGRESS_OPENERS, DOCUMENT_OF_EVENT, EVENT_WORDS, NAME_STOPS, NOT_AN_EVENT_AFTER, NOT_LAST, type EventWord } from "./event-words";
import { leadingDate, organiserAfter, organiserBefore, placeAfter } from "./event-context";
import { afterPartyOf, legislatureAfter } from "./event-name-tail";
import { gapBefore, spells } from "./token-sequence";

type Token = WordToken;
type TermWord = EventWord["endsAt"][number];

const MAX_NAME_WORDS = 24;
const NAME_GAP = /^ ?[-/] ?$/u;
const NUMBER = /^(?:\d{1,3}|[IVXLCDM]{1,8})$/u;

const KEYWORDS = EVENT_WORDS.map((entry) => ({ entry, words: entry.word.split(" "), next: entry.next.map((phrase) => phrase.toLowerCase().split(" ")) }));

// Event words by their first word, in table order (`cuộc bầu cử` before `bầu cử`).
const KEYWORDS_BY_FIRST = new Map<string, typeof KEYWORDS>();
for (const keyword of KEYWORDS) {
  const first = keyword.words[0] as string;
  KEYWORDS_BY_FIRST.set(first, [...(KEYWORDS_BY_FIRST.get(first) ?? []), keyword]);
}

const termWordOf = (body: string, term: ScannedTerm): TermWord | null => {
  const head = body.slice(term.start, term.start + 8).toLowerCase();
  for (const word of ["khóa", "nhiệm kỳ", "lần thứ", "đại hội"] as const) if (head.startsWith(word)) return word;
  // `lần VIII` numbers like `lần thứ VIII`.
  return head.startsWith("lần") ? "lần thứ" : null;
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
 * one; the organiser when the same sentence says `X tổ chức <event>` or `<event> do X tổ chức`;
 * the date only from a day written at the head of that sentence (`Ngày 14-1, X tổ chức …`), with
 * no year unless written; the place from `<event> (diễn ra) tại <place>`. Anything else stays null.
 *
 * @example
 * ```ts
 * import { findEvents } from "@vnpol/parse";
 * const [event] = findEvents("Ngày 14-1, Ban Dân vận Tỉnh ủy tổ chức Hội nghị tổng kết công tác dân vận năm 2020; triển khai nhiệm vụ năm 2021.");
 * event?.kind;       // "conference"
 * event?.name;       // "Hội nghị tổng kết công tác dân vận năm 2020"
 * event?.organiser;  // "Ban Dân vận Tỉnh ủy"
 * event?.date;       // { day: 14, month: 1 }
 * findEvents("Đại hội XIII của Đảng")[0]?.term?.ordinal; // 13
 * ```
 */
export const findEvents = (text: string): EventMention[] => {
  const normalized = normalizeWithOffsets(text);
  const body = normalized.text;
  const tokens = wordTokens(body);
  const termsByStart = new Map(scanTerms(body).map((term) => [term.start, term]));
  const found: EventMention[] = [];

  /** The term starting at token `at` if it is one of `words`, with the index after its last token. */
  const termAt = (at: number, words: readonly TermWord[]) => {
    const token = tokens[at];
    const term = token === undefined ? undefined : termsByStart.get(token.start);
    if (term === undefined) return null;
    const word = termWordOf(body, term);
    if (word === null || !words.includes(word)) return null;
    // A term is a handful of words; walk to the one it ends with.
    let last = at;
    while (last < tokens.length && (tokens[last] as Token).end < term.end) last++;
    return last < tokens.length && (tokens[last] as Token).end === term.end ? { term: term.term, next: last + 1 } : null;
  };

  let i = 0;
  while (i < tokens.length) {
    const keyword = KEYWORDS_BY_FIRST.get((tokens[i] as Token).lower)?.find(({ words }) => spells(body, tokens, i, words));
    if (keyword === undefined) {
      i++;
      continue;
    }
    const { entry, words } = keyword;
    const previous = tokens[i - 1];
    const beforePrevious = tokens[i - 2];
    const excluded =
      previous !== undefined &&
      gapBefore(body, tokens, i) === " " &&
      (NOT_AN_EVENT_AFTER.has(previous.lower) ||
        /^\d+$/u.test(previous.text) || (beforePrevious !== undefined && NOT_AN_EVENT_AFTER.has(`${beforePrevious.lower} ${previous.lower}`)));
    if (excluded) {
      i += words.length;
      continue;
    }

    const terms: Term[] = [];
    let j = i + words.length;
    let ended = false;
    // `Đại hội XIII` is a name and its term at once.
    const opening = termAt(i, entry.endsAt);
    if (opening !== null) {
      terms.push(opening.term);
      j = opening.next;
      ended = true;
    } else if (entry.kind === "congress") {
      // `Đại hội` alone is often the subject of a verb (`Đại hội bầu …`): a name needs an opener.
      const first = tokens[j];
      const opens =
        first !== undefined &&
        gapBefore(body, tokens, j) === " " &&
        (isCapitalized(first.text) || /^[IVXLCDM]+$/u.test(first.text) || CONGRESS_OPENERS.some((opener) => spells(body, tokens, j, opener.split(" "))));
      if (!opens) {
        i = j;
        continue;
      }
    } else if (entry.next.length > 0) {
      const phrase = keyword.next.find((wordsOfPhrase) => gapBefore(body, tokens, j) === " " && spells(body, tokens, j, wordsOfPhrase));
      if (phrase === undefined) {
        i = j;
        continue;
      }
      j += phrase.length;
    }

    while (!ended && j < tokens.length && j - i < MAX_NAME_WORDS) {
      const gap = gapBefore(body, tokens, j);
      // `T.Ư`, `T.W`: the abbreviated Trung ương stays in the name.
      const abbreviation = gap === "." && (tokens[j - 1] as Token).text.length === 1 && (tokens[j] as Token).text.length === 1;
      if (gap !== " " && !NAME_GAP.test(gap) && !abbreviation) break;
      const term = termAt(j, entry.endsAt);
      if (term !== null) {
        terms.push(term.term);
        j = term.next;
        ended = true;
        break;
      }
      const token = tokens[j] as Token;
      // `lần thứ 9`, `thứ 7`: the number of the meeting belongs to its name.
      if (token.lower === "lần" && spells(body, tokens, j, ["lần", "thứ"]) && NUMBER.test(tokens[j + 2]?.text ?? "")) {
        j += 3;
        continue;
      }
      if (token.lower === "lần" && gapBefore(body, tokens, j + 1) === " " && NUMBER.test(tokens[j + 1]?.text ?? "")) {
        j += 2;
        continue;
      }
      const pair = `${token.lower} ${tokens[j + 1]?.lower ?? ""}`;
      if (NAME_STOPS.has(token.lower) || (NAME_STOPS.has(pair) && gapBefore(body, tokens, j + 1) === " ")) break;
      j++;
    }

    while (!ended && j > i + words.length && NOT_LAST.has((tokens[j - 1] as Token).lower)) j--;
    if (ended && entry.kind === "congress") j = afterPartyOf(body, tokens, j);
    if (!ended && (entry.kind === "session" || entry.kind === "meeting")) {
      const legislature = legislatureAfter(body, tokens, j, (at) => termAt(at, ["khóa"]));
      if (legislature !== null) {
        terms.push(legislature.term);
        j = legislature.next;
        ended = true;
      }
    }
    if (ended) {
      const gap = gapBefore(body, tokens, j);
      const years = gap === " " || gap === ", " ? termAt(j, ["nhiệm kỳ"]) : null;
      if (years !== null) {
        terms.push(years.term);
        j = years.next;
      }
    }

    if (j <= i + words.length) {
      i = j;
      continue;
    }
    const nameStart = (tokens[i] as Token).start;
    const nameEnd = (tokens[j - 1] as Token).end;
    // `Nghị quyết Đại hội XIII … do Ban Bí thư tổ chức`: the organiser is of another event.
    const ofDocument = previous !== undefined && DOCUMENT_OF_EVENT.has(previous.lower);
    const before = ofDocument ? null : organiserBefore(body, nameStart);
    const start = normalized.toOriginal(nameStart);
    const end = normalized.toOriginal(nameEnd);
    found.push({
      start,
      end,
      text: text.slice(start, end),
      kind: entry.kind,
      // NFC again: the shared normaliser keeps singleton-decomposing letters (U+2F800…) as they are.
      name: body.slice(nameStart, nameEnd).normalize("NFC"),
      date: before === null ? null : leadingDate(body, before.clauseStart),
      place: placeAfter(body, nameEnd),
      organiser: before?.organiser ?? (ofDocument ? null : organiserAfter(body, nameEnd)),
      term: mergeTerms(terms),
    });
    i = j;
  }
  return found;
};
