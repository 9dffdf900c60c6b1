import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { TsdocExample } from "./tsdoc-examples";

// Only a bare ```ts (or ```typescript) fence runs; ```ts signature, ```ts no-run and the like are shown only.
const FENCE_OPEN = /^```(?:ts|typescript)\s*$/;
const FENCE_ANY = /^(`{3,}|~{3,})/;

/**
 * The runnable ```ts blocks of a Markdown guide, in file order, each with the line of its
 * first code line. Blocks with more in their info string (```ts signature) are skipped.
 */
export const extractMarkdownExamples = (source: string, file: string): TsdocExample[] => {
  const examples: TsdocExample[] = [];
  let block: { line: number; code: string[]; runs: boolean; fence: string } | null = null;
  source.split("\n").forEach((raw, index) => {
    const text = raw.replace(/\r$/, "");
    if (block) {
      if (text.trim() === block.fence) {
        if (block.runs) examples.push({ file, line: block.line, code: block.code.join("\n") });
        block = null;
      } else {
        block.code.push(text);
      }
      return;
    }
    const open = FENCE_ANY.exec(text.trim());
    if (open) block = { line: index + 2, code: [], runs: FENCE_OPEN.test(text.trim()), fence: open[1]! };
  });
  return examples;
};

/**
 * Every runnable block of the hand-written guides, `docs/*.md` (not the generated `docs/md/`),
 * and of the package READMEs, `packages/<name>/README.md`.
 */
export const collectMarkdownExamples = (repoRoot: string): TsdocExample[] => {
  const docs = join(repoRoot, "docs");
  const packages = join(repoRoot, "packages");
  const guides = readdirSync(docs)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => join(docs, name));
  const readmes = readdirSync(packages)
    .sort()
    .map((name) => join(packages, name, "README.md"))
    .filter((path) => existsSync(path));
  return [...guides, ...readmes].flatMap((path) => extractMarkdownExamples(readFileSync(path, "utf8"), relative(repoRoot, path)));
};
