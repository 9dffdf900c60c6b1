import { existsSync, readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { packageRoot } from "./dist-files";

// The team's copy of the seed pages, outside the repository; absent elsewhere.
const seeds = fileURLToPath(new URL("../../../../shared/seeds/", import.meta.url));
const hasSeeds = existsSync(seeds);
if (!hasSeeds) console.warn(`raw.test.ts skipped: ${seeds} is absent`);

describe.skipIf(!hasSeeds)("raw/", () => {
  it("holds the seed pages byte for byte, and nothing else", () => {
    const names = readdirSync(`${packageRoot}raw`).sort();
    expect(names).toEqual(readdirSync(seeds).filter((name) => name.endsWith(".txt")).sort());
    for (const name of names) expect(readFileSync(`${packageRoot}raw/${name}`).equals(readFileSync(`${seeds}${name}`)), name).toBe(true);
  });
});
