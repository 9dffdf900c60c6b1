import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { packageRoot, readDist } from "./dist-files";

interface Resource {
  name: string;
  path: string;
  bytes: number;
  hash: string;
  schema?: string;
}

const descriptor = JSON.parse(readDist("datapackage.json").toString("utf8")) as {
  name: string;
  version: string;
  licenses: unknown[];
  sources: { path?: string }[];
  resources: Resource[];
};

describe("dist/datapackage.json", () => {
  it("lists every data file of dist/", () => {
    expect(descriptor.resources.map((r) => r.path).sort()).toEqual(["article.schema.json", "articles.json", "articles.jsonl", "articles.parquet"]);
  });

  it.each(descriptor.resources.map((r) => [r.path, r] as const))("%s: bytes and sha256 match the file", (path, resource) => {
    const bytes = readDist(path);
    expect(resource.bytes).toBe(bytes.byteLength);
    expect(resource.hash).toBe(`sha256:${createHash("sha256").update(bytes).digest("hex")}`);
  });

  it("points every data resource at a JSON Schema it ships", () => {
    for (const resource of descriptor.resources.filter((r) => r.name !== "article-schema")) {
      expect(descriptor.resources.map((r) => r.path)).toContain(resource.schema);
    }
  });

  it("has the package's version, licences and the raw pages as sources", () => {
    const pkg = JSON.parse(readFileSync(`${packageRoot}package.json`, "utf8")) as { version: string };
    expect(descriptor.version).toBe(pkg.version);
    expect(descriptor.licenses.length).toBeGreaterThan(0);
    for (const source of descriptor.sources) expect(readFileSync(`${packageRoot}${source.path}`).byteLength).toBeGreaterThan(0);
  });
});
