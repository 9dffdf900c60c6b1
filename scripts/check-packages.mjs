#!/usr/bin/env node
// What a user does with the published packages, checked before release: lint the package
// shape (publint, attw), pack the tarballs, install them into a fresh project, and import
// them from ESM, CJS and type-checked TypeScript.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const bin = (name) => join(root, "node_modules", ".bin", name);
const run = (command, args, options = {}) => {
  const started = Date.now();
  try {
    const out = execFileSync(command, args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], ...options });
    return { out, ms: Date.now() - started };
  } catch (error) {
    console.error(`\n✗ ${[command, ...args].join(" ")}\n${error.stdout ?? ""}${error.stderr ?? ""}`);
    process.exit(1);
  }
};

/** Every publishable workspace package, with what a user imports from it. */
const packages = [
  { dir: "packages/schema", name: "@vnpol/schema", probe: "Article", extra: ["@vnpol/schema/json-schema/article.json"] },
  { dir: "packages/parse", name: "@vnpol/parse", probe: "normalize", extra: [] },
  { dir: "packages/dataset", name: "@vnpol/dataset", probe: "articles", extra: ["@vnpol/dataset/articles.jsonl", "@vnpol/dataset/datapackage.json"] },
  { dir: "packages/cli", name: "@vnpol/cli", probe: null, extra: [] },
].filter((pkg) => {
  const manifest = JSON.parse(readFileSync(join(root, pkg.dir, "package.json"), "utf8"));
  return !manifest.private;
});

for (const pkg of packages) {
  const { ms: lintMs } = run(bin("publint"), ["--strict", pkg.dir]);
  const attwArgs = ["--pack", pkg.dir, "--format", "ascii"];
  // Types are checked for the code entry; data files (JSON Schema, JSONL, Parquet) have none.
  attwArgs.push("--entrypoints", ".");
  const { ms: attwMs } = run(bin("attw"), attwArgs);
  console.log(`✓ ${pkg.name}: publint --strict (${lintMs} ms), attw --pack (${attwMs} ms)`);
}

const work = mkdtempSync(join(tmpdir(), "vnpol-consumer-"));
try {
  const tarballs = join(work, "tarballs");
  mkdirSync(tarballs);
  run("npm", ["pack", ...packages.flatMap((pkg) => ["-w", pkg.dir]), "--pack-destination", tarballs, "--silent"]);
  const files = readdirSync(tarballs).filter((file) => file.endsWith(".tgz"));
  for (const file of files) console.log(`✓ packed ${file} (${(readFileSync(join(tarballs, file)).length / 1024).toFixed(1)} KiB)`);

  const consumer = join(work, "consumer");
  mkdirSync(consumer);
  writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "vnpol-consumer", private: true, version: "0.0.0" }));
  const { ms: installMs } = run("npm", ["install", "--no-audit", "--no-fund", "--silent", ...files.map((file) => join(tarballs, file))], { cwd: consumer });
  console.log(`✓ installed the tarballs into a fresh project (${installMs} ms)`);

  const importable = packages.filter((pkg) => pkg.probe !== null);
  writeFileSync(
    join(consumer, "esm.mjs"),
    importable.map((pkg, i) => `import { ${pkg.probe} as p${i} } from "${pkg.name}";\nif (p${i} === undefined) throw new Error("${pkg.name}: no ${pkg.probe} in ESM");`).join("\n") +
      `\nimport { createRequire } from "node:module";\nconst require = createRequire(import.meta.url);\n` +
      importable.flatMap((pkg) => pkg.extra).map((spec) => `require.resolve("${spec}");`).join("\n") +
      `\nconsole.log("esm ok");\n`,
  );
  writeFileSync(
    join(consumer, "cjs.cjs"),
    importable.map((pkg) => `if (require("${pkg.name}").${pkg.probe} === undefined) throw new Error("${pkg.name}: no ${pkg.probe} in CJS");`).join("\n") +
      "\n" + importable.flatMap((pkg) => pkg.extra).map((spec) => `require.resolve("${spec}");`).join("\n") + `\nconsole.log("cjs ok");\n`,
  );
  writeFileSync(
    join(consumer, "check.ts"),
    [
      `import { Article, PartialDate, formatIssues } from "@vnpol/schema";`,
      `import type { Article as ArticleType } from "@vnpol/schema";`,
      `import { normalize } from "@vnpol/parse";`,
      ...(importable.some((pkg) => pkg.name === "@vnpol/dataset") ? [`import { articles } from "@vnpol/dataset";`, `const first: ArticleType | undefined = articles[0];`, `void first;`] : []),
      `const date: PartialDate = PartialDate.parse({ day: 14, month: 1 });`,
      `const text: string = normalize("Huyện uỷ");`,
      `const result = Article.safeParse({});`,
      `const lines: string[] = result.success ? [] : formatIssues(result.error);`,
      `// @ts-expect-error: a PartialDate's day is a number`,
      `const wrong: PartialDate = { day: "14" };`,
      `console.log(date, text, lines.length, wrong);`,
    ].join("\n"),
  );
  for (const [module, resolution] of [["nodenext", "nodenext"], ["esnext", "bundler"]]) {
    writeFileSync(
      join(consumer, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module, moduleResolution: resolution, target: "es2022", skipLibCheck: false, types: [] }, files: ["check.ts"] }),
    );
    run(bin("tsc"), ["-p", join(consumer, "tsconfig.json")]);
    console.log(`✓ TypeScript (${resolution} resolution, skipLibCheck off) type-checks the installed packages`);
  }
  for (const script of ["esm.mjs", "cjs.cjs"]) {
    const { out } = run("node", [join(consumer, script)], { cwd: consumer });
    console.log(`✓ ${script}: ${out.trim()}`);
  }
  if (packages.some((pkg) => pkg.name === "@vnpol/cli")) {
    const vnpol = join(consumer, "node_modules", ".bin", "vnpol");
    const { out: version } = run(vnpol, ["--version"], { cwd: consumer });
    const { out: mentions } = run(vnpol, ["extract", "--only", "documents"], { cwd: consumer });
    const lines = mentions.trim().split("\n").filter(Boolean);
    if (lines.length === 0) throw new Error("vnpol extract found no document in the bundled dataset");
    console.log(`✓ the installed vnpol ${version.trim()} extracts ${lines.length} document references from the bundled dataset`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
