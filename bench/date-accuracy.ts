// Accuracy beside speed: how findDates and chrono.vi do on the hand-checked golden table of
// packages/parse/src/dates/golden.md. Run by bench/run.ts; the table is in the repository, so
// this part needs no corpus.
import { readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import * as chrono from "chrono-node";
import { findDates } from "../packages/parse/src/index";
import { dateGoldenSections, goldenView } from "../packages/parse/src/dates/golden-sections";

type Fields = Partial<Record<"year" | "month" | "day" | "hour" | "minute", number>>;
interface Expected {
  text: string;
  value: Fields | { start: Fields; end: Fields };
}

/** One parser's score on the table. */
export interface DateAccuracy {
  readonly parser: string;
  /** Rows with a date (found and known misses). */
  readonly rows: number;
  /** Rows where a mention covers exactly the expected words. */
  readonly exactSpan: number;
  /** Rows where such a mention also has the expected date (and, for findDates, grain, part of day, lunar date). */
  readonly exactValue: number;
  /** Rows without a date. */
  readonly negatives: number;
  /** Rows without a date where the parser still found something. */
  readonly firedOnNegatives: number;
}

const FIELDS = ["year", "month", "day", "hour", "minute"] as const;

/** Whether chrono's date component holds every field of `want` (the year only when the row gives one). */
const componentMatches = (component: chrono.ParsedComponents, want: Fields): boolean =>
  FIELDS.every((field) => want[field] === undefined || component.get(field) === want[field]);

const chronoValueMatches = (result: chrono.ParsedResult, expected: Expected): boolean => {
  const value = expected.value;
  if ("start" in value && "end" in value) return result.end !== null && result.end !== undefined && componentMatches(result.start, value.start) && componentMatches(result.end, value.end);
  return componentMatches(result.start, value as Fields);
};

const refDate = (ref: string) => (ref ? new Date(`${ref}T00:00:00+07:00`) : undefined);

/** Scores findDates and chrono.vi.parse on golden.md. */
export const dateAccuracy = (): DateAccuracy[] => {
  const sections = dateGoldenSections(readFileSync(new URL("../packages/parse/src/dates/golden.md", import.meta.url), "utf8"));
  const dated = [...(sections.get("Found") ?? []), ...(sections.get("Known misses") ?? [])];
  const negatives = sections.get("Not dates") ?? [];
  const ours = { parser: "findDates", rows: dated.length, exactSpan: 0, exactValue: 0, negatives: negatives.length, firedOnNegatives: 0 };
  const theirs = { parser: "chrono.vi.parse", rows: dated.length, exactSpan: 0, exactValue: 0, negatives: negatives.length, firedOnNegatives: 0 };
  for (const row of dated) {
    const expected = row.expected as Expected;
    const mentions = findDates(row.input, row.ref ? { ref: row.ref } : {});
    if (mentions.some((m) => m.text === expected.text)) ours.exactSpan++;
    if (mentions.some((m) => isDeepStrictEqual(goldenView(m), expected))) ours.exactValue++;
    const results = chrono.vi.parse(row.input, refDate(row.ref));
    const spans = results.filter((r) => r.text === expected.text);
    if (spans.length > 0) theirs.exactSpan++;
    if (spans.some((r) => chronoValueMatches(r, expected))) theirs.exactValue++;
  }
  for (const row of negatives) {
    if (findDates(row.input, row.ref ? { ref: row.ref } : {}).length > 0) ours.firedOnNegatives++;
    if (chrono.vi.parse(row.input, refDate(row.ref)).length > 0) theirs.firedOnNegatives++;
  }
  return [ours, theirs];
};

if (import.meta.url === `file://${process.argv[1]}`) console.table(dateAccuracy());
