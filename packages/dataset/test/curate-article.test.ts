import { describe, expect, it } from "vitest";
import { curateArticle } from "../scripts/curate-article";
import { readArticleFile } from "../scripts/read-article-file";
import { sha256 } from "../scripts/sha256";

const rawBytes = new TextEncoder().encode("Ban Dận vận Tỉnh ủy: Triển khai nhiệm vụ năm 2021\n\nNgày 14-1, Ban Dận vận Tỉnh ủy tổ chức hội nghị.\n");
const raw = new Map([["001.txt", rawBytes]]);

const source = (overrides: Record<string, string> = {}) => {
  const fields: Record<string, string> = {
    id: "x",
    headline: '"Ban Dận vận Tỉnh ủy: Triển khai nhiệm vụ năm 2021"',
    provenance: `{ rawFile: "001.txt", sha256: "${sha256(rawBytes)}" }`,
    errata: '[{ text: "Ban Dận vận", correction: "Ban Dân vận", note: null }]',
    media: '[{ type: image, contentUrl: "TTTU-3.jpg", caption: "Điểm cầu Bình Dương" }]',
    curation: '{ datePublished: "none on the page", eventDate: "Ngày 14-1, year from the text", province: "none named" }',
    ...overrides,
  };
  const yaml = Object.entries(fields)
    .filter(([, value]) => value !== "")
    .map(([key, value]) => `${key}: ${value}`)
    .join("\n");
  return `---\n${yaml}\n---\n\nNgày 14-1, Ban Dận vận Tỉnh ủy tổ chức hội nghị.\n\n![Đại biểu dự hội nghị.]()\n\n![Điểm cầu Bình Dương](TTTU-3.jpg)\n`;
};

const curate = (overrides: Record<string, string> = {}, file = "articles/x.md") => curateArticle(file, readArticleFile(file, source(overrides)), raw);

describe("curateArticle", () => {
  it("returns the record in the schema's field order, the body from the Markdown, and the notes", () => {
    const { article, curation } = curate();
    expect(Object.keys(article).slice(0, 4)).toEqual(["id", "headline", "lead", "body"]);
    expect(article.body).toBe("Ngày 14-1, Ban Dận vận Tỉnh ủy tổ chức hội nghị.\n\n![Đại biểu dự hội nghị.]()\n\n![Điểm cầu Bình Dương](TTTU-3.jpg)");
    expect(curation.eventDate).toBe("Ngày 14-1, year from the text");
  });

  it("fails when the raw page's hash is not the one recorded", () => {
    expect(() => curate({ provenance: `{ rawFile: "001.txt", sha256: "${"0".repeat(64)}" }` })).toThrow(
      `articles/x.md: provenance.sha256: expected ${sha256(rawBytes)}, the SHA-256 of raw/001.txt`,
    );
  });

  it("fails when the raw page is missing", () => {
    expect(() => curate({ provenance: '{ rawFile: "009.txt", sha256: "x" }' })).toThrow("provenance.rawFile: expected raw/009.txt to exist");
  });

  it("fails on an erratum that is not in the text as published", () => {
    expect(() => curate({ errata: '[{ text: "Ban Dân vận", correction: "Ban Dận vận", note: null }]' })).toThrow(
      'errata[0].text: expected "Ban Dân vận" to occur in the headline or the body as published',
    );
  });

  it("lists in media the body's images that have a file, with their captions, in order", () => {
    expect(() => curate({ media: '[{ type: image, contentUrl: "TTTU-3.jpg", caption: "Điểm cầu trung tâm tại Hà Nội" }]' })).toThrow(
      'articles/x.md: media[0]: expected { contentUrl: "TTTU-3.jpg", caption: "Điểm cầu Bình Dương" }, as in the body',
    );
    expect(() => curate({ media: "[]" })).toThrow("media[0]: expected { contentUrl: \"TTTU-3.jpg\"");
    expect(() =>
      curate({ media: '[{ type: image, contentUrl: "TTTU-3.jpg", caption: "Điểm cầu Bình Dương" }, { type: image, contentUrl: "TTTU-4.jpg", caption: null }]' }),
    ).toThrow("media[1]: expected no entry: the body has no more images with a file");
  });

  it("fails when a fact's decision is not noted, or the file is not named after the id", () => {
    expect(() => curate({ curation: '{ datePublished: "none", eventDate: "none" }' })).toThrow("curation.province: expected a note saying how province was decided");
    expect(() => curate({}, "articles/y.md")).toThrow("articles/y.md: id: expected the file to be named after the id, x.md");
  });

  it("fails on a field the Article schema does not have, and on fields the build sets", () => {
    expect(() => curate({ author: "Đào Quyên" })).toThrow("articles/x.md: author: expected no such field in an article");
    expect(() => curate({ mentions: "[]" })).toThrow("articles/x.md: mentions: expected the build to set this field");
  });
});
