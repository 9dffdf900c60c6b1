// Imports each module named in argv[2] (a JSON list of paths) in turn, under tsx, and writes
// to argv[3] whether each one threw; one process for all, so the sources load once.
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [listPath, outPath] = process.argv.slice(2);
const modules = JSON.parse(readFileSync(listPath, "utf8"));
const results = [];
// An example that exits would end the run for all the others; make it a throw instead.
process.exit = (code) => {
  throw new Error(`the example called process.exit(${code ?? ""})`);
};
for (const path of modules) {
  try {
    await import(pathToFileURL(path).href);
    results.push({ path, ok: true });
  } catch (error) {
    results.push({ path, ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
  // An exit code set by one example (a CLI's `run`) says nothing about the run.
  process.exitCode = 0;
}
writeFileSync(outPath, JSON.stringify(results));
