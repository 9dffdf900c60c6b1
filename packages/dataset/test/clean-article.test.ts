import { readFileSync, readdirSync } from "node:fs";
import * as parse from "@vnpol/parse";
import type { Credit, PartialDate } from "@vnpol/schema";
import { describe, expect, it } from "vitest";
import { readArticleFile } from "../scripts/read-article-file";
import { packageRoot } from "./dist-files";

/** The part of `cleanArticle`'s result (packages/parse/src/clean/clean-article.ts) the dataset relies on. */
interface Cleaned {
  headline: string | null;
  section: string | null;
  timestamp: { value: PartialDate; kind: "article" | "site-header" } | null;
  body: string;
  media: { type: "image" | "video" | null; contentUrl: string | null; caption: string | null }[];
  byline: Credit[];
}

// `cleanArticle` is being written in @vnpol/parse; the curated articles must stay what it produces.
const cleanArticle = (parse as Record<string, unknown>).cleanArticle as ((raw: string) => Cleaned) | undefined;
if (!cleanArticle) console.warn("clean-article.test.ts skipped: @vnpol/parse exports no cleanArticle yet");

interface FrontMatter {
  headline: string;
  section: string | null;
  datePublished: PartialDate | null;
  byline: Credit[];
  media: { type: "image" | "video"; contentUrl: string; caption: string | null }[];
  provenance: { rawFile: string };
}

const curated = readdirSync(`${packageRoot}articles`)
  .filter((name) => name.endsWith(".md"))
  .sort()
  .map((name) => {
    const file = readArticleFile(name, readFileSync(`${packageRoot}articles/${name}`, "utf8"));
    const fm = file.frontMatter as FrontMatter;
    return [name, fm.provenance.rawFile, fm, file.body] as const;
  });

describe.skipIf(!cleanArticle)("cleanArticle reproduces each curated article", () => {
  it.each(curated)("%s: the body, from raw/%s", (_name, rawFile, _fm, body) => {
    expect(cleanArticle?.(readFileSync(`${packageRoot}raw/${rawFile}`, "utf8")).body).toBe(body);
  });

  it.each(curated)("%s: headline, section, publication date, byline and media, from raw/%s", (_name, rawFile, fm) => {
    const cleaned = cleanArticle?.(readFileSync(`${packageRoot}raw/${rawFile}`, "utf8"));
    expect({
      headline: cleaned?.headline,
      section: cleaned?.section,
      // A site header's clock is never a publication date.
      datePublished: cleaned?.timestamp?.kind === "article" ? cleaned.timestamp.value : null,
      byline: cleaned?.byline,
      media: cleaned?.media.filter((m) => m.contentUrl !== null),
    }).toEqual({ headline: fm.headline, section: fm.section, datePublished: fm.datePublished, byline: fm.byline, media: fm.media });
  });
});
