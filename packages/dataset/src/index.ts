/**
 * The seed articles of vnpol: Vietnamese political news, cleaned from the pages as scraped,
 * reviewed by a person, annotated with the dates, document references and officials they
 * mention, and validated with `@vnpol/schema`. The same data ships as `articles.json`,
 * `articles.jsonl` and `articles.parquet`, described by `datapackage.json` and `DATASET.md`.
 *
 * @packageDocumentation
 */
import type { Article } from "@vnpol/schema";
import { articles as data, version as dataVersion } from "./data";

/**
 * Every article of the dataset, sorted by id, typed as `Article` of `@vnpol/schema`.
 *
 * @example
 * ```ts
 * import { articles } from "@vnpol/dataset";
 * articles.length; // 5
 * articles.map((a) => a.id); // ["000-khoi-dan-van-2022", "001-dan-van-2021", …]
 * ```
 */
export const articles: readonly Article[] = Object.freeze(data);

/**
 * The version of the data (semver: a corrected fact is a patch, a new article or field a
 * minor, a schema break a major).
 *
 * @example
 * ```ts
 * import { version } from "@vnpol/dataset";
 * /^\d+\.\d+\.\d+/.test(version); // true: the semver of the data, as in package.json
 * ```
 */
export const version: string = dataVersion;

/**
 * The article with an id, or `undefined` when there is none.
 *
 * @example
 * ```ts
 * import { getArticle } from "@vnpol/dataset";
 * getArticle("004-dan-van-2022")?.datePublished; // { year: 2022, month: 12, day: 27, hour: 22, minute: 37 }
 * getArticle("no-such-article"); // undefined
 * ```
 */
export const getArticle = (id: string): Article | undefined => articles.find((article) => article.id === id);
