import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { DateMention } from "@vnpol/schema";
import { findDates } from "./find-dates";

interface Row {
  input: string;
  ref: string;
  expected: unknown;
}

/** The rows of each `## section` table of golden.md; `\|` stands for a pipe inside a cell. */
const readGolden = (): Map<string, Row[]> => {
  const sections = new Map<string, Row[]>();
  let section = "";
  for (const line of readFileSync(new URL("./golden.md", import.meta.url), "utf8").split("\n")) {
    if (line.startsWith("## ")) section = line.slice(3).trim();
    if (!line.startsWith("| ") || line.startsWith("| input ")) continue;
    const cells = line
      .slice(2, -2)
      .split(/ (?<!\\)\| /)
      .map((cell) => cell.replaceAll("\\|", "|").trim());
    const [input, ref, expected] = cells;
    sections.set(section, [...(sections.get(section) ?? []), { input: input!, ref: ref!, expected: JSON.parse(expected!) }]);
  }
  return sections;
};

const shown = (m: DateMention) => ({
  text: m.text,
  value: m.value,
  grain: m.grain,
  ...(m.partOfDay ? { partOfDay: m.partOfDay } : {}),
  ...(m.calendar === "lunar" ? { lunar: m.lunar } : {}),
});

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
    const mentions = findDates(row.input, row.ref ? { ref: row.ref } : {}).map(shown);
    expect(mentions).toContainEqual(row.expected);
  });

  it.each(notDates.map((row) => [row.input, row] as const))("finds nothing in %s", (_input, row) => {
    expect(findDates(row.input, row.ref ? { ref: row.ref } : {})).toEqual([]);
  });

  it.each(misses.map((row) => [row.input, row] as const))("still misses %s (move the row up when fixed)", (_input, row) => {
    const mentions = findDates(row.input, row.ref ? { ref: row.ref } : {}).map(shown);
    expect(mentions).not.toContainEqual(row.expected);
  });
});
