// npm run bench: throughput of the parsers on ../shared/corpus/news.jsonl, beside chrono-node's
// Vietnamese parser and a floor (one pass of a trivial regex) on the same text in the same
// run. Median of several runs; heap peak and growth; extract on 1x, 4x and 16x the corpus for linearity;
// findDates and chrono.vi on the golden table (bench/date-accuracy.ts). Writes bench/results.md. A script, never a timed test.
import { writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { dateAccuracy } from "./date-accuracy";
import { CHRONO, FLOOR, readCorpus, SUBJECTS, type Fn } from "./subjects";

const corpus = readCorpus();
if (corpus === null) {
  console.log(`bench: skipped, no corpus at ../shared/corpus/news.jsonl`);
  process.exit(0);
}
const quick = process.argv.includes("--quick");
// `--only findDates,findPlaces` measures just those (with the floor and chrono beside them).
const onlyArg = process.argv.find((arg) => arg.startsWith("--only="))?.slice("--only=".length);
const only = onlyArg ? new Set(onlyArg.split(",")) : null;
const RUNS = quick ? 1 : 7;

const { texts, refs, MB, articles } = corpus;
const subjects = SUBJECTS.filter(([name]) => only === null || only.has(name) || name === FLOOR || name === CHRONO);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

// CPU time of this process (user + system), not wall time: on a shared machine another
// process may take the core for a while, which would count against whichever function ran.
const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};

const timeOnce = (fn: Fn, times = 1) => {
  const started = process.cpuUsage();
  let found = 0;
  for (let k = 0; k < times; k++) {
    for (let i = 0; i < texts.length; i++) {
      const out = fn(texts[i]!, refs[i]);
      if (Array.isArray(out)) found += out.length;
    }
  }
  return { seconds: cpuSeconds(started), found: found / times };
};

interface Row {
  name: string;
  mbPerS: number;
  found: number;
  heapGrowthMB: number;
  /** Peak of the heap in use during one run, above the heap before it (MB). */
  heapPeakMB: number;
}
// Heap of one run of each subject, after a warm-up run that lets the JIT compile it: its peak
// (the heap in use, read after each article, less that after a collection before the run)
// and what the run leaves behind (growth).
const heapGrowth = new Map<string, number>();
const heapPeak = new Map<string, number>();
const found = new Map<string, number>();
for (const [name, fn] of subjects) {
  timeOnce(fn);
  globalThis.gc?.();
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  let count = 0;
  for (let i = 0; i < texts.length; i++) {
    const out = fn(texts[i]!, refs[i]);
    if (Array.isArray(out)) count += out.length;
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  found.set(name, count);
  heapGrowth.set(name, (process.memoryUsage().heapUsed - base) / 1e6);
  heapPeak.set(name, (peak - base) / 1e6);
}
// The timed runs go round the subjects in turn, so that a slow spell of a shared machine
// falls on all of them alike and the ratios to chrono and the floor hold; median per subject.
const seconds = new Map<string, number[]>(subjects.map(([name]) => [name, []]));
for (let run = 0; run < RUNS; run++) for (const [name, fn] of subjects) seconds.get(name)!.push(timeOnce(fn).seconds);
const rows: Row[] = subjects.map(([name]) => {
  const median_ = median(seconds.get(name)!);
  const row: Row = { name, mbPerS: MB / median_, found: found.get(name)!, heapGrowthMB: heapGrowth.get(name)!, heapPeakMB: heapPeak.get(name)! };
  console.log(`${name.padEnd(36)} ${row.mbPerS.toFixed(2).padStart(8)} MB/s  ${String(row.found).padStart(7)} found`);
  return row;
});

const chronoRow = rows.find((r) => r.name === CHRONO)!;
const floorRow = rows[0]!;

// Linearity of extract, two ways, each in CPU time of this process.
// 1. Longer texts: the same corpus read as texts of 1, 4 and 16 articles each (consecutive ones
//    joined by a blank line). The sizes are taken in turn for every group of 16 articles, so a
//    slow spell of the machine falls on all three alike; a read that grew faster than the text
//    would show as a higher cost per corpus for the longer texts.
// 2. More texts: one run over the corpus 16 times in a row, each pass timed; per quarter of the run, the
//    median pass and the heap in use after a collection. State that piled up across calls (a cache, a
//    leak) would grow that heap. (Time alone cannot show it here: this machine's speed drifts by a third.)
const growth: Array<{ factor: number; seconds: number }> = [];
const passes: Array<{ factor: number; seconds: number; retainedMB: number }> = [];
const extractFn = subjects.find(([name]) => name === "extract")?.[1];
if (extractFn) {
  const factors = [1, 4, 16];
  const joined = factors.map((factor) => {
    const chunks: Array<{ text: string; ref: string | undefined; group: number }> = [];
    for (let at = 0; at < texts.length; at += factor)
      chunks.push({ text: texts.slice(at, at + factor).join("\n\n"), ref: refs[at], group: Math.floor(at / 16) });
    return chunks;
  });
  const spent = factors.map(() => 0);
  const groups = Math.ceil(texts.length / 16);
  const cursor = factors.map(() => 0);
  for (let run = 0; run < (quick ? 1 : 3); run++) {
    cursor.fill(0);
    for (let group = 0; group < groups; group++)
      for (let f = 0; f < factors.length; f++) {
        const chunks = joined[f]!;
        const started = process.cpuUsage();
        while (cursor[f]! < chunks.length && chunks[cursor[f]!]!.group === group) {
          const chunk = chunks[cursor[f]!++]!;
          extractFn(chunk.text, chunk.ref);
        }
        spent[f]! += cpuSeconds(started);
      }
  }
  const runs = quick ? 1 : 3;
  factors.forEach((factor, f) => {
    growth.push({ factor, seconds: spent[f]! / runs });
    console.log(`extract on texts of ${factor} article(s): ${(spent[f]! / runs).toFixed(2)} s per corpus`);
  });
  // Four passes per quarter of the run: the median pass of each quarter, and the heap still in use after a
  // collection at its end. What piled up from call to call (a cache, a leak) would stay in that heap.
  const perQuarter = quick ? 1 : 4;
  for (let quarter = 0; quarter < 4; quarter++) {
    const times: number[] = [];
    for (let pass = 0; pass < perQuarter; pass++) times.push(timeOnce(extractFn).seconds);
    globalThis.gc?.();
    const retainedMB = process.memoryUsage().heapUsed / 1e6;
    passes.push({ factor: quarter + 1, seconds: median(times), retainedMB });
    console.log(`extract, passes ${quarter * perQuarter + 1}-${(quarter + 1) * perQuarter}: median ${median(times).toFixed(2)} s, heap after a collection ${retainedMB.toFixed(1)} MB`);
  }
}

const cpu = cpus()[0]?.model ?? "unknown CPU";
const lines = [
  "# Benchmark results",
  "",
  "Generated by `npm run bench` (bench/run.ts); do not edit by hand.",
  "",
  `Machine: ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}/${process.arch}.`,
  `Corpus: ../shared/corpus/news.jsonl, ${articles} articles, ${MB.toFixed(2)} MB of UTF-8 text (title + body); median of ${RUNS} run(s) taken in turn across the functions after a warm-up, timed in CPU seconds of this process.`,
  "",
  "| function | MB/s | × chrono.vi | ÷ floor | mentions found | heap peak of one run (MB) | heap growth of one run (MB) |",
  "|---|---:|---:|---:|---:|---:|---:|",
  ...rows.map(
    (r) =>
      `| ${r.name} | ${r.mbPerS.toFixed(2)} | ${(r.mbPerS / chronoRow.mbPerS).toFixed(1)} | ${(floorRow.mbPerS / r.mbPerS).toFixed(1)} | ${r.found} | ${r.heapPeakMB.toFixed(1)} | ${r.heapGrowthMB.toFixed(1)} |`,
  ),
  "",
  "`× chrono.vi`: throughput relative to chrono-node's Vietnamese parser (`chrono.vi.parse`, same text, same run). `÷ floor`: how many times slower than one pass of a trivial regex. `heap peak`: the most JavaScript heap in use during one run over the corpus (read after each article), less the heap before it, after a collection. V8 collects short-lived objects when its young generation fills (about 16 MB here), so a peak near that is short-lived garbage only. `heap growth`: the heap after the run less before it, so what one run leaves behind.",
  "",
];
if (growth.length > 0) {
  const vs = (seconds: number, unit: number) => `${((seconds / unit - 1) * 100).toFixed(1)}%`;
  lines.push(
    "## Linearity of `extract`",
    "",
    `Longer texts: the corpus read as texts of 1, 4 and 16 consecutive articles each (joined by a blank line), the three sizes taken in turn for every group of 16 articles, so that the machine's slow spells fall on all of them alike; mean of ${quick ? "one run" : "3 runs"}. A read whose cost grew faster than its text would cost more per corpus in the longer texts.`,
    "",
    "| articles per text | CPU seconds per corpus | vs 1 |",
    "|---:|---:|---:|",
    ...growth.map((g) => `| ${g.factor} | ${g.seconds.toFixed(3)} | ${vs(g.seconds, growth[0]!.seconds)} |`),
    "",
    `More texts: one run over the corpus ${quick ? 4 : 16} times in a row, every pass timed; per quarter of the run, the median pass and the JavaScript heap still in use after a collection at the quarter's end. Anything that piled up from call to call (a cache, a leak) would grow that heap. The seconds show the machine's drift as much as the code: on this machine the same pass varies by a third from one minute to the next.`,
    "",
    "| quarter of the run | median CPU seconds per pass | heap after a collection (MB) | vs the first |",
    "|---:|---:|---:|---:|",
    ...passes.map((g) => `| ${g.factor} | ${g.seconds.toFixed(3)} | ${g.retainedMB.toFixed(1)} | ${vs(g.retainedMB, passes[0]!.retainedMB)} |`),
    "",
  );
}
if (only === null || only.has("findDates")) {
  const accuracy = dateAccuracy();
  console.table(accuracy);
  lines.push(
    "## Dates: right as well as fast",
    "",
    "On the hand-checked golden table (`packages/parse/src/dates/golden.md`: real expressions from the corpus and the seeds, with its known misses, and real phrases that are not dates). The table was gathered while the parser was built, so it shows where chrono.vi goes wrong more than it measures findDates on unseen text.",
    "",
    "| parser | rows with a date | exact words | exact words and date | rows without a date | found something there |",
    "|---|---:|---:|---:|---:|---:|",
    ...accuracy.map((a) => `| ${a.parser} | ${a.rows} | ${a.exactSpan} | ${a.exactValue} | ${a.negatives} | ${a.firedOnNegatives} |`),
    "",
    "`exact words and date`: for findDates the whole expected mention (date, grain, part of day, lunar date); for chrono.vi the fields the row gives (year, month, day, hour, minute; both ends of a period).",
    "",
  );
}
if (only === null) {
  writeFileSync(new URL("./results.md", import.meta.url), lines.join("\n"));
  console.log("wrote bench/results.md");
}
