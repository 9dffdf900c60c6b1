import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { builtArticles, distPath, readDist } from "./dist-files";

interface Entry {
  articles: readonly { id: string }[];
  getArticle: (id: string) => { id: string; headline: string } | undefined;
  version: string;
}

describe("the built entry, as users load it", () => {
  it("imports from ESM and requires from CommonJS, with the same articles", async () => {
    readDist("index.js");
    readDist("index.cjs");
    const esm = (await import(pathToFileURL(distPath("index.js")).href)) as Entry;
    const cjs = createRequire(import.meta.url)(distPath("index.cjs")) as Entry;
    const expected = builtArticles();
    expect(JSON.parse(JSON.stringify(esm.articles))).toEqual(expected);
    expect(JSON.parse(JSON.stringify(cjs.articles))).toEqual(expected);
    expect(cjs.version).toBe(esm.version);
    expect(esm.getArticle("001-dan-van-2021")?.headline).toBe("Ban Dận vận Tỉnh ủy: Triển khai nhiệm vụ năm 2021");
  });

  it("declares its types from @vnpol/schema for both", () => {
    for (const name of ["index.d.ts", "index.d.cts"]) {
      const declarations = readDist(name).toString("utf8");
      expect(declarations).toContain("declare const articles: readonly Article[];");
      expect(declarations).toContain("declare const getArticle: (id: string) => Article | undefined;");
    }
  });
});
