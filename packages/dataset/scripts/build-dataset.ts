import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { toJsonSchema, type Article as ArticleRecord } from "@vnpol/schema";
import { annotateArticle, type Extractor, type MembershipReader } from "./annotate-article";
import { curateArticle, type Curation } from "./curate-article";
import { dataModule } from "./data-module";
import { dataPackage, type PackageFile } from "./data-package";
import { DatasetBuildError } from "./dataset-build-error";
import { datasetCard } from "./dataset-card";
import type { JsonSchema } from "./duckdb-type";
import { readArticleFile } from "./read-article-file";
import { validateArticle } from "./validate-article";
import { readParquetRecords, withoutNulls, writeParquet } from "./write-parquet";

/** Where the build reads and writes. */
export interface BuildOptions {
  /** The package folder: `raw/`, `articles/`, `package.json`. */
  root: string;
  /** Where the files go (`dist/` of the package). */
  outDir: string;
  /** Where the typed entry's data module goes (`src/data.ts`); not written when absent. */
  dataModulePath?: string;
  /** `extract` of `@vnpol/parse`; without it the articles carry no mentions. */
  extractor?: Extractor;
  /** `membershipsOf` of `@vnpol/parse`; without it the articles carry no memberships. */
  memberships?: MembershipReader;
}

/** What the build wrote: the articles and each file with its size. */
export interface BuildResult {
  version: string;
  articles: ArticleRecord[];
  files: { path: string; bytes: number }[];
}

const encoder = new TextEncoder();
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Builds the dataset: reads every `articles/*.md`, checks it against its raw page, adds the
 * mentions `extract` finds, validates each record with `@vnpol/schema`, and writes
 * `articles.json`, `articles.jsonl`, `articles.parquet` (checked by reading it back),
 * `article.schema.json`, `datapackage.json`, `DATASET.md` and the entry's `src/data.ts`. Fails
 * with a {@link DatasetBuildError} naming the file, the field and the reason. The same input
 * gives the same bytes: nothing depends on the time or the order of the directory listing.
 *
 * @example
 * ```ts
 * const { articles, files } = await buildDataset({ root: "packages/dataset", outDir: "packages/dataset/dist", extractor: extract });
 * ```
 */
export const buildDataset = async (options: BuildOptions): Promise<BuildResult> => {
  const { root, outDir } = options;
  const pkg = JSON.parse(await readFile(join(root, "package.json"), "utf8")) as { version: string };
  const version = pkg.version;

  const rawNames = (await readdir(join(root, "raw"))).filter((name) => !name.startsWith(".")).sort(byCodePoint);
  const raw = new Map<string, Uint8Array>();
  for (const name of rawNames) raw.set(name, await readFile(join(root, "raw", name)));

  const articleNames = (await readdir(join(root, "articles"))).filter((name) => name.endsWith(".md")).sort(byCodePoint);
  const articles: ArticleRecord[] = [];
  const curation = new Map<string, Curation>();
  const sourceOf = new Map<string, string>();
  for (const name of articleNames) {
    const file = `articles/${name}`;
    const parsed = readArticleFile(file, await readFile(join(root, file), "utf8"));
    const curated = curateArticle(file, parsed, raw);
    const article = validateArticle(file, annotateArticle(curated, options.extractor, options.memberships));
    const previous = sourceOf.get(article.provenance.rawFile);
    if (previous) throw new DatasetBuildError(file, "provenance.rawFile", `expected one article per raw page; ${previous} also comes from ${article.provenance.rawFile}`);
    sourceOf.set(article.provenance.rawFile, file);
    articles.push(article);
    curation.set(article.id, curated.curation);
  }
  for (const name of rawNames) {
    if (!sourceOf.has(name)) throw new DatasetBuildError(`raw/${name}`, "", "expected an article in articles/ cleaned from this raw page");
  }
  articles.sort((a, b) => byCodePoint(a.id, b.id));

  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const written: PackageFile[] = [];
  const write = async (file: Omit<PackageFile, "bytes">, content: string | Uint8Array) => {
    const bytes = typeof content === "string" ? encoder.encode(content) : content;
    await writeFile(join(outDir, file.path), bytes);
    written.push({ ...file, bytes });
  };

  // The same JSON Schema as @vnpol/schema ships in json-schema/article.json.
  const schema = toJsonSchema("Article") as unknown as JsonSchema & {
    properties: Record<string, JsonSchema & { description?: string }>;
  };
  await write(
    { name: "article-schema", path: "article.schema.json", title: "Article JSON Schema", description: "JSON Schema of one record, generated from the Article schema of @vnpol/schema.", format: "json", mediatype: "application/schema+json" },
    `${JSON.stringify(schema, null, 2)}\n`,
  );
  await write(
    { name: "articles", path: "articles.json", title: "Articles (JSON)", description: "The articles as one JSON array, sorted by id.", format: "json", mediatype: "application/json", schema: "article.schema.json" },
    `${JSON.stringify(articles, null, 2)}\n`,
  );
  const jsonl = articles.map((article) => `${JSON.stringify(article)}\n`).join("");
  await write(
    { name: "articles-jsonl", path: "articles.jsonl", title: "Articles (JSON Lines)", description: "One article per line, sorted by id.", format: "jsonl", mediatype: "application/jsonl", schema: "article.schema.json" },
    jsonl,
  );
  const parquetPath = join(outDir, "articles.parquet");
  await writeParquet(join(outDir, "articles.jsonl"), parquetPath, schema);
  const readBack = await readParquetRecords(parquetPath);
  articles.forEach((article, index) => {
    if (!isDeepStrictEqual(withoutNulls(readBack[index]), withoutNulls(article))) {
      throw new DatasetBuildError("dist/articles.parquet", `[${index}]`, `expected the Parquet row to read back as ${article.id} does in articles.json`);
    }
  });
  if (readBack.length !== articles.length) throw new DatasetBuildError("dist/articles.parquet", "", `expected ${articles.length} rows, read ${readBack.length}`);
  written.push({
    name: "articles-parquet", path: "articles.parquet", title: "Articles (Parquet)", description: "The articles as Parquet, mentions as a list of structs; readable by DuckDB, pandas, Polars, Spark.",
    format: "parquet", mediatype: "application/vnd.apache.parquet", schema: "article.schema.json", bytes: await readFile(parquetPath),
  });

  const descriptor = dataPackage({
    name: "vnpol-articles",
    title: "vnpol seed articles",
    description: "Vietnamese political news articles, cleaned from the pages as scraped, reviewed by a person, annotated with dates, document references, officials, organizations, places and events, and validated with @vnpol/schema.",
    version,
    keywords: ["vietnamese", "politics", "news", "nlp"],
    licenses: [
      { name: "MIT", path: "https://opensource.org/license/mit", title: "MIT License: the curation, annotations and code" },
      { name: "other", path: "DATASET.md", title: "Article text as published by its sites; see Licensing and provenance in DATASET.md" },
    ],
    sources: articles.map((article) => ({ title: `raw/${article.provenance.rawFile} (sha256 ${article.provenance.sha256})`, path: `raw/${article.provenance.rawFile}` })),
    files: written,
  });
  const descriptorText = `${JSON.stringify(descriptor, null, 2)}\n`;
  await writeFile(join(outDir, "datapackage.json"), descriptorText);

  const files = written.map((file) => ({ path: file.path, bytes: file.bytes.byteLength, description: file.description }));
  const card = datasetCard({ version, articles, curation, schema, files });
  await writeFile(join(outDir, "DATASET.md"), card);
  if (options.dataModulePath) await writeFile(options.dataModulePath, dataModule(version, articles));

  const sizes = [...files, { path: "datapackage.json", bytes: encoder.encode(descriptorText).byteLength }, { path: "DATASET.md", bytes: encoder.encode(card).byteLength }];
  return { version, articles, files: sizes.map(({ path, bytes }) => ({ path, bytes })) };
};
