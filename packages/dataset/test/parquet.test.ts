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

  it("keeps memberships as a list of structs, so that who holds what is one query", async () => {
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    try {
      const reader = await connection.runAndReadAll(
        `SELECT id, m.person.name AS person, m.post.role AS role, m.post.body AS body FROM read_parquet('${distPath("articles.parquet")}'), unnest(memberships) AS u(m) ORDER BY id, person, role`,
      );
      const expected = builtArticles()
        .flatMap((a) => (a.memberships ?? []).map((m) => ({ id: a.id, person: m.person.name, role: m.post.role, body: m.post.body })))
        .sort((x, y) => (x.id + x.person + x.role < y.id + y.person + y.role ? -1 : 1));
      expect(expected.length).toBeGreaterThan(0);
      expect(reader.getRowObjectsJson()).toEqual(expected);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });
});
