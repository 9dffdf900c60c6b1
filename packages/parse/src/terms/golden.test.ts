import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { goldenRows } from "../places/golden-table";
import { findTerms } from "./find-terms";

const rows = goldenRows(readFileSync(new URL("./golden.md", import.meta.url), "utf8"));

describe("findTerms golden table (terms/golden.md)", () => {
  it("has at least 30 rows", () => {
    expect(rows.length).toBeGreaterThanOrEqual(30);
  });

  it.each(rows.map((row) => [row[1] ?? "", row[2] ?? "[]"] as const))("%s", (input, expected) => {
    const found = findTerms(input);
    const wanted = JSON.parse(expected) as Record<string, unknown>[];
    expect(found.length, JSON.stringify(found.map((m) => m.text))).toBe(wanted.length);
    wanted.forEach((fields, index) => expect(found[index]).toMatchObject(fields));
  });
});
