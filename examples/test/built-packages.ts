import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's root folder. */
export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

const entries = ["schema", "parse", "dataset"].flatMap((name) => [`packages/${name}/dist/index.js`, `packages/${name}/dist/index.cjs`]);

/**
 * Why the examples cannot run (the packages they import are not built), or `null` when they can.
 * Outside CI the caller skips with this message; in CI (`CI=true`) it is an error.
 */
export const missingBuild = (): string | null => {
  const missing = entries.filter((entry) => !existsSync(join(repoRoot, entry)));
  if (missing.length === 0) return null;
  const message = `the examples import the built packages; missing ${missing.join(", ")} (npm run build)`;
  if (process.env.CI === "true") throw new Error(message);
  return message;
};

/** The number of articles in the built dataset, read from its JSON file rather than written here. */
export const datasetSize = (): number => (JSON.parse(readFileSync(join(repoRoot, "packages/dataset/dist/articles.json"), "utf8")) as unknown[]).length;
