import type { Mention, MentionKind, OfficialMention, OrganizationMention } from "@vnpol/schema";
import { findDatesIn } from "./dates/find-dates";
import { findDocumentRefsIn } from "./documents/find-document-refs";
import { findEventsIn } from "./events/find-events";
import { findOfficialsIn, readOfficialsAt, ROLE_ANCHORS } from "./officials/find-officials";
import { TITLE_PHRASE_WORDS } from "./officials/title-phrase";
import { bothAnchorsOver } from "./organizations/anchor-words";
import { scanNearAnchors } from "./organizations/anchored-scan";
import { BODY_HEAD_ANCHORS, findOrganizationsIn, readOrganizationsAt, withPlaces } from "./organizations/find-organizations";
import { findPlacesIn } from "./places/find-places";
import { WordList } from "./places/word-list";
import { normalizeWithOffsets, type NormalizedText } from "./normalize";

/** Options of {@link extract}. */
export interface ExtractOptions {
  /** The article's publication date: fills the year of yearless dates and events' days, and places' validity. */
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

/** A finder's mention as a {@link Mention}: its kind, its span, and the rest as its value. */
const mention = <T extends { start: number; end: number; text: string }>(kind: MentionKind, { start, end, text, ...value }: T): Mention =>
  ({ kind, start, end, text, value }) as unknown as Mention;

/**
 * The official mentions among `mentions`, as `findOfficials` gives them: what `membershipsOf`
 * reads from the output of {@link extract}.
 *
 * @example
 * ```ts
 * import { extract, membershipsOf, officialMentionsOf } from "@vnpol/parse";
 * const found = extract("đồng chí Trần Thế Dũng, Phó Bí thư Thường trực Tỉnh ủy");
 * officialMentionsOf(found)[0]?.person;                   // "Trần Thế Dũng"
 * membershipsOf(officialMentionsOf(found))[0]?.post.role; // "Phó Bí thư Thường trực"
 * ```
 */
export const officialMentionsOf = (mentions: readonly Mention[]): OfficialMention[] =>
  mentions.flatMap((m) => (m.kind === "official" ? [{ start: m.start, end: m.end, text: m.text, ...m.value }] : []));

/** Role words and body heads, found in one pass over the words. */
const roleOrBodyHeadOver = bothAnchorsOver(ROLE_ANCHORS, BODY_HEAD_ANCHORS);

/**
 * Officials and organizations in one scan: the windows around role words and body heads are
 * tokenised once for both reads, each of which finds what its finder finds alone (the words of
 * titles hold those of bodies, so the windows suit both).
 */
const officialsAndOrganizations = (normalized: NormalizedText, input: string, words: WordList) => {
  const officials: OfficialMention[] = [];
  const organizations: OrganizationMention[] = [];
  scanNearAnchors(normalized.text, roleOrBodyHeadOver(words), TITLE_PHRASE_WORDS, [readOfficialsAt(normalized, input, officials), readOrganizationsAt(normalized, input, organizations)]);
  return { officials, organizations: withPlaces(organizations, input) };
};

/**
 * Where the officials' names stand, as start and end pairs: a place that overlaps one is a
 * person's name read as a place (`Chủ tịch UBND quận Lê Hoài Trung`, whose name `findPlaces`
 * alone reads as the district's), and `extract` leaves it out.
 */
const namesOf = (officials: readonly OfficialMention[]): number[] => {
  const spans: number[] = [];
  for (const m of officials) {
    if (m.person === null) continue;
    const at = m.text.lastIndexOf(m.person);
    if (at >= 0) spans.push(m.start + at, m.start + at + m.person.length);
  }
  return spans;
};

/** Whether a mention overlaps any of the start and end pairs of `spans`. */
const overlapsAny = (m: { start: number; end: number }, spans: readonly number[]): boolean => {
  for (let k = 0; k < spans.length; k += 2) if (m.start < spans[k + 1]! && m.end > spans[k]!) return true;
  return false;
};

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
 * It gives what each finder gives, but for one thing: no place where an official's name stands
 * (`Chủ tịch UBND xã Nguyễn Văn Tiên`, where `findPlaces` alone reads `xã Nguyễn Văn Tiên`).
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
  // One scan of the words, shared by four finders.
  const words = only.has("official") || only.has("organization") || only.has("place") || only.has("event") ? new WordList(normalized.text) : undefined;
  if (only.has("date")) for (const m of findDatesIn(normalized, text, { ref: options.ref })) found.push(mention("date", m));
  if (only.has("document")) for (const m of findDocumentRefsIn(normalized, text)) found.push(mention("document", m));
  const both = words !== undefined && only.has("official") && only.has("organization") ? officialsAndOrganizations(normalized, text, words) : undefined;
  const officials = only.has("official") ? (both?.officials ?? findOfficialsIn(normalized, text, words)) : [];
  for (const m of officials) found.push(mention("official", m));
  if (only.has("organization")) for (const m of both?.organizations ?? findOrganizationsIn(normalized, text, words)) found.push(mention("organization", m));
  if (only.has("place")) {
    const names = namesOf(officials);
    for (const m of findPlacesIn(normalized, text, { asOf: toIsoDay(options.ref) }, words)) if (!overlapsAny(m, names)) found.push(mention("place", m));
  }
  if (only.has("event")) for (const m of findEventsIn(normalized, text, words, { ref: options.ref })) found.push(mention("event", m));
  const rank = (kind: MentionKind) => MENTION_KINDS.indexOf(kind);
  return found.sort((a, b) => a.start - b.start || b.end - a.end || rank(a.kind) - rank(b.kind));
};
