#!/usr/bin/env node
// `npm start`: the main job on the bundled data — build what is missing or stale (its log on
// stderr, so stdout stays JSONL), then `vnpol extract` with any arguments given.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);
const stale = ["schema", "parse", "dataset", "cli"].some((name) => {
  const dist = join(root, "packages", name, "dist");
  return !existsSync(dist) || newest(join(root, "packages", name, "src")) > newest(dist);
});
if (stale) {
  process.stderr.write("vnpol: building the packages first (once)…\n");
  execFileSync("npm", ["run", "build", "--silent"], { cwd: root, stdio: ["ignore", process.stderr, process.stderr] });
}
const result = spawnSync(process.execPath, [join(root, "packages", "cli", "dist", "cli.js"), "extract", ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(result.status ?? 1);
