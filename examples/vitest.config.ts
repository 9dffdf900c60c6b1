import { fileURLToPath } from "node:url";
import { defineProject } from "vitest/config";

export default defineProject({
  // The folder of this file, also when run alone with `vitest run --config examples/vitest.config.ts`.
  root: fileURLToPath(new URL(".", import.meta.url)),
  // Vite's cache with the root's, not in a node_modules of this folder.
  cacheDir: fileURLToPath(new URL("../node_modules/.vite/examples", import.meta.url)),
  test: { name: "examples", include: ["test/**/*.test.ts"], testTimeout: 120_000, hookTimeout: 600_000 },
});
