import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findPlaces } from "./find-places";
import { goldenRows } from "./golden-table";

const rows = goldenRows(readFileSync(new URL("./golden.md", import.meta.url), "utf8"));

describe("findPlaces golden table (places/golden.md)", () => {
  it("has at least 60 rows", () => {
    expect(rows.length).toBeGreaterThanOrEqual(60);
  });

  it.each(rows.map((row) => [row[2] ?? "", row[1] ?? "-", row[3] ?? "[]", row[0] ?? ""] as const))("%s (as of %s)", (input, asOf, expected) => {
    const found = findPlaces(input, asOf === "-" ? {} : { asOf });
    const wanted = JSON.parse(expected) as Record<string, unknown>[];
    expect(found.length, JSON.stringify(found.map((m) => m.text))).toBe(wanted.length);
    wanted.forEach((fields, index) => expect(found[index]).toMatchObject(fields));
    for (const mention of found) expect(input.slice(mention.start, mention.end)).toBe(mention.text);
  });
});
