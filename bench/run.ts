// npm run bench: throughput of the parsers on ../shared/corpus/news.jsonl, beside chrono-node's
// Vietnamese parser and a floor (one pass of a trivial regex) on the same text in the same
// run. Median of several runs; heap growth and peak memory; extract on 1x, 4x and 16x the corpus for linearity;
// findDates and chrono.vi on the golden table (bench/date-accuracy.ts). Writes bench/results.md. A script, never a timed test.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { fileURLToPath } from "node:url";
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
  /** Peak resident memory of a run over the corpus above loading it (MB); null when not measured. */
  peakMB: number | null;
}
// Heap growth of one run of each subject, after a warm-up run that lets the JIT compile it.
const heapGrowth = new Map<string, number>();
const found = new Map<string, number>();
for (const [name, fn] of subjects) {
  timeOnce(fn);
  globalThis.gc?.();
  const base = process.memoryUsage().heapUsed;
  found.set(name, timeOnce(fn).found);
  heapGrowth.set(name, (process.memoryUsage().heapUsed - base) / 1e6);
}
// The timed runs go round the subjects in turn, so that a slow spell of a shared machine
// falls on all of them alike and the ratios to chrono and the floor hold; median per subject.
const seconds = new Map<string, number[]>(subjects.map(([name]) => [name, []]));
for (let run = 0; run < RUNS; run++) for (const [name, fn] of subjects) seconds.get(name)!.push(timeOnce(fn).seconds);
const rows: Row[] = subjects.map(([name]) => {
  const median_ = median(seconds.get(name)!);
  const row: Row = { name, mbPerS: MB / median_, found: found.get(name)!, heapGrowthMB: heapGrowth.get(name)!, peakMB: null };
  console.log(`${name.padEnd(36)} ${row.mbPerS.toFixed(2).padStart(8)} MB/s  ${String(row.found).padStart(7)} found`);
  return row;
});

// Peak memory: each subject runs once over the corpus in a child process of its own
// (bench/peak-memory.ts); what counts is its peak resident set less that of a child that
// only loads the corpus.
const peakOf = (name: string): number | null => {
  const child = spawnSync(process.execPath, ["--import", "tsx", fileURLToPath(new URL("./peak-memory.ts", import.meta.url)), name], { encoding: "utf8" });
  if (child.status !== 0) return null;
  return (JSON.parse(child.stdout.trim().split("\n").at(-1)!) as { maxRssKB: number }).maxRssKB / 1024;
};
const baselinePeak = quick ? null : peakOf("none");
for (const row of rows) {
  const peak = baselinePeak === null ? null : peakOf(row.name);
  row.peakMB = peak === null || baselinePeak === null ? null : Math.max(0, peak - baselinePeak);
  if (row.peakMB !== null) console.log(`${row.name.padEnd(36)} peak ${row.peakMB.toFixed(1)} MB above the corpus`);
}

const chronoRow = rows.find((r) => r.name === CHRONO)!;
const floorRow = rows[0]!;

const growth: Array<{ factor: number; seconds: number; perUnit: number }> = [];
const extractFn = subjects.find(([name]) => name === "extract")?.[1];
if (extractFn) {
  // In turn across the sizes too, median of the runs of each size.
  const factors = [1, 4, 16];
  const runs = new Map<number, number[]>(factors.map((factor) => [factor, []]));
  for (let run = 0; run < (quick ? 1 : 3); run++) for (const factor of factors) runs.get(factor)!.push(timeOnce(extractFn, factor).seconds);
  for (const factor of factors) {
    const seconds = median(runs.get(factor)!);
    growth.push({ factor, seconds, perUnit: seconds / factor });
    console.log(`extract on ${factor}x the corpus: ${seconds.toFixed(2)} s`);
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
  "| function | MB/s | × chrono.vi | ÷ floor | mentions found | heap growth of one run (MB) | peak memory (MB) |",
  "|---|---:|---:|---:|---:|---:|---:|",
  ...rows.map(
    (r) =>
      `| ${r.name} | ${r.mbPerS.toFixed(2)} | ${(r.mbPerS / chronoRow.mbPerS).toFixed(1)} | ${(floorRow.mbPerS / r.mbPerS).toFixed(1)} | ${r.found} | ${r.heapGrowthMB.toFixed(1)} | ${r.peakMB === null ? "–" : r.peakMB.toFixed(1)} |`,
  ),
  "",
  "`× chrono.vi`: throughput relative to chrono-node's Vietnamese parser (`chrono.vi.parse`, same text, same run). `÷ floor`: how many times slower than one pass of a trivial regex. `heap growth`: the JavaScript heap after one run less before it (after a collection), so what one run leaves behind. `peak memory`: the peak resident memory of a process that runs the function once over the corpus, less that of a process that only loads the corpus (bench/peak-memory.ts).",
  "",
];
if (growth.length > 0) {
  const unit = growth[0]!.perUnit;
  lines.push(
    "## Linearity of `extract`",
    "",
    "| corpus | CPU seconds | seconds per corpus | vs 1× |",
    "|---|---:|---:|---:|",
    ...growth.map((g) => `| ${g.factor}× | ${g.seconds.toFixed(2)} | ${g.perUnit.toFixed(3)} | ${((g.perUnit / unit - 1) * 100).toFixed(1)}% |`),
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
