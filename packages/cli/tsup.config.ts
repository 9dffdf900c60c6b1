import { defineConfig } from "tsup";

// tsup injects the deprecated `baseUrl`, which TypeScript 6 rejects without this.
const dts = { compilerOptions: { ignoreDeprecations: "6.0" } };

export default defineConfig([
  {
    // The library: the commands as functions, for programs and tests.
    entry: ["src/index.ts"],
    format: ["esm", "cjs"],
    target: "node20",
    clean: false, // the build script empties dist once: two parallel builds must not clean each other
    dts,
  },
  {
    // The `vnpol` binary: ESM only, run directly by node through the shebang.
    entry: { cli: "src/cli.ts" },
    format: ["esm"],
    target: "node20",
    clean: false,
    banner: { js: "#!/usr/bin/env node" },
  },
]);
