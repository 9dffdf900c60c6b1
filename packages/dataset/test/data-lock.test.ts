import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { changedFiles, datasetBump, type DataLock } from "../scripts/data-lock";
import { LOCKED_FILES } from "../scripts/locked-files";
import { packageRoot, readDist } from "./dist-files";

const changesetDir = `${packageRoot}../../.changeset`;

const pendingBumps = (): string[] =>
  existsSync(changesetDir)
    ? readdirSync(changesetDir)
        .filter((name) => name.endsWith(".md") && name !== "README.md")
        .flatMap((name) => {
          const bump = datasetBump(readFileSync(`${changesetDir}/${name}`, "utf8"));
          return bump ? [`${name} (${bump})`] : [];
        })
    : [];

describe("data versioning", () => {
  it("changes the data only with a changeset naming @vnpol/dataset", () => {
    const lock = JSON.parse(readFileSync(`${packageRoot}data-lock.json`, "utf8")) as DataLock;
    const current = Object.fromEntries(LOCKED_FILES.map((path) => [path, createHash("sha256").update(readDist(path)).digest("hex")]));
    const changed = changedFiles(lock, current);
    if (changed.length === 0) return;
    expect(
      pendingBumps(),
      `dist/${changed.join(", dist/")} changed since @vnpol/dataset ${lock.version}, and no .changeset/*.md names @vnpol/dataset: ` +
        "add one with `npx changeset` (patch: a corrected fact; minor: a new article or field; major: a schema break); " +
        "at release, `npm run release:data -w packages/dataset` records the new hashes in data-lock.json",
    ).not.toEqual([]);
  });

  it("reads the bump a changeset gives @vnpol/dataset", () => {
    expect(datasetBump('---\n"@vnpol/dataset": patch\n---\n\nSửa ngày đăng của bài 003.\n')).toBe("patch");
    expect(datasetBump("---\n'@vnpol/parse': minor\n'@vnpol/dataset': minor\n---\n")).toBe("minor");
    expect(datasetBump('---\n"@vnpol/parse": major\n---\n\n@vnpol/dataset: major in the text is not front matter\n')).toBeNull();
    expect(datasetBump("no front matter")).toBeNull();
  });

  it("names the files whose hash changed", () => {
    const lock: DataLock = { version: "0.1.0", sha256: { "articles.json": "a", "article.schema.json": "b" } };
    expect(changedFiles(lock, { "articles.json": "a", "article.schema.json": "b" })).toEqual([]);
    expect(changedFiles(lock, { "articles.json": "c", "article.schema.json": "b" })).toEqual(["articles.json"]);
    expect(changedFiles(lock, { "articles.json": "a" })).toEqual(["article.schema.json"]);
  });
});
