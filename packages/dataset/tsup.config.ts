import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  target: "node20",
  // The data build (scripts/build.ts) writes dist/ first; cleaning would delete its files.
  clean: false,
  // tsup injects the deprecated `baseUrl`, which TypeScript 6 rejects without this.
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
});
