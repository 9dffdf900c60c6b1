import { describe, expect, it } from "vitest";
import { dataPackage } from "../scripts/data-package";

describe("dataPackage", () => {
  it("records each file's size in bytes and its sha256, from the bytes themselves", () => {
    const bytes = new TextEncoder().encode("[]\n");
    const descriptor = dataPackage({
      name: "vnpol-articles", title: "vnpol seed articles", description: "…", version: "0.1.0", keywords: [], licenses: [], sources: [],
      files: [{ name: "articles", path: "articles.json", title: "Articles", description: "…", format: "json", mediatype: "application/json", bytes, schema: "article.schema.json" }],
    });
    expect(descriptor.resources[0]).toMatchObject({
      path: "articles.json",
      bytes: 3,
      hash: "sha256:37517e5f3dc66819f61f5a7bb8ace1921282415f10551d2defa5c3eb0985b570",
      schema: "article.schema.json",
      encoding: "utf-8",
    });
  });
});
