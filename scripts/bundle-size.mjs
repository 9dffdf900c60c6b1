// Measures what a package costs a user's bundle: esbuild bundles a one-line entry that
// imports some names, tree-shaken and minified, with the package's own dependencies left
// out (they are counted by their own authors), and gzips the result.
import { gzipSync } from "node:zlib";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));

/** Size of `import { names } from "<package>"` in a user's bundle: minified and gzipped bytes, and the code. */
export const bundleSize = async (pkg, names) => {
  const manifest = JSON.parse(readFileSync(`${root}packages/${pkg}/package.json`, "utf8"));
  const entry = names === "*" ? `export * from "./packages/${pkg}/src/index.ts";` : `export { ${names.join(", ")} } from "./packages/${pkg}/src/index.ts";`;
  const result = await build({
    stdin: { contents: entry, resolveDir: root, loader: "ts" },
    bundle: true,
    minify: true,
    treeShaking: true,
    format: "esm",
    platform: "neutral",
    write: false,
    external: Object.keys(manifest.dependencies ?? {}),
    logLevel: "silent",
  });
  const code = result.outputFiles[0].contents;
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length, code: new TextDecoder().decode(code) };
};

// A quoted string literal of minified code (template literals, which may hold code, are left as code).
const STRING_LITERAL = /"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g;

/**
 * What the strings of a bundle cost beside the rest: the gzipped bytes of its quoted string
 * literals alone (the words of the rule tables, most of them), and of the code with each such
 * literal emptied. A rough split: gzip shares its dictionary across the two in the whole bundle.
 */
export const stringSplit = (code) => {
  const strings = code.match(STRING_LITERAL) ?? [];
  const gzip = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;
  return { strings: strings.length, stringsGzipped: gzip(strings.join("")), codeGzipped: gzip(code.replace(STRING_LITERAL, '""')) };
};

/** The budgets written in the repository. */
export const budgets = () => JSON.parse(readFileSync(`${root}size-budgets.json`, "utf8")).budgets;

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const budget of budgets()) {
    const size = await bundleSize(budget.package, budget.imports);
    const ok = size.gzipped <= budget.maxGzipBytes;
    console.log(`${ok ? "✓" : "✗"} ${budget.name}: ${(size.gzipped / 1024).toFixed(1)} KiB gzipped (${(size.minified / 1024).toFixed(1)} KiB minified), budget ${(budget.maxGzipBytes / 1024).toFixed(1)} KiB`);
    // `npm run size -- --split`: how much of each bundle is the strings of its tables, how much the code.
    if (process.argv.includes("--split")) {
      const split = stringSplit(size.code);
      console.log(`    ${split.strings} string literals: ${(split.stringsGzipped / 1024).toFixed(1)} KiB gzipped alone; the code with them emptied: ${(split.codeGzipped / 1024).toFixed(1)} KiB gzipped`);
    }
  }
}
