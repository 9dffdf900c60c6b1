// Collects every regular expression of a package's sources: the literals, read from the
// syntax tree, and those built at run time with `new RegExp(...)`, recorded while the
// modules load. What a ReDoS analyser checks, and what the "no regex per call" test counts.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

export interface FoundRegex {
  source: string;
  flags: string;
  where: string;
}

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") && !entry.name.endsWith(".d.ts") ? [path] : [];
  });

/** The regex literals of every non-test `.ts` file under `dir`. */
export const regexLiterals = (dir: string): FoundRegex[] =>
  sourceFiles(dir).flatMap((file) => {
    const tree = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const found: FoundRegex[] = [];
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(tree);
        const slash = text.lastIndexOf("/");
        const { line } = tree.getLineAndCharacterOfPosition(node.getStart(tree));
        found.push({ source: text.slice(1, slash), flags: text.slice(slash + 1), where: `${file}:${line + 1}` });
      }
      ts.forEachChild(node, visit);
    };
    visit(tree);
    return found;
  });

/**
 * Runs `load` with the global `RegExp` constructor watched, and returns every regex built
 * with `new RegExp(...)` or `RegExp(...)` meanwhile (literals do not go through it).
 */
export const watchRegExpConstruction = async (load: () => unknown): Promise<FoundRegex[]> => {
  const Original = globalThis.RegExp;
  const seen: FoundRegex[] = [];
  const record = (args: unknown[]) => {
    const [pattern, flags] = args;
    const source = pattern instanceof Original ? pattern.source : String(pattern);
    const where = new Error().stack?.split("\n").find((line) => line.includes("/src/") && !line.includes("regexes.ts"))?.trim() ?? "unknown";
    seen.push({ source, flags: typeof flags === "string" ? flags : pattern instanceof Original ? pattern.flags : "", where });
  };
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args, newTarget) {
      record(args);
      return Reflect.construct(target, args, newTarget);
    },
    apply(target, self, args) {
      record(args);
      return Reflect.apply(target, self, args);
    },
  });
  try {
    await load();
  } finally {
    globalThis.RegExp = Original;
  }
  return seen;
};
