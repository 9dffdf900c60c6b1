import type { Image, RootContent } from "mdast";
import { Article } from "@vnpol/schema";
import type { ArticleFile } from "./read-article-file";
import { DatasetBuildError } from "./dataset-build-error";
import { sha256 } from "./sha256";

/** Notes that say how each fact of an article was decided, by field; the dataset card prints them. */
export type Curation = Record<string, string>;

/** An article as curated: the record without mentions, and the curator's notes. */
export interface CuratedArticle {
  file: string;
  article: Omit<Article, "mentions">;
  curation: Curation;
}

// Facts whose choice the card must explain for every article (issue 6, "Facts, never guesses").
const REQUIRED_NOTES = ["datePublished", "eventDate", "province"] as const;

const imagesOf = (nodes: readonly RootContent[]): Image[] =>
  nodes.flatMap((node) => (node.type === "image" ? [node] : "children" in node ? imagesOf(node.children as RootContent[]) : []));

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Checks a curated article file against its raw page and its own text, and returns the record
 * (without mentions) and the curation notes: the file is named after the id, the raw file's
 * SHA-256 is the one recorded, every erratum is found as published, and `media` lists the
 * body's images and videos that have a file (`![caption](file)`), in order. Types and formats
 * are left to the `Article` schema.
 *
 * @example
 * ```ts
 * const raw = new Map([["001.txt", new TextEncoder().encode("…")]]);
 * const { article } = curateArticle("articles/x.md", readArticleFile("articles/x.md", source), raw);
 * ```
 */
export const curateArticle = (file: string, parsed: ArticleFile, rawFiles: ReadonlyMap<string, Uint8Array>): CuratedArticle => {
  const fm = parsed.frontMatter;
  if (!isRecord(fm)) throw new DatasetBuildError(file, "front matter", "expected a YAML mapping of fields");
  const { curation, ...fields } = fm;
  if (!isRecord(curation)) throw new DatasetBuildError(file, "curation", "expected a mapping from field to a note saying how it was decided");
  for (const [key, note] of Object.entries(curation)) {
    if (typeof note !== "string" || note.trim() === "") throw new DatasetBuildError(file, `curation.${key}`, "expected a non-empty note");
  }
  for (const key of REQUIRED_NOTES) {
    if (!(key in curation)) throw new DatasetBuildError(file, `curation.${key}`, `expected a note saying how ${key} was decided`);
  }
  const expectedName = `${String(fields.id)}.md`;
  if (!file.endsWith(`/${expectedName}`) && file !== expectedName) {
    throw new DatasetBuildError(file, "id", `expected the file to be named after the id, ${expectedName}`);
  }
  const provenance = fields.provenance;
  if (isRecord(provenance) && typeof provenance.rawFile === "string") {
    const bytes = rawFiles.get(provenance.rawFile);
    if (!bytes) throw new DatasetBuildError(file, "provenance.rawFile", `expected raw/${provenance.rawFile} to exist`);
    if (provenance.sha256 !== sha256(bytes)) {
      throw new DatasetBuildError(file, "provenance.sha256", `expected ${sha256(bytes)}, the SHA-256 of raw/${provenance.rawFile}`);
    }
  }
  const body = parsed.body;
  const headline = typeof fields.headline === "string" ? fields.headline : "";
  if (Array.isArray(fields.errata)) {
    fields.errata.forEach((erratum: unknown, index) => {
      if (isRecord(erratum) && typeof erratum.text === "string" && !body.includes(erratum.text) && !headline.includes(erratum.text)) {
        throw new DatasetBuildError(file, `errata[${index}].text`, `expected ${JSON.stringify(erratum.text)} to occur in the headline or the body as published`);
      }
    });
  }
  // The body holds each image or video in place as `![caption](file)`; `media` lists those with a file, in order.
  const filed = imagesOf(parsed.blocks).filter((image) => image.url !== "");
  const media: unknown[] = Array.isArray(fields.media) ? fields.media : [];
  const count = Math.max(filed.length, media.length);
  for (let index = 0; index < count; index++) {
    const image = filed[index];
    const item = media[index];
    const listed = isRecord(item) ? { contentUrl: item.contentUrl, caption: item.caption } : undefined;
    const inBody = image ? { contentUrl: image.url, caption: image.alt === "" ? null : image.alt } : undefined;
    if (JSON.stringify(listed) !== JSON.stringify(inBody)) {
      throw new DatasetBuildError(file, `media[${index}]`, `expected ${inBody ? `{ contentUrl: ${JSON.stringify(inBody.contentUrl)}, caption: ${JSON.stringify(inBody.caption)} }, as in the body` : "no entry: the body has no more images with a file"}`);
    }
  }
  // Keys in the schema's order, so that every output lists fields alike.
  const article: Record<string, unknown> = {};
  for (const key of Object.keys(Article.shape)) {
    if (key === "mentions") continue;
    article[key] = key === "body" ? body : fields[key];
  }
  for (const key of Object.keys(fields)) {
    if (!(key in Article.shape)) throw new DatasetBuildError(file, key, "expected no such field in an article (see the Article schema)");
    if (key === "body" || key === "mentions") throw new DatasetBuildError(file, key, "expected the build to set this field, not the front matter");
  }
  return { file, article: article as Omit<Article, "mentions">, curation: curation as Curation };
};
