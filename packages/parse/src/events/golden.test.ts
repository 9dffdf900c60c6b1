import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { goldenRows } from "../places/golden-table";
import { findEvents } from "./find-events";

const rows = goldenRows(readFileSync(new URL("./golden.md", import.meta.url), "utf8"));

describe("findEvents golden table (events/golden.md)", () => {
  it("has at least 30 rows", () => {
    expect(rows.length).toBeGreaterThanOrEqual(30);
  });

  it.each(rows.map((row) => [row[1] ?? "", row[2] ?? "[]"] as const))("%s", (input, expected) => {
    const found = findEvents(input);
    const wanted = JSON.parse(expected) as Record<string, unknown>[];
    expect(found.length, JSON.stringify(found.map((m) => m.text))).toBe(wanted.length);
    wanted.forEach((fields, index) => expect(found[index]).toMatchObject(fields));
    for (const mention of found) expect(input.slice(mention.start, mention.end)).toBe(mention.text);
  });
});
