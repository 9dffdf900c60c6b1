import { describe, expect, it } from "vitest";
import { Article } from "./article";
import { formatIssues } from "./validation-error";

const body = "Dự hội nghị có đồng chí Trần Thế Dũng, Phó Bí thư Thường trực Tỉnh ủy.";
const official = {
  kind: "official",
  start: 24,
  end: 69,
  text: "Trần Thế Dũng, Phó Bí thư Thường trực Tỉnh ủy",
  value: { person: "Trần Thế Dũng", former: false, positions: [{ role: "Phó Bí thư Thường trực", body: "Tỉnh ủy", level: "province" }] },
};
const article = {
  id: "004-dan-van-2022",
  headline: "Hội nghị",
  lead: null,
  body,
  datePublished: null,
  eventDate: null,
  dateline: null,
  province: null,
  byline: [],
  media: [],
  section: null,
  publisher: null,
  url: null,
  language: "vi",
  provenance: { rawFile: "004.txt", sha256: "0".repeat(64) },
  errata: [],
  mentions: [official],
};
const membership = {
  person: { name: "Trần Thế Dũng" },
  post: { role: "Phó Bí thư Thường trực", body: "Tỉnh ủy", level: "province" },
  asOf: { year: 2022, month: 12, day: 27 },
  former: false,
};

describe("Article: memberships", () => {
  it("takes memberships of the people its official mentions name, and none at all", () => {
    expect(body.slice(official.start, official.end)).toBe(official.text);
    expect(Article.safeParse({ ...article, memberships: [membership] }).success).toBe(true);
    expect(Article.safeParse(article).success).toBe(true);
  });

  it("rejects a membership of someone no official mention names, and says who", () => {
    const result = Article.safeParse({ ...article, memberships: [{ ...membership, person: { name: "Nguyễn Văn A" } }] });
    expect(result.success).toBe(false);
    expect(formatIssues(result.error!)).toEqual(['memberships[0].person.name: expected the name of a person in an official mention; no official mention names "Nguyễn Văn A"']);
  });
});
