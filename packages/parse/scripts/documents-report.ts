/**
 * Measures `findDocumentRefs` on the shared news corpus: what it finds, and the symbol-like
 * strings it misses. Run from the repository root:
 *
 *   npx tsx packages/parse/scripts/documents-report.ts [--list] [path/to/news.jsonl]
 *
 * The corpus is not part of the project; the script says so and stops when it is absent.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { findDocumentRefs } from "../src/documents/index";
import { normalize } from "../src/normalize/index";

const args = process.argv.slice(2);
const list = args.includes("--list");
const corpus = args.find((a) => !a.startsWith("--")) ?? fileURLToPath(new URL("../../../../shared/corpus/news.jsonl", import.meta.url));
if (!existsSync(corpus)) {
  console.log(`corpus not found at ${corpus}; nothing to measure`);
  process.exit(0);
}

// What a reader would call a symbol: a Party `NN-KIND/ISSUER` or a State `NN[/YYYY]/CODE`.
const SYMBOL_LIKE = /(?<![\p{L}\p{N}/.])\d{1,6}(?:\s?[-–]\s?\p{Lu}[\p{L}\d&]*(?:\.\p{L}+)*\s?\/\s?\p{Lu}|\/(?:\d{4}\/?\s?)?\p{Lu}[\p{L}\d&]*(?:\.\p{L}+)*)/gu;

interface Article {
  id: string;
  title?: string;
  text: string;
}

const articles: Article[] = readFileSync(corpus, "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as Article);

const counts = { articles: articles.length, bytes: 0, found: 0, party: 0, state: 0, unknownSystem: 0, withSymbol: 0, withDate: 0, withIssuer: 0, symbolLike: 0, missed: 0 };
const missed: string[] = [];
let parseMs = 0;
for (const article of articles) {
  const text = article.title === undefined ? article.text : `${article.title}\n${article.text}`;
  counts.bytes += Buffer.byteLength(text);
  const before = performance.now();
  const refs = findDocumentRefs(text);
  parseMs += performance.now() - before;
  for (const ref of refs) {
    counts.found++;
    if (ref.system === "party") counts.party++;
    else if (ref.system === "state") counts.state++;
    else counts.unknownSystem++;
    if (ref.symbol !== null) counts.withSymbol++;
    if (ref.date !== null) counts.withDate++;
    if (ref.issuer !== null) counts.withIssuer++;
    if (list) console.log(`found\t${article.id}\t${ref.text.replace(/\n/gu, " ")}\t${ref.symbol ?? ""}\t${ref.issuer ?? ""}`);
  }
  // Symbol-like strings on the normalised text, compared by the normalised text of each mention.
  const normalised = normalize(text);
  const covered = refs.map((ref) => normalize(ref.text));
  for (const match of normalised.matchAll(SYMBOL_LIKE)) {
    counts.symbolLike++;
    const context = normalised.slice(Math.max(0, match.index - 20), match.index + match[0].length + 12).replace(/\n/gu, " ");
    if (!covered.some((c) => c.includes(match[0].replace(/\s+/gu, " ")))) {
      counts.missed++;
      missed.push(`${article.id}\t…${context}…`);
    }
  }
}
// Time spent in findDocumentRefs only (wall clock, so a busy machine reads slower); `npm run bench` is the benchmark.
const seconds = parseMs / 1000;
console.log(JSON.stringify({ ...counts, seconds: Number(seconds.toFixed(2)), mbPerSecond: Number((counts.bytes / 1e6 / seconds).toFixed(2)) }, null, 2));
console.log(`\nsymbol-like strings not inside a reference (${missed.length}):`);
for (const line of missed) console.log(line);
