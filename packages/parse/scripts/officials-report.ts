/**
 * Measures `findOfficials` on the shared corpus (../shared/corpus/news.jsonl): how many
 * officials it finds, a sample, and the `đồng chí`/`ông`/`bà` it did not turn into a mention.
 * Run from the repo root: `npx tsx packages/parse/scripts/officials-report.ts [sample size]`.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { findOfficials, membershipsOf } from "../src/officials";
import { normalize } from "../src/normalize";
import { ROLES } from "../src/officials/roles";

const corpus = fileURLToPath(new URL("../../../../shared/corpus/news.jsonl", import.meta.url));
if (!existsSync(corpus)) {
  console.log(`corpus not found at ${corpus}; nothing to measure`);
  process.exit(0);
}
const sampleSize = Number(process.argv[2] ?? 25);
const articles = readFileSync(corpus, "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line) as { id: string; title?: string; text: string });

const TRIGGER = /(?<![\p{L}\p{M}])(đồng chí|Đồng chí|[Đđ]\/c|ông|Ông|bà|Bà)(?![\p{L}\p{M}])/gu;
let mentions = 0;
let withName = 0;
let withoutName = 0;
let former = 0;
let positions = 0;
let triggers = 0;
let covered = 0;
let likelyMissed = 0;
// A trigger, a capitalised name, a comma or dash, then a role word: what a reader would call an official.
const roleWords = [...new Set(ROLES.flatMap((r) => [r.role, ...r.aliases]).map((w) => w.toLowerCase()))].sort((a, b) => b.length - a.length);
const LOOKS_OFFICIAL = new RegExp(`^\\s+(?:\\p{Lu}[\\p{L}\\p{M}]*\\s?){1,5}\\s?[,–-]\\s*(?:nguyên |phó |quyền )?(?:${roleWords.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`, "iu");
const sample: string[] = [];
const missed: string[] = [];
const byLevel = new Map<string, number>();
let memberships = 0;
let bareBefore = 0; // posts with a name and no body, as the mentions give them
let bareAfter = 0; // the same among the memberships
let chars = 0;
const started = performance.now();
for (const article of articles) {
  const text = article.title === undefined ? article.text : `${article.title}\n${article.text}`;
  chars += text.length;
  const found = findOfficials(text);
  mentions += found.length;
  for (const m of found) {
    if (m.person === null) withoutName++;
    else withName++;
    if (m.former) former++;
    positions += m.positions.length;
    for (const p of m.positions) byLevel.set(String(p.level), (byLevel.get(String(p.level)) ?? 0) + 1);
    if (sample.length < sampleSize && (mentions * 7919) % 13 === 0) sample.push(`${article.id}  ${m.text}  →  ${m.person ?? "(no name)"}${m.former ? " [former]" : ""}: ${m.positions.map((p) => `${p.role} | ${p.body ?? "-"} | ${p.level ?? "-"}`).join("; ")}`);
  }
  const held = membershipsOf(found);
  memberships += held.length;
  bareAfter += held.filter((m) => m.post.body === null).length;
  bareBefore += new Set(found.flatMap((m) => (m.person === null ? [] : m.positions.filter((p) => p.body === null).map((p) => `${m.person}|${p.role}|${p.level}|${m.former}`)))).size;
  for (const t of text.matchAll(TRIGGER)) {
    triggers++;
    const after = t.index + t[0].length;
    // Covered: a mention starts within a few characters after the trigger (the span leaves the trigger out).
    if (found.some((m) => m.start >= after && m.start <= after + 2)) covered++;
    else if (LOOKS_OFFICIAL.test(normalize(text.slice(after, after + 120)))) {
      likelyMissed++;
      if (missed.length < sampleSize) missed.push(`${article.id}  ${normalize(text.slice(t.index, t.index + 90)).replace(/\n/g, " ")}`);
    }
  }
}
const seconds = (performance.now() - started) / 1000;
console.log(`articles: ${articles.length}, characters: ${chars}`);
console.log(`official mentions: ${mentions} (with a name: ${withName}, post only: ${withoutName}, former: ${former}), posts: ${positions}`);
console.log(`posts by level: ${[...byLevel].map(([k, v]) => `${k} ${v}`).join(", ")}`);
console.log(`memberships (one per person and post in an article): ${memberships}; distinct posts with a name and no body: ${bareBefore} in the mentions, ${bareAfter} after the article's other mentions of the same person and role`);
console.log(`đồng chí/Đ/c/ông/bà occurrences: ${triggers}, turned into a mention: ${covered}, not: ${triggers - covered}`);
console.log(`  of those not turned into a mention, followed by a name, a comma and a role word (likely misses): ${likelyMissed}`);
console.log(`time: ${seconds.toFixed(2)} s (${(chars / 1e6 / seconds).toFixed(2)} M chars/s)`);
console.log(`\nsample of mentions:\n${sample.join("\n")}`);
console.log(`\nsample of likely misses (a name, a comma and a role word after the trigger, no mention):\n${missed.join("\n")}`);
