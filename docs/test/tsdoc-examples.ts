import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

/** One runnable ```ts block: where it is and its code, one line per source line. */
export interface TsdocExample {
  /** Path of the source file, relative to the repository root. */
  file: string;
  /** 1-based line of the block's first code line in that file. */
  line: number;
  code: string;
}

const COMMENT_LINE = /^\s*\* ?/;
const TAG = /^@[A-Za-z]+/;
const FENCE_OPEN = /^```(?:ts|typescript)\s*$/;
const FENCE_CLOSE = /^```\s*$/;

/**
 * The ```ts blocks of every `@example` tag in one file's TSDoc comments, in file order.
 * A ```ts block inside any other tag, or outside a doc comment, is not an example.
 */
export const extractTsdocExamples = (source: string, file: string): TsdocExample[] => {
  const examples: TsdocExample[] = [];
  const lines = source.split("\n");
  let inDoc = false;
  let inExample = false;
  let block: { line: number; code: string[] } | null = null;
  lines.forEach((raw, index) => {
    if (!inDoc) {
      if (!raw.includes("/**")) return;
      inDoc = true;
      inExample = false;
      // A one-line doc comment holds no code block.
      if (raw.includes("*/", raw.indexOf("/**") + 3)) inDoc = false;
      return;
    }
    const closes = raw.includes("*/");
    const text = raw.replace(COMMENT_LINE, "");
    if (block) {
      if (FENCE_CLOSE.test(text.trim()) || closes) {
        examples.push({ file, line: block.line, code: block.code.join("\n") });
        block = null;
      } else {
        block.code.push(text);
      }
    } else if (TAG.test(text.trim())) {
      inExample = text.trim().startsWith("@example");
    } else if (inExample && FENCE_OPEN.test(text.trim())) {
      block = { line: index + 2, code: [] };
    }
    if (closes) {
      inDoc = false;
      block = null;
    }
  });
  return examples;
};

const isSource = (name: string) => name.endsWith(".ts") && !name.endsWith(".test.ts") && !name.endsWith(".d.ts");

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" || entry.name === "dist" ? [] : walk(path);
    return isSource(entry.name) ? [path] : [];
  });

/** Every `@example` block in `packages/<name>/src/**\/*.ts` (tests excluded), sorted by file then line. */
export const collectTsdocExamples = (repoRoot: string): TsdocExample[] => {
  const packages = join(repoRoot, "packages");
  const files = readdirSync(packages, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const src = join(packages, entry.name, "src");
      try {
        return walk(src);
      } catch {
        return [];
      }
    })
    .sort();
  return files.flatMap((path) => extractTsdocExamples(readFileSync(path, "utf8"), relative(repoRoot, path)));
};
