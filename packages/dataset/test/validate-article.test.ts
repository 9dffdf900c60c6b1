import { describe, expect, it } from "vitest";
import { DatasetBuildError } from "../scripts/dataset-build-error";
import { validateArticle } from "../scripts/validate-article";

const body = "Ngày 14-1, Ban Dận vận Tỉnh ủy tổ chức hội nghị.";
const article = {
  id: "001-dan-van-2021",
  headline: "Ban Dận vận Tỉnh ủy: Triển khai nhiệm vụ năm 2021",
  lead: null,
  body,
  datePublished: null,
  eventDate: { year: 2021, month: 1, day: 14 },
  dateline: null,
  province: null,
  byline: [],
  media: [],
  section: null,
  publisher: null,
  url: null,
  language: "vi",
  provenance: { rawFile: "001.txt", sha256: "0".repeat(64) },
  errata: [{ text: "Ban Dận vận", correction: "Ban Dân vận", note: null }],
  mentions: [{ kind: "date", start: 0, end: 9, text: "Ngày 14-1", value: { value: { year: 2021, month: 1, day: 14 }, grain: "day", calendar: "solar" } }],
};

const failure = (candidate: unknown): DatasetBuildError => {
  try {
    validateArticle("articles/001-dan-van-2021.md", candidate);
  } catch (error) {
    if (error instanceof DatasetBuildError) return error;
  }
  throw new Error("expected a DatasetBuildError");
};

describe("validateArticle", () => {
  it("accepts a valid record", () => {
    expect(validateArticle("articles/001-dan-van-2021.md", article).mentions[0]?.text).toBe("Ngày 14-1");
  });

  it("names the file and the field of a mention whose offsets miss its text", () => {
    const error = failure({ ...article, mentions: [{ ...article.mentions[0], start: 1, end: 10, text: "Ngày 14-1" }] });
    expect([error.file, error.field]).toEqual(["articles/001-dan-van-2021.md", "mentions[0].text"]);
    expect(error.reason).toContain('expected body.slice(1, 10) to equal the mention\'s text "Ngày 14-1"');
  });

  it("says what was expected of an impossible date: 31/2", () => {
    const error = failure({ ...article, eventDate: { year: 2021, month: 2, day: 31 } });
    expect(error.message).toMatch(/^articles\/001-dan-van-2021\.md: eventDate\.day: expected a day that exists in month 2 of 2021/);
  });

  it("rejects text not in NFC", () => {
    expect(failure({ ...article, headline: article.headline.normalize("NFD") }).field).toBe("headline");
  });
});
