// What the bench measures: the corpus, read once, and the functions run over it (each
// `(text, ref) => result`), beside chrono.vi and a floor.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as chrono from "chrono-node";
import * as parse from "../packages/parse/src/index";

export const corpusPath = fileURLToPath(new URL("../../shared/corpus/news.jsonl", import.meta.url));

/** The corpus as the bench reads it: each article's title and body, its date, and the size in MB of UTF-8. */
export const readCorpus = () => {
  if (!existsSync(corpusPath)) return null;
  const records = readFileSync(corpusPath, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { id: string; title?: string; text: string; date?: string });
  const texts = records.map((r) => (r.title ? `${r.title}\n${r.text}` : r.text));
  const refs = records.map((r) => r.date ?? undefined);
  const MB = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0) / 1e6;
  return { articles: records.length, texts, refs, MB };
};

export type Fn = (text: string, ref: string | undefined) => unknown;

const api = parse as unknown as Record<string, ((...args: unknown[]) => unknown) | undefined>;
const maybe = (name: string, call: (fn: (...args: unknown[]) => unknown) => Fn): [string, Fn] | null =>
  typeof api[name] === "function" ? [name, call(api[name]!)] : null;

export const FLOOR = "floor: one pass of /\\d+\\/\\d+/g";
export const CHRONO = "chrono.vi.parse";
const floorRegex = /\d+\/\d+/g;

/** Every subject, in the order of the results table: the floor first, chrono last. */
export const SUBJECTS: readonly [string, Fn][] = [
  [FLOOR, (text: string) => text.match(floorRegex)?.length ?? 0] as [string, Fn],
  maybe("normalize", (fn) => (text) => fn(text)),
  maybe("findDates", (fn) => (text, ref) => fn(text, { ref })),
  maybe("findDocumentRefs", (fn) => (text) => fn(text)),
  maybe("findOfficials", (fn) => (text) => fn(text)),
  maybe("findOrganizations", (fn) => (text) => fn(text)),
  maybe("findPlaces", (fn) => (text) => fn(text)),
  maybe("findEvents", (fn) => (text) => fn(text)),
  maybe("cleanArticle", (fn) => (text) => fn(text)),
  maybe("extract", (fn) => (text, ref) => fn(text, { ref })),
  [CHRONO, (text: string, ref: string | undefined) => chrono.vi.parse(text, ref ? new Date(`${ref}T00:00:00+07:00`) : undefined)] as [string, Fn],
].filter((s): s is [string, Fn] => s !== null);
