// npm run bench:floors: what the cheapest possible passes over ../shared/corpus cost, beside
// findDates and chrono.vi, so that a speed target can be weighed against what the machine
// allows. Each row is a pass that any finder of dates written in Vietnamese must at least make:
// reading every UTF-16 unit once, stopping at the letters that mark a date written in words,
// finding the numbers. Best of several runs, CPU time. A script, never a timed test.
import * as chrono from "chrono-node";
import { WORD_CUES, spaceAfterCueMark } from "../packages/parse/src/dates/word-cues";
import { findDates } from "../packages/parse/src/index";
import { readCorpus } from "./subjects";

const corpus = readCorpus();
if (corpus === null) {
  console.log("bench:floors: skipped, no corpus at ../shared/corpus/news.jsonl");
  process.exit(0);
}
const { texts, refs, MB } = corpus;
const units = texts.reduce((sum, text) => sum + text.length, 0);

const RUNS = 7;
const best = (pass: () => number): { ms: number; count: number } => {
  let ms = Infinity;
  let count = 0;
  for (let run = 0; run < RUNS; run++) {
    const started = process.cpuUsage();
    count = pass();
    const used = process.cpuUsage(started);
    ms = Math.min(ms, (used.user + used.system) / 1000);
  }
  return { ms, count };
};

// One table read per UTF-16 unit, stopping at digits only.
const DIGITS = new Uint8Array(0x10000);
for (let code = 0x30; code <= 0x39; code++) DIGITS[code] = 1;
// The same, stopping also at the marked letter of a cue word (`ă` of `năm nay`) when a space
// stands where that word ends: the stops findDates' own scan makes before any parsing.
const CUE_OR_DIGIT = Uint8Array.from(DIGITS, (digit, code) => (digit === 1 ? 1 : spaceAfterCueMark(code) << 1));

const tableLoop = (table: Uint8Array, checkSpace: boolean) => () => {
  let stops = 0;
  for (const text of texts) {
    const length = text.length;
    for (let i = 0; i < length; i++) {
      const kind = table[text.charCodeAt(i)]!;
      if (kind === 0) continue;
      if (checkSpace && kind > 1 && text.charCodeAt(i + (kind >> 1)) !== 0x20) continue;
      stops++;
    }
  }
  return stops;
};

const regexPass = (regex: RegExp) => () => {
  let found = 0;
  for (const text of texts) {
    regex.lastIndex = 0;
    while (regex.test(text)) found++;
  }
  return found;
};
const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const CUE_PAIRS = new RegExp(WORD_CUES.map((cue) => `${escape(cue.word)} (?:${cue.next.map(escape).join("|")})`).join("|"), "giu");

const rows: [string, { ms: number; count: number }][] = [
  ["one table read per UTF-16 unit, stopping at digits", best(tableLoop(DIGITS, false))],
  ["the same, stopping also at cue letters with a space after their word", best(tableLoop(CUE_OR_DIGIT, true))],
  ["native regex /[0-9]+/g", best(regexPass(/[0-9]+/g))],
  ["native regex of every cue pair (`năm nay`, `tháng Tám`…), case-insensitive", best(regexPass(CUE_PAIRS))],
  ["findDates", best(() => texts.reduce((n, text, i) => n + findDates(text, { ref: refs[i] }).length, 0))],
  [
    "chrono.vi.parse",
    best(() => texts.reduce((n, text, i) => n + chrono.vi.parse(text, refs[i] ? new Date(`${refs[i]}T00:00:00+07:00`) : undefined).length, 0)),
  ],
];
console.log(`corpus: ${texts.length} articles, ${MB.toFixed(2)} MB of UTF-8, ${(units / 1e6).toFixed(2)} M UTF-16 units; best of ${RUNS} runs, CPU ms`);
for (const [name, { ms, count }] of rows) console.log(`${name.padEnd(80)} ${ms.toFixed(1).padStart(8)} ms ${String(count).padStart(9)}`);
const chronoMs = rows.at(-1)![1].ms;
console.log(`findDates at 10× chrono.vi would take ${(chronoMs / 10).toFixed(1)} ms for the corpus`);
