import { InputError } from "./input-error";
import { isoDateOf, refOfArticle } from "./ref-date";
import type { SourceDocument } from "./source-document";

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Reads one article record, `{ id, text | body, date? }` (the corpus's JSONL) or a dataset
 * `Article` (`body`, `datePublished`, `eventDate`), into a {@link SourceDocument}. Its
 * reference day is its `date`, else its `datePublished` or `eventDate` when complete.
 * Throws an {@link InputError} when the record has no text.
 *
 * @example
 * ```ts
 * import { documentOfRecord } from "@vnpol/cli";
 * documentOfRecord({ id: "unc-1", text: "Ngày 25/2, …", date: "2021-03-01" }, "news.jsonl", { line: 1 });
 * // { source: "news.jsonl", id: "unc-1", line: 1, text: "Ngày 25/2, …", offset: 0, ref: "2021-03-01" }
 * ```
 */
export const documentOfRecord = (
  value: unknown,
  source: string,
  where: { line: number } | { index: number },
): SourceDocument => {
  const line = "line" in where ? where.line : undefined;
  if (!isObject(value)) throw new InputError(source, "expected a JSON object (an article record), got " + (Array.isArray(value) ? "an array" : typeof value === "object" ? "null" : typeof value), line);
  const text = typeof value.text === "string" ? value.text : typeof value.body === "string" ? value.body : null;
  const at = "line" in where ? "" : `record ${where.index}: `;
  if (text === null) throw new InputError(source, `${at}expected a string field "text" or "body" in the record`, line);
  const ownRef =
    (typeof value.date === "string" ? isoDateOf(value.date) : null) ??
    refOfArticle({
      datePublished: isObject(value.datePublished) ? value.datePublished : null,
      eventDate: isObject(value.eventDate) ? value.eventDate : null,
    });
  return {
    source,
    id: typeof value.id === "string" ? value.id : typeof value.id === "number" ? String(value.id) : null,
    ...where,
    text,
    offset: 0,
    ...(ownRef ? { ref: ownRef } : {}),
  };
};
