import { fileURLToPath } from "node:url";
import { defineProject } from "vitest/config";
import { workspaceAliases } from "../vitest.shared";

export default defineProject({
  // The folder of this file, also when run alone with `vitest run --config docs/vitest.config.ts`.
  root: fileURLToPath(new URL(".", import.meta.url)),
  // Vite's cache with the root's, not in a node_modules of this folder.
  cacheDir: fileURLToPath(new URL("../node_modules/.vite/docs", import.meta.url)),
  resolve: { alias: workspaceAliases },
  test: { name: "docs", include: ["test/**/*.test.ts"], testTimeout: 60_000, hookTimeout: 180_000 },
});
