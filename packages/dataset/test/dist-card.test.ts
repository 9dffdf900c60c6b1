import { describe, expect, it } from "vitest";
import { builtArticles, readDist } from "./dist-files";

const card = readDist("DATASET.md").toString("utf8");

describe("dist/DATASET.md", () => {
  it("has the sections of a Hugging Face dataset card, in order", () => {
    const headings = [...card.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual([
      "Dataset summary",
      "Dataset structure",
      "Fields",
      "Source data and how it was cleaned",
      "Curation rationale",
      "Personal and sensitive information",
      "Limitations",
      "Licensing and provenance",
      "Versioning",
    ]);
    expect(card.startsWith("---\nlanguage:\n  - vi\n")).toBe(true);
  });

  it("says for every article how its publication date, event date and province were decided", () => {
    for (const article of builtArticles()) {
      const from = card.indexOf(`#### \`${article.id}\``);
      expect(from, article.id).toBeGreaterThan(-1);
      const section = card.slice(from, card.indexOf("\n#", from + 1));
      for (const field of ["datePublished", "eventDate", "province"]) expect(section).toContain(`- **${field}**: `);
    }
    expect(card).toContain("“02/12/2021 |” at the top belongs to the site header");
    expect(card).toContain("the year 2021 comes from the article's own text");
  });

  it("writes the data-versioning policy", () => {
    expect(card).toContain("**patch** (0.1.0 → 0.1.1): a corrected fact");
    expect(card).toContain("**minor** (0.1.0 → 0.2.0): something added — a new article, a new field");
    expect(card).toContain("**major** (0.1.0 → 1.0.0): a schema break");
  });
});
