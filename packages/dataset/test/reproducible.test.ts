import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { availableExtractor, availableMemberships } from "../scripts/available-extractor";
import { buildDataset } from "../scripts/build-dataset";
import { packageRoot, readDist } from "./dist-files";

const scratch = mkdtempSync(join(tmpdir(), "vnpol-dataset-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("the build", () => {
  it("is reproducible: rebuilding from articles/ and raw/ gives dist/ and src/data.ts byte for byte", async () => {
    const outDir = join(scratch, "dist");
    const dataModulePath = join(scratch, "data.ts");
    await buildDataset({ root: packageRoot, outDir, dataModulePath, extractor: availableExtractor, memberships: availableMemberships });
    for (const name of readdirSync(outDir).sort()) {
      expect(readFileSync(join(outDir, name)).equals(readDist(name)), `dist/${name} differs from a fresh build: run npm run build -w packages/dataset`).toBe(true);
    }
    expect(readFileSync(dataModulePath, "utf8")).toBe(readFileSync(`${packageRoot}src/data.ts`, "utf8"));
  }, 20_000);
});
