import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findDates } from "./find-dates";
import { dateGoldenSections, goldenView } from "./golden-sections";

const readGolden = () => dateGoldenSections(readFileSync(new URL("./golden.md", import.meta.url), "utf8"));

const golden = readGolden();
const found = golden.get("Found") ?? [];
const notDates = golden.get("Not dates") ?? [];
const misses = golden.get("Known misses") ?? [];

describe("golden.md", () => {
  it("holds at least 200 real expressions and their negative cases", () => {
    expect(found.length).toBeGreaterThanOrEqual(200);
    expect(notDates.length).toBeGreaterThanOrEqual(30);
  });

  it.each(found.map((row) => [row.input, row.ref, row] as const))("finds the date in %s (ref %s)", (_input, _ref, row) => {
    const mentions = findDates(row.input, row.ref ? { ref: row.ref } : {}).map(goldenView);
    expect(mentions).toContainEqual(row.expected);
  });

  it.each(notDates.map((row) => [row.input, row] as const))("finds nothing in %s", (_input, row) => {
    expect(findDates(row.input, row.ref ? { ref: row.ref } : {})).toEqual([]);
  });

  it.each(misses.map((row) => [row.input, row] as const))("still misses %s (move the row up when fixed)", (_input, row) => {
    const mentions = findDates(row.input, row.ref ? { ref: row.ref } : {}).map(goldenView);
    expect(mentions).not.toContainEqual(row.expected);
  });
});
