/**
 * Runs findPlaces, findTerms and findEvents over ../shared/corpus/news.jsonl and prints counts,
 * timings and samples. Usage: `npx tsx packages/parse/scripts/places-report.ts [samples]`.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { findEvents } from "../src/events";
import { findPlaces } from "../src/places";
import { findTerms } from "../src/terms";

const corpus = fileURLToPath(new URL("../../../../shared/corpus/news.jsonl", import.meta.url));
if (!existsSync(corpus)) {
  console.log(`corpus not found at ${corpus}; nothing to report`);
  process.exit(0);
}
const samples = Number(process.argv[2] ?? 12);
const articles = readFileSync(corpus, "utf8")
  .split("\n")
  .filter((line) => line.trim().length > 0)
  .map((line) => JSON.parse(line) as { id: string; title?: string; text: string; date?: string });

const count = new Map<string, number>();
const bump = (key: string, by = 1) => count.set(key, (count.get(key) ?? 0) + by);
const examples = new Map<string, string[]>();
const keep = (key: string, value: string) => {
  const list = examples.get(key) ?? [];
  if (list.length < samples && !list.includes(value)) list.push(value);
  examples.set(key, list);
};

let bytes = 0;
const timing = { places: 0, terms: 0, events: 0 };
const provinceNames = new Map<string, number>();
for (const article of articles) {
  const text = article.title === undefined ? article.text : `${article.title}\n${article.text}`;
  bytes += Buffer.byteLength(text);
  let t = performance.now();
  const places = findPlaces(text, article.date === undefined ? {} : { asOf: article.date });
  timing.places += performance.now() - t;
  t = performance.now();
  const terms = findTerms(text);
  timing.terms += performance.now() - t;
  t = performance.now();
  const events = findEvents(text);
  timing.events += performance.now() - t;

  if (places.length > 0) bump("articles with a place");
  for (const place of places) {
    bump(`place ${place.level}/${place.type}`);
    bump("places");
    if (place.level === "province") provinceNames.set(place.name, (provinceNames.get(place.name) ?? 0) + 1);
    if (place.successor) bump("places with a successor (former units)");
    keep(`place ${place.level}/${place.type}`, place.text);
  }
  for (const term of terms) {
    bump("terms");
    bump(term.ordinal !== null ? "terms with ordinal" : "terms with years");
    keep(term.ordinal !== null ? "term ordinal" : "term years", term.text);
  }
  for (const event of events) {
    bump("events");
    bump(`event ${event.kind}`);
    if (event.term) bump("events with a term");
    if (event.organiser) bump("events with an organiser");
    if (event.date) bump("events with a date");
    if (event.place) bump("events with a place");
    keep(`event ${event.kind}`, event.text);
    if (event.organiser) keep("event organiser", `${event.organiser} → ${event.name}`);
  }
}

const mb = bytes / 1e6;
console.log(`articles: ${articles.length}, ${mb.toFixed(2)} MB`);
for (const [key, value] of [...count].sort()) console.log(`${key}: ${value}`);
for (const [name, ms] of Object.entries(timing)) console.log(`${name}: ${ms.toFixed(0)} ms, ${(mb / (ms / 1000)).toFixed(2)} MB/s`);
console.log(`provinces named: ${provinceNames.size}; top: ${[...provinceNames].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([n, c]) => `${n} ${c}`).join(", ")}`);
for (const [key, list] of [...examples].sort()) console.log(`\n# ${key}\n  ${list.join("\n  ")}`);
