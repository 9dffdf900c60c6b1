import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain ES module script of the repository, without types
import { budgets, bundleSize } from "../../../scripts/bundle-size.mjs";

interface Budget {
  name: string;
  package: string;
  imports: "*" | string[];
  maxGzipBytes: number;
}

describe.each((budgets() as Budget[]).map((b) => [b.name, b] as const))("size budget: %s", (_, budget) => {
  it("fits, minified and gzipped, in what size-budgets.json allows", async () => {
    const size = await bundleSize(budget.package, budget.imports);
    expect(size.gzipped).toBeLessThanOrEqual(budget.maxGzipBytes);
  });
});

// A user who imports one parser must not pay for another's tables: each marker is a string
// only one table holds (ASCII, since the bundle escapes the rest).
const DOCUMENT_ISSUERS = /BDVTW/;
const CLEAN_RULES = /getLanguage/;
// The date finder's table of other peoples' New Years (`dates/other-new-years.ts`): `findEvents` reads an event's day by itself.
const DATE_FINDER = /Bunpimay/;
const isolation: Array<[string, string[], RegExp]> = [
  ["normalize", ["normalize"], DOCUMENT_ISSUERS],
  ["findDates", ["findDates"], DOCUMENT_ISSUERS],
  ["findPlaces", ["findPlaces"], DOCUMENT_ISSUERS],
  ["romanToInt", ["romanToInt"], DOCUMENT_ISSUERS],
  ["cleanArticle", ["cleanArticle"], DOCUMENT_ISSUERS],
  ["findDocumentRefs", ["findDocumentRefs"], CLEAN_RULES],
  ["extract", ["extract"], CLEAN_RULES],
  ["findEvents", ["findEvents"], DATE_FINDER],
];

describe.each(isolation)("importing %s alone", (_, imports, foreign) => {
  it(`leaves out the table that holds ${foreign}`, async () => {
    const { code } = await bundleSize("parse", imports);
    expect(code).not.toMatch(foreign);
  });
});
