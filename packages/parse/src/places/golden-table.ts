/** One row of a golden Markdown table: its cells, trimmed, in column order. */
export type GoldenRow = readonly string[];

/**
 * Reads the rows of the first Markdown table in `markdown` (header and rule skipped). Used by
 * the golden tests of places, terms and events.
 *
 * @example
 * ```ts
 * import { goldenRows } from "./golden-table";
 * goldenRows("| a | b |\n|---|---|\n| 1 | 2 |"); // [["1", "2"]]
 * ```
 */
export const goldenRows = (markdown: string): GoldenRow[] => {
  const lines = markdown.split("\n").filter((line) => line.startsWith("|"));
  return lines.slice(2).map((line) =>
    line
      .slice(1, line.trimEnd().endsWith("|") ? line.trimEnd().length - 1 : undefined)
      .split(" | ")
      .map((cell) => cell.trim()),
  );
};
