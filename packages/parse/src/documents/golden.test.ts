import { readFileSync } from "node:fs";
import { DocumentRefMention } from "@vnpol/schema";
import { describe, expect, it } from "vitest";
import { findDocumentRefs } from "./find-document-refs";

const FIELDS = ["system", "kind", "kindCode", "number", "year", "issuerCode", "issuer", "unitCode", "date", "symbol"] as const;

const markdown = readFileSync(new URL("./golden.md", import.meta.url), "utf8");
const section = (title: string) => markdown.split(`## ${title}`)[1]!.split("\n## ")[0]!;
// Table rows of a section, without the header and the separator.
const rows = (title: string) =>
  section(title)
    .split("\n")
    .filter((line) => line.startsWith("| ") && !line.startsWith("| input") && !line.startsWith("|---"))
    .map((line) => line.slice(2, -2).split(" | "));

const positives = rows("References").map(([input, expected]) => ({ input: input!, expected: JSON.parse(expected!.replace(/^`|`$/gu, "")) as Record<string, unknown> }));
const negatives = rows("Not references").map(([input, why]) => ({ input: input!, why: why! }));

describe("golden: references", () => {
  it("has at least 150 rows", () => {
    expect(positives.length).toBeGreaterThanOrEqual(150);
  });

  it.each(positives)("$input", ({ input, expected }) => {
    const found = findDocumentRefs(input);
    const mention = found.find((m) => m.text === expected.text);
    expect(mention, `found: ${JSON.stringify(found.map((m) => m.text))}`).toBeDefined();
    const actual = Object.fromEntries(FIELDS.map((field) => [field, mention![field]]));
    const wanted = Object.fromEntries(FIELDS.map((field) => [field, expected[field] ?? null]));
    expect(actual).toEqual(wanted);
    expect(input.slice(mention!.start, mention!.end)).toBe(mention!.text);
    expect(DocumentRefMention.safeParse(mention).error).toBeUndefined();
  });
});

describe("golden: not references", () => {
  it.each(negatives)("$input ($why)", ({ input }) => {
    expect(findDocumentRefs(input)).toEqual([]);
  });
});
