import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findOfficials } from "./find-officials";

/** The rows of the tables in golden.md, split into cells (`\|` inside a cell is a bar). */
const tableRows = (markdown: string, heading: string): string[][] => {
  const section = markdown.split(/^## /m).find((part) => part.startsWith(heading)) ?? "";
  return section
    .split("\n")
    .filter((line) => line.startsWith("| ") && !line.startsWith("| #") && !line.startsWith("|---"))
    .map((line) =>
      line
        .slice(2, -2)
        .split(/ (?<!\\)\| /)
        .map((cell) => cell.replace(/\\\|/g, "|").trim()),
    );
};

const golden = readFileSync(new URL("./golden.md", import.meta.url), "utf8");
const positives = tableRows(golden, "Positive mentions");
const negatives = tableRows(golden, "Negative cases");

const describePositions = (positions: { role: string; body: string | null; level: string | null }[]) =>
  positions.map((p) => `${p.role} / ${p.body ?? "-"} / ${p.level ?? "-"}`).join("; ");

/** What findOfficials says about the row's person: former and posts, or "not found". */
const reading = (text: string, person: string) => {
  const mention = findOfficials(text).find((m) => (m.person ?? "-") === person);
  return mention === undefined ? "not found" : `${mention.former ? "yes" : "no"} | ${describePositions(mention.positions)}`;
};

describe("golden table: officials in real text", () => {
  it("holds at least 120 real person-with-title mentions and negatives", () => {
    expect(positives.filter((row) => row[3] !== "-").length).toBeGreaterThanOrEqual(120);
    expect(negatives.length).toBeGreaterThan(10);
  });

  for (const [id, source, text, person, former, positions, status] of positives) {
    const title = `${id} (${source}): ${person}`;
    const expected = `${former} | ${positions}`;
    if (status === "gap") {
      it.fails(`${title} [known gap]`, () => {
        expect(reading(text!, person!)).toBe(expected);
      });
    } else {
      it(title, () => {
        expect(reading(text!, person!)).toBe(expected);
      });
    }
  }

  for (const [id, source, text, why, status] of negatives) {
    const title = `${id} (${source}): ${why}`;
    const check = () => expect(findOfficials(text!).map((m) => m.text)).toEqual([]);
    if (status === "gap") it.fails(`${title} [known gap]`, check);
    else it(title, check);
  }
});
