import { z } from "zod";
import { DateRange } from "./date-range";
import { Membership } from "./membership";
import { Mention } from "./mention";
import { PartialDate } from "./partial-date";
import { Label, VietnameseText } from "./text";

/**
 * One credit of an article: who wrote, photographed or filmed it.
 *
 * `Tin: Đào Quyên` is `{ role: "text", name: "Đào Quyên" }`; `Ảnh: Thành Tâm` is
 * `{ role: "photo", name: "Thành Tâm" }`; `Trần Thông Thái-BDVTU` is
 * `{ role: "author", name: "Trần Thông Thái", affiliation: "BDVTU" }`.
 *
 * @example
 * ```ts
 * import { Credit } from "@vnpol/schema";
 * Credit.parse({ role: "photo", name: "Thành Tâm", affiliation: null }); // "Ảnh: Thành Tâm"
 * ```
 */
export const Credit = z
  .object({
    role: z.enum(["author", "text", "photo", "video"]).describe("What the person did: author (no role written), text (Tin, Bài), photo (Ảnh), video."),
    name: Label.describe("Name as written in the byline."),
    affiliation: Label.nullable().describe("Unit written with the name (`BDVTU`, `Ban Dân vận Tỉnh ủy`, `Huyện Bắc Mê`), as written."),
  })
  .strict()
  .meta({ title: "Credit" })
  .describe("A byline credit: who wrote, photographed or filmed the article.");
export type Credit = z.infer<typeof Credit>;

/** An image or video of an article, with its caption (schema.org `ImageObject`/`VideoObject`).
 *
 * @example
 * ```ts
 * import { MediaObject } from "@vnpol/schema";
 * MediaObject.parse({ type: "image", contentUrl: "TTTU-1.jpg", caption: "Điểm cầu trung tâm tại Hà Nội" });
 * ```
 */
export const MediaObject = z
  .object({
    type: z.enum(["image", "video"]).describe("Image or video."),
    contentUrl: z.string().min(1).describe("File name or address as the page gives it: `TTTU-1.jpg`."),
    caption: Label.nullable().describe("Caption as published, when there is one."),
  })
  .strict()
  .meta({ title: "MediaObject" })
  .describe("An image or video of the article, with its caption.");
export type MediaObject = z.infer<typeof MediaObject>;

/** A misprint kept as published, with its correction.
 *
 * @example
 * ```ts
 * import { Erratum } from "@vnpol/schema";
 * Erratum.parse({ text: "Ban Dận vận", correction: "Ban Dân vận", note: null });
 * ```
 */
export const Erratum = z
  .object({
    text: Label.describe("The text as published: `Ban Dận vận`."),
    correction: Label.describe("What it should read: `Ban Dân vận`."),
    note: Label.nullable().describe("Why, in a sentence, when not obvious."),
  })
  .strict()
  .meta({ title: "Erratum" })
  .describe("A misprint kept as published, with its correction.");
export type Erratum = z.infer<typeof Erratum>;

/** Where an article's data came from: the raw file and its hash.
 *
 * @example
 * ```ts
 * import { Provenance } from "@vnpol/schema";
 * Provenance.parse({ rawFile: "004_43e1929577db704a.txt", sha256: "0".repeat(64) });
 * ```
 */
export const Provenance = z
  .object({
    rawFile: z.string().min(1).describe("Name of the raw page the article was cleaned from."),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, "expected 64 lower-case hex digits").describe("SHA-256 of the raw file's bytes."),
  })
  .strict()
  .meta({ title: "Provenance" })
  .describe("The raw file an article was cleaned from, and its hash.");
export type Provenance = z.infer<typeof Provenance>;

/**
 * A news article (schema.org `NewsArticle`, IPTC ninjs): the text as published, its
 * metadata where the page states it, and the mentions found in its body.
 *
 * Every mention's offsets slice `body` to the mention's text; a record where they do not is
 * rejected.
 *
 * @example
 * ```ts
 * import { Article } from "@vnpol/schema";
 * const body = "Ngày 14-1, Ban Dân vận Tỉnh ủy tổ chức Hội nghị tổng kết công tác dân vận năm 2020.";
 * Article.parse({
 *   id: "001-dan-van-2021",
 *   headline: "Ban Dận vận Tỉnh ủy: Triển khai nhiệm vụ năm 2021",
 *   lead: null,
 *   body,
 *   datePublished: null,
 *   eventDate: { year: 2021, month: 1, day: 14 },
 *   dateline: null,
 *   province: null,
 *   byline: [],
 *   media: [],
 *   section: null,
 *   publisher: null,
 *   url: null,
 *   language: "vi",
 *   provenance: { rawFile: "001.txt", sha256: "0".repeat(64) },
 *   errata: [{ text: "Ban Dận vận", correction: "Ban Dân vận", note: null }],
 *   mentions: [
 *     { kind: "date", start: 0, end: 9, text: "Ngày 14-1",
 *       value: { value: { year: 2021, month: 1, day: 14 }, grain: "day", calendar: "solar" } },
 *   ],
 * });
 * ```
 */
export const Article = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "expected an id of lower-case ASCII letters, digits and hyphens").describe("Stable identifier of the article in the dataset."),
    headline: Label.describe("Headline as published."),
    lead: Label.nullable().describe("Lead paragraph (sapo), when the page sets one apart."),
    body: VietnameseText.describe("Body as Markdown, text as published; mention offsets point into it."),
    datePublished: PartialDate.nullable().describe("Publication date and time the page gives for the article (UTC+7); null when it gives none."),
    eventDate: z.union([DateRange, PartialDate]).nullable().describe("When the reported event happened, as the text states it; null when it does not."),
    dateline: Label.nullable().describe("Place named in the dateline, as written."),
    province: Label.nullable().describe("Province the article is about, only when the text names it."),
    byline: z.array(Credit).describe("Credits in the order published."),
    media: z.array(MediaObject).describe("Images and videos in the order published."),
    section: Label.nullable().describe("Section of the site, when the page names it: `Chính trị`."),
    publisher: z
      .object({ name: Label.describe("Name of the publisher."), url: z.url().nullable().describe("Home page, when known.") })
      .strict()
      .nullable()
      .describe("Who published the article, when known."),
    url: z.url().nullable().describe("Address of the article, when known."),
    language: z.literal("vi").describe("Language of the text: Vietnamese."),
    provenance: Provenance,
    errata: z.array(Erratum).describe("Misprints kept as published, with corrections."),
    mentions: z.array(Mention).describe("Dates, documents, officials, organizations, places and events found in the body, in text order."),
    memberships: z
      .array(Membership)
      .optional()
      .describe(
        "Who holds which post, as the body states it: one per person and post, from the official mentions (a post written without its body takes the body the same article gives the same name in the same role), dated by the article's day.",
      ),
  })
  .strict()
  .superRefine((article, ctx) => {
    article.mentions.forEach((mention, index) => {
      if (article.body.slice(mention.start, mention.end) !== mention.text) {
        ctx.addIssue({
          code: "custom",
          path: ["mentions", index, "text"],
          message: `expected body.slice(${mention.start}, ${mention.end}) to equal the mention's text ${JSON.stringify(mention.text)}`,
        });
      }
    });
    // A membership is stated by an official mention of the same person.
    const people = new Set(article.mentions.flatMap((mention) => (mention.kind === "official" && mention.value.person !== null ? [mention.value.person] : [])));
    article.memberships?.forEach((membership, index) => {
      if (!people.has(membership.person.name)) {
        ctx.addIssue({
          code: "custom",
          path: ["memberships", index, "person", "name"],
          message: `expected the name of a person in an official mention; no official mention names ${JSON.stringify(membership.person.name)}`,
        });
      }
    });
  })
  .meta({ title: "Article" })
  .describe("A news article (schema.org NewsArticle): text as published, metadata, and mentions.");
export type Article = z.infer<typeof Article>;
