import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { builtArticles, distPath, readDist } from "./dist-files";

describe("dist/articles.parquet", () => {
  it("reads in DuckDB with the ids, headlines and mention counts of articles.json", async () => {
    readDist("articles.parquet");
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    try {
      const reader = await connection.runAndReadAll(
        `SELECT id, headline, len(mentions)::INTEGER AS mentions FROM read_parquet('${distPath("articles.parquet")}') ORDER BY id`,
      );
      const expected = builtArticles().map((a) => ({ id: a.id, headline: a.headline, mentions: a.mentions.length }));
      expect(reader.getRowObjectsJson()).toEqual(expected);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });

  it("keeps mentions as a list of structs, queryable by field", async () => {
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    try {
      const reader = await connection.runAndReadAll(`SELECT typeof(mentions) AS type, typeof(byline) AS byline FROM read_parquet('${distPath("articles.parquet")}') LIMIT 1`);
      const [row] = reader.getRowObjectsJson();
      expect(String(row?.type)).toMatch(/^STRUCT\(kind VARCHAR, "start" BIGINT, "end" BIGINT, "text" VARCHAR, "value" STRUCT\(/);
      expect(row?.byline).toBe('STRUCT("role" VARCHAR, "name" VARCHAR, affiliation VARCHAR)[]');
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });
});
