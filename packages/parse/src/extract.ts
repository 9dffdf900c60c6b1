import type { Mention, MentionKind } from "@vnpol/schema";
import { findDatesIn } from "./dates/find-dates";
import { findDocumentRefsIn } from "./documents/find-document-refs";
import { findEventsIn } from "./events/find-events";
import { findOfficialsIn } from "./officials/find-officials";
import { findOrganizationsIn } from "./organizations/find-organizations";
import { findPlacesIn } from "./places/find-places";
import { WordList } from "./places/word-list";
import { normalizeWithOffsets } from "./normalize";

/** Options of {@link extract}. */
export interface ExtractOptions {
  /** The article's publication date: fills the year of yearless dates and places' validity. */
  ref?: Date | string;
  /** Kinds of mention to look for; all of them when absent. */
  only?: readonly MentionKind[];
}

/**
 * Every kind of mention {@link extract} finds, in the order it reports mentions that start together.
 *
 * @example
 * ```ts
 * import { MENTION_KINDS } from "@vnpol/parse";
 * MENTION_KINDS.includes("official"); // true
 * ```
 */
export const MENTION_KINDS: readonly MentionKind[] = ["document", "official", "organization", "place", "event", "date"];

const span = (m: { start: number; end: number; text: string }) => ({ start: m.start, end: m.end, text: m.text });
const withoutSpan = <T extends { start: number; end: number; text: string }>({ start: _s, end: _e, text: _t, ...rest }: T) => rest;

const toIsoDay = (ref: Date | string | undefined): string | undefined => {
  if (ref === undefined) return undefined;
  if (typeof ref === "string") return /^\d{4}-\d{2}-\d{2}/.test(ref) ? ref.slice(0, 10) : undefined;
  return Number.isNaN(ref.getTime()) ? undefined : new Date(ref.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
};

/**
 * Finds everything at once — dates, document references, officials, organizations, places
 * and events — as one list of {@link Mention}s in text order, each a span of the input as
 * given with its `kind` and parsed `value`. This is what the dataset stores.
 *
 * @example
 * ```ts
 * import { extract } from "@vnpol/parse";
 * const text = "Sáng ngày 27/12, đồng chí Trần Thế Dũng, Phó Bí thư Thường trực Tỉnh ủy phát biểu.";
 * const mentions = extract(text, { ref: "2022-12-27" });
 * mentions.map((m) => m.kind); // ["date", "official", ...]
 * const dates = extract(text, { ref: "2022-12-27", only: ["date"] });
 * dates[0]?.value; // { value: { year: 2022, month: 12, day: 27 }, grain: "day", partOfDay: "morning", calendar: "solar" }
 * ```
 */
export const extract = (text: string, options: ExtractOptions = {}): Mention[] => {
  if (typeof text !== "string" || text.length === 0) return [];
  const only = new Set(options.only ?? MENTION_KINDS);
  const found: Mention[] = [];
  // Normalised once for every finder that can take it.
  const normalized = normalizeWithOffsets(text);
  const words = only.has("place") || only.has("event") ? new WordList(normalized.text) : undefined; // shared by two finders
  if (only.has("date")) for (const m of findDatesIn(normalized, text, { ref: options.ref })) found.push({ kind: "date", ...span(m), value: withoutSpan(m) } as Mention);
  if (only.has("document")) for (const m of findDocumentRefsIn(normalized, text)) found.push({ kind: "document", ...span(m), value: withoutSpan(m) } as Mention);
  if (only.has("official")) for (const m of findOfficialsIn(normalized, text)) found.push({ kind: "official", ...span(m), value: withoutSpan(m) } as Mention);
  if (only.has("organization")) for (const m of findOrganizationsIn(normalized, text)) found.push({ kind: "organization", ...span(m), value: withoutSpan(m) } as Mention);
  if (only.has("place")) for (const m of findPlacesIn(normalized, text, { asOf: toIsoDay(options.ref) }, words)) found.push({ kind: "place", ...span(m), value: withoutSpan(m) } as Mention);
  if (only.has("event")) for (const m of findEventsIn(normalized, text, words)) found.push({ kind: "event", ...span(m), value: withoutSpan(m) } as Mention);
  const rank = (kind: MentionKind) => MENTION_KINDS.indexOf(kind);
  return found.sort((a, b) => a.start - b.start || b.end - a.end || rank(a.kind) - rank(b.kind));
};
