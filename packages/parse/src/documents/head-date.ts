import type { PartialDate } from "@vnpol/schema";
import { ISSUE_VERBS, readIssueDate } from "./issue-date";

// "Ngày 3/12/2010, Thứ trưởng Bộ Nội vụ … đã ký văn bản số 6386/BNV-CCVC", "Chiều 27-4, Bộ trưởng
// … đã ký Quyết định 0747/QĐ-BTM": the date that opens the sentence is the day the document was
// signed, when the sentence goes on straight to a verb of issuing with the document as its object.

/**
 * Verbs of issuing just before a reference, with the space after them, longest first: those a
 * date of issue may follow (`ISSUE_VERBS`: `ban hành`, `ký`, `ra`) and `có` (`đã có văn bản số …`),
 * after `đã` or `vừa` or alone.
 */
const ISSUING_BEFORE: readonly string[] = [...ISSUE_VERBS, "có "].flatMap((verb) => [`đã ${verb}`, `vừa ${verb}`, verb]);

/** What may open the sentence before its date: a paper's tag (`(NLĐ)- `), a linking phrase, a part of the day. */
const OPENING = /^(?:\(\p{Lu}{2,5}\) ?[-–] ?)?(?:(?:trước đó|theo đó|sau đó|mới đây), )?((?:sáng|chiều|trưa|tối|đêm) )?/iu;

/** How far back the sentence may start: a date, a subject of a few words, the verb. */
const MAX_SENTENCE = 160;

/** Where the sentence holding `at` starts: after the last full stop, semicolon or line before it, or a lead's tag (`Ảnh: N. HỮU (NLĐ) - `). */
const sentenceStart = (text: string, at: number): number => {
  const from = Math.max(0, at - MAX_SENTENCE);
  // Searched in the window alone: a text with no mark before `at` is not read back to its start.
  const window = text.slice(from, at);
  let start = from;
  for (const mark of [". ", "; ", "\n", "? ", "! ", ") - ", ")- ", ") – "]) {
    const found = window.lastIndexOf(mark);
    if (found >= 0) start = Math.max(start, from + found + mark.length);
  }
  return start;
};

/**
 * The date that opens the sentence of the reference starting at `at`, when a verb of issuing
 * stands right before the reference and a comma ends the date (`Ngày 29-3, Thủ tướng Phan Văn Khải
 * đã ký Nghị định số 42/2005/NĐ-CP`); null otherwise. The year is the one written, never guessed.
 * Bounded: reads the sentence's first {@link MAX_SENTENCE} characters at most.
 */
export const headDateBefore = (text: string, at: number): PartialDate | null => {
  const verb = ISSUING_BEFORE.find((words) => at >= words.length && text.startsWith(words, at - words.length));
  if (verb === undefined) return null;
  const start = sentenceStart(text, at);
  if (start === Math.max(0, at - MAX_SENTENCE) && start > 0) return null;
  const opening = OPENING.exec(text.slice(start, at))!;
  const from = start + opening[0].length;
  // After a part of the day a day and month stand without `ngày` (`Chiều 27-4,`): read them as if it stood there.
  const date = opening[1] === undefined ? readIssueDate(text, from) : readIssueDate(`ngày ${text.slice(from, from + 12)}`, 0);
  const end = date === null ? -1 : opening[1] === undefined ? date.end : from + date.end - 5;
  if (date === null || text[end] !== ",") return null;
  // A second date between it and the verb dates something else.
  const between = text.slice(end, at - verb.length);
  return /\d{1,2}[/.-]\d{1,2}/u.test(between) ? null : date.date;
};
