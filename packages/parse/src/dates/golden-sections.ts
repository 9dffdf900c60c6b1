import type { DateMention } from "@vnpol/schema";

/** One row of golden.md: an input, the reference date (empty for none), and what is expected. */
export interface DateGoldenRow {
  readonly input: string;
  readonly ref: string;
  readonly expected: unknown;
}

/**
 * The rows of each `## section` table of golden.md (`Found`, `Not dates`, `Known misses`), by
 * section name; `\|` stands for a pipe inside a cell. Read by the golden test and by the
 * benchmark's accuracy comparison.
 *
 * @example
 * ```ts
 * import { dateGoldenSections } from "./golden-sections";
 * const sections = dateGoldenSections('## Found\n\n| input | ref | expected |\n|---|---|---|\n| Sáng 20/5 |  | {"text":"Sáng 20/5"} |');
 * sections.get("Found")?.[0]?.expected; // { text: "Sáng 20/5" }
 * ```
 */
export const dateGoldenSections = (markdown: string): Map<string, DateGoldenRow[]> => {
  const sections = new Map<string, DateGoldenRow[]>();
  let section = "";
  for (const line of markdown.split("\n")) {
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

/**
 * What a golden row's `expected` holds of a mention: its text, value and grain, and its part
 * of day and lunar date when it has them.
 *
 * @example
 * ```ts
 * import { findDates } from "./find-dates";
 * import { goldenView } from "./golden-sections";
 * goldenView(findDates("Sáng 20/5", { ref: "2021-05-20" })[0]!);
 * // { text: "Sáng 20/5", value: { year: 2021, month: 5, day: 20 }, grain: "day", partOfDay: "morning" }
 * ```
 */
export const goldenView = (m: DateMention) => ({
  text: m.text,
  value: m.value,
  grain: m.grain,
  ...(m.partOfDay ? { partOfDay: m.partOfDay } : {}),
  ...(m.calendar === "lunar" ? { lunar: m.lunar } : {}),
});
