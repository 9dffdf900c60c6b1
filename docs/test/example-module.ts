import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const WORKSPACE_IMPORT = /(\bfrom\s*|\bimport\s*\(\s*)(["'])@vnpol\/(schema|parse|dataset|cli)\2/g;
const RELATIVE_IMPORT = /(\bfrom\s*|\bimport\s*\(\s*)(["'])(\.{1,2}\/[^"']*)\2/g;
// A one-line statement whose comment says it throws: `parseDateOrThrow("138/138"); // throws VnpolParseError`.
const THROWS_LINE = /^(\s*)([^/\s].*?;)\s*\/\/\s*throws\b.*$/;

/**
 * Turns an example into a module to run, line for line (so a stack trace's line is the
 * example's): `@vnpol/*` imports point at the sources unless `againstDist`, relative imports
 * (`./golden-table`, in examples of internal helpers) at the example's own folder, and a
 * statement commented `// throws` must throw, or the module does.
 */
export const toExampleModule = (code: string, repoRoot: string, againstDist = false, sourceFile?: string): string =>
  code
    .split("\n")
    .map((line) => {
      const throws = THROWS_LINE.exec(line);
      if (throws) {
        const [, indent, statement] = throws;
        return `${indent}{ let threw = false; try { ${statement} } catch { threw = true; } if (!threw) throw new Error("expected this to throw, as its comment says: " + ${JSON.stringify(statement)}); }`;
      }
      return line;
    })
    .join("\n")
    .replace(WORKSPACE_IMPORT, (_, lead: string, quote: string, name: string) => {
      if (againstDist) return `${lead}${quote}@vnpol/${name}${quote}`;
      return `${lead}${quote}${pathToFileURL(join(repoRoot, "packages", name, "src", "index.ts")).href}${quote}`;
    })
    .replace(RELATIVE_IMPORT, (whole: string, lead: string, quote: string, specifier: string) => {
      if (sourceFile === undefined) return whole;
      return `${lead}${quote}${pathToFileURL(resolve(dirname(join(repoRoot, sourceFile)), specifier)).href}${quote}`;
    });
