/**
 * How `findDates` does on the shared corpus (../shared/corpus/news.jsonl): counts by grain,
 * a sample of what it finds, and digit patterns it leaves unmatched, so misses can be read.
 * With `--bench`, also times it beside chrono-node's Vietnamese parser on the same text.
 *
 *   npx tsx packages/parse/scripts/dates-report.ts [--bench] [--sample N]
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { findDates } from "../src/dates";

const corpusPath = fileURLToPath(new URL("../../../../shared/corpus/news.jsonl", import.meta.url));
if (!existsSync(corpusPath)) {
  console.log(`corpus not found at ${corpusPath}: nothing to report`);
  process.exit(0);
}

interface Article {
  id: string;
  title?: string;
  text: string;
  date?: string;
}

const articles: Article[] = readFileSync(corpusPath, "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as Article);
const sampleSize = Number(process.argv[process.argv.indexOf("--sample") + 1]) || 40;

const byGrain = new Map<string, number>();
let mentions = 0;
let lunar = 0;
let withPartOfDay = 0;
let articlesWithDates = 0;
const found: string[] = [];
const unmatched: string[] = [];
let unmatchedCount = 0;
let candidateCount = 0;
// Digit patterns that look like dates or times: d/m, d-m, d.m(.y), hh:mm, 9h, 8 giờ.
const CANDIDATE = /\d{1,4}(?:[/.-]\d{1,4}){1,2}|\d{1,2}:\d{1,2}|\d{1,2} ?(?:h|g|giờ)(?![\p{L}])/gu;

const started = performance.now();
let bytes = 0;
for (const article of articles) {
  const text = article.title ? `${article.title}\n${article.text}` : article.text;
  bytes += Buffer.byteLength(text);
  const dates = findDates(text, article.date ? { ref: article.date } : {});
  if (dates.length > 0) articlesWithDates++;
  for (const d of dates) {
    mentions++;
    byGrain.set(d.grain, (byGrain.get(d.grain) ?? 0) + 1);
    if (d.calendar === "lunar") lunar++;
    if (d.partOfDay) withPartOfDay++;
    if (mentions % 97 === 0) found.push(`${JSON.stringify(d.text)} → ${JSON.stringify(d.value)} ${d.grain}${d.partOfDay ? ` ${d.partOfDay}` : ""}`);
  }
  for (const m of text.matchAll(CANDIDATE)) {
    candidateCount++;
    const at = m.index;
    if (dates.some((d) => d.start <= at && at < d.end)) continue;
    unmatchedCount++;
    if (unmatchedCount % 23 === 0) unmatched.push(`…${text.slice(Math.max(0, at - 25), at + m[0].length + 20).replace(/\n/g, " ")}…`);
  }
}
const seconds = (performance.now() - started) / 1000;

console.log(`articles: ${articles.length} (${(bytes / 1e6).toFixed(2)} MB), with at least one date: ${articlesWithDates}`);
console.log(`mentions: ${mentions}; lunar: ${lunar}; with part of day: ${withPartOfDay}`);
console.log(`by grain: ${[...byGrain].map(([g, n]) => `${g} ${n}`).join(", ")}`);
console.log(`digit/time patterns: ${candidateCount}, inside a mention: ${candidateCount - unmatchedCount}, left out: ${unmatchedCount}`);
console.log(`time (report pass, includes the pattern scan): ${seconds.toFixed(2)} s`);
console.log(`\nsample of mentions found (every 97th):`);
for (const line of found.slice(0, sampleSize)) console.log(`  ${line}`);
console.log(`\nsample of patterns left out (every 23rd):`);
for (const line of unmatched.slice(0, sampleSize)) console.log(`  ${line}`);

if (process.argv.includes("--bench")) {
  const texts = articles.map((a) => (a.title ? `${a.title}\n${a.text}` : a.text));
  // Best of three rounds each, interleaved, so that a busy machine hurts both sides alike.
  const time = (run: (text: string) => number): [number, number] => {
    let count = 0;
    const t0 = performance.now();
    for (const text of texts) count += run(text);
    return [(performance.now() - t0) / 1000, count];
  };
  const chrono = await import("chrono-node");
  let ours: [number, number] = [Number.POSITIVE_INFINITY, 0];
  let theirs: [number, number] = [Number.POSITIVE_INFINITY, 0];
  for (let round = 0; round < 3; round++) {
    const a = time((text) => findDates(text).length);
    const b = time((text) => chrono.vi.parse(text).length);
    if (a[0] < ours[0]) ours = a;
    if (b[0] < theirs[0]) theirs = b;
  }
  const mb = bytes / 1e6;
  console.log(
    `\nbench (best of 3): findDates ${(mb / ours[0]).toFixed(2)} MB/s (${ours[1]} mentions), chrono.vi ${(mb / theirs[0]).toFixed(2)} MB/s (${theirs[1]} results), ratio ${(theirs[0] / ours[0]).toFixed(1)}×`,
  );
}
