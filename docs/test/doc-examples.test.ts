import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toExampleModule } from "./example-module";
import { collectMarkdownExamples } from "./markdown-examples";
import { collectTsdocExamples, type TsdocExample } from "./tsdoc-examples";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
// Inside the repository (.tmp/ is ignored by git), so that bare imports in examples (zod,
// @vnpol/*) resolve from its node_modules; a folder per run, so two runs never share one.
let workDir = "";
// VNPOL_EXAMPLES_AGAINST=dist runs the examples against the built packages, as users get them.
const againstDist = process.env.VNPOL_EXAMPLES_AGAINST === "dist";
const moduleName = (index: number) => `example-${String(index).padStart(3, "0")}.mts`;

// Points a stack trace's lines at the source file the example came from.
const mapStack = (stack: string, example: TsdocExample, index: number) =>
  stack.replace(new RegExp(`\\S*${moduleName(index).replace(".", "\\.")}:(\\d+)(?::\\d+)?`, "g"), (_, line: string) => `${example.file}:${example.line + Number(line) - 1}`);

interface Result {
  path: string;
  ok: boolean;
  error?: string;
}

// The TSDoc examples of every package, then the ```ts blocks of the hand-written guides.
const examples = [...collectTsdocExamples(repoRoot), ...collectMarkdownExamples(repoRoot)];
let results: Result[] = [];

beforeAll(async () => {
  mkdirSync(join(repoRoot, ".tmp"), { recursive: true });
  workDir = mkdtempSync(join(repoRoot, ".tmp", "doc-examples-"));
  const paths = examples.map((example, index) => {
    const path = join(workDir, moduleName(index));
    writeFileSync(path, toExampleModule(example.code, repoRoot, againstDist, example.file));
    return path;
  });
  writeFileSync(join(workDir, "list.json"), JSON.stringify(paths));
  const tsx = join(repoRoot, "node_modules", ".bin", "tsx");
  await promisify(execFile)(tsx, [join(repoRoot, "docs", "test", "run-modules.mjs"), join(workDir, "list.json"), join(workDir, "results.json")], {
    // Examples that read files (`checkFile("package.json")`) run where a user would: a project's root.
    cwd: repoRoot,
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  results = JSON.parse(readFileSync(join(workDir, "results.json"), "utf8")) as Result[];
}, 130_000);

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe("every @example of packages/*/src and every ```ts block of docs/*.md and packages/*/README.md runs without throwing", () => {
  it("finds examples in @vnpol/schema and @vnpol/parse", () => {
    const files = new Set(examples.map((example) => example.file.split("/")[1]));
    expect(files).toContain("schema");
    expect(files).toContain("parse");
  });

  it.each(examples.map((example, index) => ({ ...example, index })))("$file:$line", (example) => {
    const result = results[example.index];
    expect(result, "the runner did not report this example").toBeDefined();
    if (!result?.ok) {
      expect.fail(`${example.file}:${example.line}: the example threw\n${mapStack(result?.error ?? "", example, example.index)}`);
    }
  });
});
