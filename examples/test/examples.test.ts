import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { datasetSize, missingBuild, repoRoot } from "./built-packages";
import { runCommand as run } from "./run-command";

const bin = (name: string) => join(repoRoot, "node_modules", ".bin", name);
const example = (path: string) => join(repoRoot, "examples", path);

const missing = missingBuild();
if (missing) console.warn(`Skipping the examples: ${missing}`);

describe.skipIf(missing !== null)("examples/ run as a user runs them, against the built packages", () => {
  it("node-esm: prints the articles and the mentions of a new paragraph", async () => {
    const { stdout } = await run(process.execPath, [example("node-esm/index.mjs")], { cwd: example("node-esm") });
    expect(stdout).toMatch(new RegExp(`^@vnpol/dataset \\S+: ${datasetSize()} articles$`, "m"));
    // "Sáng 27/12, đồng chí Nguyễn Văn An, Phó Bí thư Thường trực Tỉnh ủy … Kết luận số 43-KL/TU …"
    expect(stdout).toMatch(/^ {2}date +\[\d+, \d+\) +\S*\s?27\/12/m);
    expect(stdout).toMatch(/^ {2}document +\[\d+, \d+\) +.*43-KL\/TU/m);
    expect(stdout).toMatch(/^ {2}official +\[\d+, \d+\) +.*Nguyễn Văn An/m);
  });

  it("node-cjs: require() loads the CommonJS builds and finds the first article's dates", async () => {
    const { stdout } = await run(process.execPath, [example("node-cjs/index.cjs")], { cwd: example("node-cjs") });
    expect(stdout).toMatch(new RegExp(`^${datasetSize()} articles in @vnpol/dataset$`, "m"));
    const [, dates] = /: (\d+) dates, \d+ document references$/m.exec(stdout) ?? [];
    expect(Number(dates)).toBeGreaterThan(0);
  });

  it("typescript: type-checks with tsc against the published types, then runs with tsx", async () => {
    await run(bin("tsc"), ["-p", example("typescript/tsconfig.json")], { cwd: example("typescript") });
    // tsx reads the example's own tsconfig (no paths), so @vnpol/* resolve to the built packages.
    const { stdout } = await run(bin("tsx"), ["--tsconfig", example("typescript/tsconfig.json"), example("typescript/index.ts")], { cwd: example("typescript") });
    expect(stdout).toMatch(new RegExp(`^${datasetSize()} articles, \\d+ mentions stored in the dataset$`, "m"));
    expect(stdout).toMatch(/: \d+ mentions found again by extract\(\)$/m);
  });
});
