import type { Membership, Mention, PartialDate } from "@vnpol/schema";
import type { CuratedArticle } from "./curate-article";

/** The signature of `extract` from `@vnpol/parse`: every mention of a text, in text order. */
export type Extractor = (text: string, options: { ref?: Date | string }) => readonly Mention[];

/** What reads the memberships that the official mentions among `mentions` state: `membershipsOf` of `@vnpol/parse` over its `officialMentionsOf`. */
export type MembershipReader = (mentions: readonly Mention[], options: { ref?: Date | string }) => Membership[];

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

const dayOf = (date: unknown): string | undefined => {
  if (typeof date !== "object" || date === null || "start" in date) return undefined;
  const { year, month, day } = date as PartialDate;
  return year !== undefined && month !== undefined && day !== undefined ? `${pad(year, 4)}-${pad(month)}-${pad(day)}` : undefined;
};

/**
 * The day that fills the year of yearless dates in an article's body: its publication day,
 * else the day of the event when the text states it with its year; none otherwise, so that
 * no year is invented.
 *
 * @example
 * ```ts
 * referenceDay({ datePublished: { year: 2022, month: 12, day: 27, hour: 22, minute: 37 }, eventDate: null }); // "2022-12-27"
 * referenceDay({ datePublished: null, eventDate: null }); // undefined
 * ```
 */
export const referenceDay = (article: Pick<CuratedArticle["article"], "datePublished" | "eventDate">): string | undefined =>
  dayOf(article.datePublished) ?? dayOf(article.eventDate);

/**
 * Adds the mentions `extract` finds in an article's body, with offsets into the body, and the
 * memberships its official mentions state (with `memberships`, dated by the same day as the
 * mentions). The record is not yet validated.
 *
 * @example
 * ```ts
 * const candidate = annotateArticle(curated, extract, membershipsOf);
 * candidate.mentions.every((m) => candidate.body.slice(m.start, m.end) === m.text);
 * ```
 */
export const annotateArticle = (curated: CuratedArticle, extractor: Extractor | undefined, memberships?: MembershipReader): Record<string, unknown> => {
  const ref = referenceDay(curated.article);
  const options = ref === undefined ? {} : { ref };
  const mentions = extractor ? extractor(curated.article.body, options) : [];
  const held = memberships === undefined ? {} : { memberships: memberships(mentions, options) };
  // A JSON round trip drops `undefined` members, so that every output holds the same record.
  return { ...curated.article, mentions: JSON.parse(JSON.stringify(mentions)) as unknown, ...(JSON.parse(JSON.stringify(held)) as object) };
};
