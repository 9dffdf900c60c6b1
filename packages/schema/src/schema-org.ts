import type { Article } from "./article";
import type { DocumentRef } from "./document-ref";
import type { Official } from "./mention";
import type { PartialDate } from "./partial-date";

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/**
 * Writes a partial date as ISO 8601 as far as it is known: `2022`, `2022-12`, `2022-12-27`,
 * or `2022-12-27T22:37:00+07:00` (times are Vietnam's, UTC+7). Returns `undefined` when the
 * year is unknown, since schema.org dates need one.
 *
 * @example
 * ```ts
 * import { toIsoDate } from "@vnpol/schema";
 * toIsoDate({ year: 2022, month: 12, day: 27, hour: 22, minute: 37 }); // "2022-12-27T22:37:00+07:00"
 * toIsoDate({ month: 1, day: 14 }); // undefined
 * ```
 */
export const toIsoDate = (date: PartialDate | null | undefined): string | undefined => {
  if (!date || date.year === undefined) return undefined;
  let out = pad(date.year, 4);
  if (date.month === undefined) return out;
  out += `-${pad(date.month)}`;
  if (date.day === undefined) return out;
  out += `-${pad(date.day)}`;
  if (date.hour === undefined) return out;
  return `${out}T${pad(date.hour)}:${pad(date.minute ?? 0)}:00+07:00`;
};

/** A JSON-LD node. */
export type JsonLd = { "@type": string; [key: string]: unknown };

/**
 * A document reference as a schema.org `Legislation` node.
 *
 * @example
 * ```ts
 * import { documentToSchemaOrg } from "@vnpol/schema";
 * documentToSchemaOrg({ system: "party", kind: "Kết luận", kindCode: "KL", number: "43", year: null,
 *   issuerCode: "TU", issuer: "Tỉnh ủy", unitCode: null, date: { year: 2022, month: 6, day: 24 }, symbol: "43-KL/TU" });
 * // { "@type": "Legislation", legislationIdentifier: "43-KL/TU", legislationType: "Kết luận", ... }
 * ```
 */
export const documentToSchemaOrg = (doc: DocumentRef): JsonLd => {
  const identifier = doc.symbol ?? doc.number;
  const node: JsonLd = {
    "@type": "Legislation",
    name: [doc.kind, doc.symbol ? `số ${doc.symbol}` : `số ${doc.number}`].filter(Boolean).join(" "),
    legislationIdentifier: identifier,
  };
  if (doc.kind) node.legislationType = doc.kind;
  const date = toIsoDate(doc.date);
  if (date) node.legislationDate = date;
  if (doc.issuer) node.legislationPassedBy = { "@type": "Organization", name: doc.issuer };
  return node;
};

/**
 * An official as a schema.org `Person` with `hasOccupation` (one `Occupation` per post) and
 * `affiliation` (the bodies).
 *
 * @example
 * ```ts
 * import { officialToSchemaOrg } from "@vnpol/schema";
 * officialToSchemaOrg({ person: "Trần Thế Dũng", former: false,
 *   positions: [{ role: "Phó Bí thư Thường trực", body: "Tỉnh ủy", level: "province" }] });
 * ```
 */
export const officialToSchemaOrg = (official: Official): JsonLd => ({
  "@type": "Person",
  ...(official.person ? { name: official.person } : {}),
  hasOccupation: official.positions.map((post) => ({
    "@type": "Occupation",
    name: [official.former ? "nguyên" : null, post.role, post.body].filter(Boolean).join(" "),
    ...(post.level ? { occupationalCategory: post.level } : {}),
  })),
  affiliation: official.positions
    .filter((post) => post.body)
    .map((post) => ({ "@type": "Organization", name: post.body })),
});

/**
 * An article as schema.org `NewsArticle` JSON-LD, with its document references as
 * `Legislation` and its officials as `Person` in `mentions`.
 *
 * @example
 * ```ts
 * import { toSchemaOrg } from "@vnpol/schema";
 * import { articles } from "@vnpol/dataset";
 * const jsonLd = toSchemaOrg(articles[0]!);
 * jsonLd["@type"]; // "NewsArticle"
 * ```
 */
export const toSchemaOrg = (article: Article): JsonLd & { "@context": string } => {
  const node: JsonLd & { "@context": string } = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    identifier: article.id,
    headline: article.headline,
    articleBody: article.body,
    inLanguage: "vi",
  };
  if (article.lead) node.abstract = article.lead;
  const published = toIsoDate(article.datePublished);
  if (published) node.datePublished = published;
  if (article.section) node.articleSection = article.section;
  if (article.url) node.url = article.url;
  if (article.publisher) node.publisher = { "@type": "Organization", name: article.publisher.name, ...(article.publisher.url ? { url: article.publisher.url } : {}) };
  if (article.dateline) node.locationCreated = { "@type": "Place", name: article.dateline };
  const authors = article.byline.filter((c) => c.role === "author" || c.role === "text");
  if (authors.length > 0) node.author = authors.map((c) => ({ "@type": "Person", name: c.name }));
  const photographers = article.byline.filter((c) => c.role === "photo" || c.role === "video");
  if (photographers.length > 0) node.contributor = photographers.map((c) => ({ "@type": "Person", name: c.name, roleName: c.role }));
  const images = article.media.filter((m) => m.type === "image");
  if (images.length > 0) node.image = images.map((m) => ({ "@type": "ImageObject", contentUrl: m.contentUrl, ...(m.caption ? { caption: m.caption } : {}) }));
  const videos = article.media.filter((m) => m.type === "video");
  if (videos.length > 0) node.video = videos.map((m) => ({ "@type": "VideoObject", contentUrl: m.contentUrl, ...(m.caption ? { caption: m.caption } : {}) }));
  const mentions: JsonLd[] = [];
  for (const mention of article.mentions) {
    if (mention.kind === "document") mentions.push(documentToSchemaOrg(mention.value));
    else if (mention.kind === "official") mentions.push(officialToSchemaOrg(mention.value));
  }
  if (mentions.length > 0) node.mentions = mentions;
  return node;
};
