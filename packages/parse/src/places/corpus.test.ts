import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { EventMention, PlaceMention, Span, Term } from "@vnpol/schema";
import { describe, expect, it } from "vitest";
import { findEvents } from "../events/find-events";
import { findTerms } from "../terms/find-terms";
import { findPlaces } from "./find-places";

// The corpus is not ours to ship: it lives beside the repository, in ../shared/corpus.
const corpus = fileURLToPath(new URL("../../../../../shared/corpus/news.jsonl", import.meta.url));
const present = existsSync(corpus);
const ARTICLES = 30;

describe.skipIf(!present)("places, terms and events on real articles (../shared/corpus)", () => {
  if (!present) console.warn(`skipped: no corpus at ${corpus}`);

  it(`keeps every invariant on the first ${ARTICLES} articles of each source`, () => {
    const lines = readFileSync(corpus, "utf8").split("\n").filter((line) => line.length > 0);
    // Both periods: VNTC (2004–2006, no date) and UNC (2020–2021, dated).
    const sample = [...lines.slice(0, ARTICLES / 2), ...lines.slice(-ARTICLES / 2)].map(
      (line) => JSON.parse(line) as { text: string; date?: string },
    );
    let places = 0;
    for (const { text, date } of sample) {
      for (const m of findPlaces(text, date === undefined ? {} : { asOf: date })) {
        expect(text.slice(m.start, m.end)).toBe(m.text);
        PlaceMention.parse(m);
        places++;
      }
      for (const m of findTerms(text)) {
        Span.parse({ start: m.start, end: m.end, text: m.text });
        Term.parse({ startYear: m.startYear, endYear: m.endYear, ordinal: m.ordinal });
      }
      for (const m of findEvents(text)) EventMention.parse(m);
    }
    expect(places).toBeGreaterThan(ARTICLES);
  });
});
