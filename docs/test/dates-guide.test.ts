import { readFileSync } from "node:fs";
import { findDates } from "@vnpol/parse";
import { describe, expect, it } from "vitest";

// The table of forms in docs/dates.md says each row was checked with this ref: check it here.
const REF = "2022-12-27";
const guide = readFileSync(new URL("../dates.md", import.meta.url), "utf8");
const section = guide.slice(guide.indexOf("## The forms"), guide.indexOf("### What is not a date"));

/** The rows of the table: the expressions of the first column and the grains of the last. */
const rows = section
  .split("\n")
  .filter((line) => line.startsWith("| `"))
  .map((line) => {
    const cells = line.split(" | ");
    const code = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
    return { expressions: code(cells[0]!), grains: code(cells[cells.length - 1]!) };
  });

describe("docs/dates.md: the table of forms", () => {
  it("has rows to check", () => {
    expect(rows.length).toBeGreaterThan(10);
  });

  it.each(rows.flatMap((row) => row.expressions.map((expression) => ({ expression, grains: row.grains }))))(
    "$expression is one date of grain $grains",
    ({ expression, grains }) => {
      const found = findDates(expression, { ref: REF });
      expect(found.map((m) => m.text)).toEqual([expression]);
      expect(grains).toContain(found[0]!.grain);
    },
  );
});
