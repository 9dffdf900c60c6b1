import { describe, expect, it } from "vitest";
import { articles as entryArticles, getArticle, version } from "@vnpol/dataset";
import { membershipsOf, officialMentionsOf } from "@vnpol/parse";
import { Article } from "@vnpol/schema";
import { builtArticles, packageRoot, readDist } from "./dist-files";
import { readFileSync } from "node:fs";

const articles = builtArticles();

// Debris of the pages that must never reach an article (issue 6, "Done means").
const BOILERPLATE = ["getLanguage", "{{", "Tin cùng chuyên mục", "Xem tin theo ngày", "Thống kê truy cập", "lượt xem", "Sign In", "EmailPrintAa", "Ý kiến bạn đọc", "Tin khác"];

describe("dist/articles.json", () => {
  it("holds the five seed articles, sorted by id", () => {
    expect(articles.map((a) => a.id)).toEqual([
      "000-khoi-dan-van-2022",
      "001-dan-van-2021",
      "002-dan-van-6-thang-2021",
      "003-mttq-bac-me-2021",
      "004-dan-van-2022",
    ]);
  });

  it.each(articles.map((a) => [a.id, a] as const))("%s validates as an Article", (_id, article) => {
    const result = Article.safeParse(article);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it.each(articles.map((a) => [a.id, a] as const))("%s: every mention slices its body to its text, in text order", (_id, article) => {
    for (const mention of article.mentions) expect(article.body.slice(mention.start, mention.end)).toBe(mention.text);
    const starts = article.mentions.map((m) => m.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it.each(articles.map((a) => [a.id, a] as const))("%s keeps no boilerplate of its page", (_id, article) => {
    const texts = [article.headline, article.lead ?? "", article.body, ...article.media.map((m) => m.caption ?? ""), ...article.byline.map((c) => c.name)];
    for (const debris of BOILERPLATE) expect(texts.filter((text) => text.includes(debris)), debris).toEqual([]);
  });

  it.each(articles.map((a) => [a.id, a] as const))("%s: its memberships are those its official mentions state", (_id, article) => {
    const day = article.datePublished ?? (article.eventDate !== null && !("start" in article.eventDate) ? article.eventDate : null);
    const ref = day?.year !== undefined && day.month !== undefined && day.day !== undefined ? `${day.year}-${String(day.month).padStart(2, "0")}-${String(day.day).padStart(2, "0")}` : undefined;
    expect(article.memberships).toEqual(membershipsOf(officialMentionsOf(article.mentions), ref === undefined ? {} : { ref }));
  });

  it("holds who holds which post in the seeds: seed 002's Bùi Thị Minh Hoài, of the Secretariat and head of the Central Mass Mobilisation Commission", () => {
    const seed = articles.find((a) => a.id === "002-dan-van-6-thang-2021")!;
    expect(seed.memberships?.filter((m) => m.person.name === "Bùi Thị Minh Hoài").map((m) => [m.post.role, m.post.body, m.post.level])).toEqual([
      ["Bí thư", "Ban Bí thư", "central"],
      ["Trưởng Ban", "Ban Dân vận Trung ương", "central"],
    ]);
  });

  it("is the same data as articles.jsonl, line by line", () => {
    const lines = readDist("articles.jsonl").toString("utf8").split("\n");
    expect(lines.pop()).toBe("");
    expect(lines.map((line) => JSON.parse(line))).toEqual(articles);
  });
});

describe("the facts of each article", () => {
  const byId = new Map(articles.map((a) => [a.id, a]));

  it("dates a page only when it gives a date: 12/01/2022 09:20 and 22:37 27/12/2022, UTC+7", () => {
    expect(byId.get("003-mttq-bac-me-2021")?.datePublished).toEqual({ year: 2022, month: 1, day: 12, hour: 9, minute: 20 });
    expect(byId.get("004-dan-van-2022")?.datePublished).toEqual({ year: 2022, month: 12, day: 27, hour: 22, minute: 37 });
    // 002's "02/12/2021 |" is the site header's clock, not the article's date.
    for (const id of ["000-khoi-dan-van-2022", "001-dan-van-2021", "002-dan-van-6-thang-2021"]) expect(byId.get(id)?.datePublished).toBeNull();
  });

  it("keeps the event date apart: seed 001's conference is Ngày 14-1 of 2021", () => {
    expect(byId.get("001-dan-van-2021")?.eventDate).toEqual({ year: 2021, month: 1, day: 14 });
    expect(byId.get("002-dan-van-6-thang-2021")?.eventDate).toEqual({ year: 2021, month: 7, day: 13 });
  });

  it("names a province only where the text does", () => {
    expect(articles.map((a) => [a.id, a.province])).toEqual([
      ["000-khoi-dan-van-2022", null],
      ["001-dan-van-2021", null],
      ["002-dan-van-6-thang-2021", "Bình Dương"],
      ["003-mttq-bac-me-2021", null], // only "huyện Bắc Mê": Hà Giang is not inferred
      ["004-dan-van-2022", "Hà Tĩnh"],
    ]);
  });

  it("keeps misprints as published and records them: Ban Dận vận, đồng Trần Thế Dũng", () => {
    const seed001 = byId.get("001-dan-van-2021");
    expect(seed001?.headline).toBe("Ban Dận vận Tỉnh ủy: Triển khai nhiệm vụ năm 2021");
    expect(seed001?.body).toContain("Ngày 14-1, Ban Dận vận Tỉnh ủy");
    expect(seed001?.errata).toContainEqual(expect.objectContaining({ text: "Ban Dận vận", correction: "Ban Dân vận" }));
    const seed004 = byId.get("004-dan-van-2022");
    expect(seed004?.body).toContain("đồng Trần Thế Dũng, Phó Bí thư");
    expect(seed004?.errata).toContainEqual(expect.objectContaining({ text: "đồng Trần Thế Dũng", correction: "đồng chí Trần Thế Dũng" }));
  });

  it("credits the byline as written: Tin: Đào Quyên, Ảnh: Thành Tâm, Trần Thông Thái-BDVTU", () => {
    expect(byId.get("000-khoi-dan-van-2022")?.byline).toEqual([
      { role: "text", name: "Đào Quyên", affiliation: null },
      { role: "photo", name: "Thành Tâm", affiliation: null },
    ]);
    expect(byId.get("002-dan-van-6-thang-2021")?.byline).toEqual([{ role: "author", name: "Trần Thông Thái", affiliation: "BDVTU" }]);
  });
});

describe("the typed entry", () => {
  it("exports the built articles (src/data.ts is what the build generated)", () => {
    expect(JSON.parse(JSON.stringify(entryArticles))).toEqual(articles);
  });

  it("has the package's version", () => {
    const pkg = JSON.parse(readFileSync(`${packageRoot}package.json`, "utf8")) as { version: string };
    expect(version).toBe(pkg.version);
  });

  it("finds an article by id, and nothing for an unknown id", () => {
    expect(getArticle("004-dan-van-2022")?.headline).toBe("Tiếp tục quán triệt, triển khai thực hiện hiệu quả chủ trương, nghị quyết của Đảng về công tác dân vận");
    expect(getArticle("no-such-article")).toBeUndefined();
  });
});
