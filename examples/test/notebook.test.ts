import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { missingBuild, repoRoot } from "./built-packages";
import { runCommand as run } from "./run-command";

const notebookDir = join(repoRoot, "examples", "notebook");
const notebook = join(notebookDir, "dataset.ipynb");
const deno = join(notebookDir, "node_modules", ".bin", "deno");
// Everything Jupyter and Deno write goes under .tmp/ (ignored by git), never to ~/.local or
// ~/.cache; a folder per run, so two runs never share one.
let work = "";
const kernelName = "vnpol-deno";

interface Output {
  output_type: string;
  name?: string;
  text?: string | string[];
  data?: Record<string, string | string[]>;
  ename?: string;
  evalue?: string;
}
interface Cell {
  cell_type: "code" | "markdown";
  source: string | string[];
  outputs?: Output[];
  execution_count?: number | null;
}

const joined = (text: string | string[] | undefined) => (Array.isArray(text) ? text.join("") : (text ?? ""));
const cellsOf = (path: string) => (JSON.parse(readFileSync(path, "utf8")) as { cells: Cell[] }).cells;
const codeCells = cellsOf(notebook).filter((cell) => cell.cell_type === "code");

const jupyter = ["/usr/bin/jupyter", "/usr/local/bin/jupyter"].find((path) => existsSync(path)) ?? "jupyter";
const hasNbconvert = async () => {
  try {
    await run(jupyter, ["nbconvert", "--version"], { cwd: repoRoot, timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
};

const missing = missingBuild() ?? ((await hasNbconvert()) ? null : "no `jupyter nbconvert` (apt-get install -y jupyter-nbconvert python3-nbclient python3-ipykernel jupyter-client)");
if (missing && process.env.CI === "true") throw new Error(`The notebook cannot run in CI: ${missing}`);
if (missing) console.warn(`Skipping the notebook: ${missing}`);

/** Installs deno into examples/notebook only, so the root lockfile (and `npm ci`) never sees it. */
const ensureDeno = async () => {
  if (existsSync(deno)) return;
  await run("npm", ["install", "--prefix", notebookDir, "--no-package-lock", "--no-audit", "--no-fund"], { cwd: repoRoot, timeout: 300_000 });
};

/** A kernelspec for the Deno kernel in a folder of our own, instead of `deno jupyter --install`. */
const writeKernelspec = (dataDir: string) => {
  const dir = join(dataDir, "kernels", kernelName);
  mkdirSync(dir, { recursive: true });
  const spec = { argv: [deno, "jupyter", "--kernel", "--conn", "{connection_file}"], display_name: "Deno (vnpol tests)", language: "typescript" };
  writeFileSync(join(dir, "kernel.json"), JSON.stringify(spec, null, 2));
};

describe.skipIf(missing !== null)("examples/notebook/dataset.ipynb, with the Deno Jupyter kernel", () => {
  let executed: Cell[] = [];
  const outputsOf = (index: number) => executed.filter((cell) => cell.cell_type === "code")[index]?.outputs ?? [];
  // Text a cell showed: what it printed, and the text/plain it displayed (the notebook's `show`).
  const textOf = (index: number) =>
    outputsOf(index)
      .map((o) => (o.output_type === "stream" ? joined(o.text) : o.output_type === "display_data" ? joined(o.data?.["text/plain"]) : ""))
      .filter((text) => text.trim() !== "")
      .join("\n");
  const mimeOf = (index: number, mime: string) => outputsOf(index).map((o) => joined(o.data?.[mime])).join("");
  const articleIds = () => (JSON.parse(readFileSync(join(repoRoot, "packages/dataset/dist/articles.json"), "utf8")) as { id: string }[]).map((a) => a.id);

  beforeAll(async () => {
    await ensureDeno();
    mkdirSync(join(repoRoot, ".tmp"), { recursive: true });
    work = mkdtempSync(join(repoRoot, ".tmp", "notebook-"));
    const dirs = { data: join(work, "jupyter-data"), config: join(work, "jupyter-config"), runtime: join(work, "jupyter-runtime"), deno: join(work, "deno-dir") };
    for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
    writeKernelspec(dirs.data);
    const env = {
      ...process.env,
      JUPYTER_DATA_DIR: dirs.data,
      JUPYTER_CONFIG_DIR: dirs.config,
      JUPYTER_RUNTIME_DIR: dirs.runtime,
      JUPYTER_PATH: dirs.data,
      DENO_DIR: dirs.deno,
      DENO_NO_UPDATE_CHECK: "1",
      DENO_NO_PROMPT: "1",
      NO_COLOR: "1",
    };
    const args = [
      "nbconvert", "--to", "notebook", "--execute", notebook,
      `--ExecutePreprocessor.kernel_name=${kernelName}`,
      "--ExecutePreprocessor.timeout=180",
      "--ExecutePreprocessor.startup_timeout=180",
      "--output-dir", work, "--output", "executed.ipynb",
    ];
    await run(jupyter, args, { cwd: notebookDir, env, timeout: 540_000 });
    executed = cellsOf(join(work, "executed.ipynb"));
  }, 600_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it("executes every code cell without an error", () => {
    const code = executed.filter((cell) => cell.cell_type === "code");
    expect(code).toHaveLength(codeCells.length);
    const errors = code.flatMap((cell) => (cell.outputs ?? []).filter((o) => o.output_type === "error").map((o) => `${o.ename}: ${o.evalue}`));
    expect(errors).toEqual([]);
    expect(code.every((cell) => typeof cell.execution_count === "number")).toBe(true);
  });

  it("imports the packages and counts the articles", () => {
    expect(textOf(0)).toMatch(new RegExp(`^@vnpol/dataset \\S+: ${articleIds().length} articles$`, "m"));
  });

  it("shows the articles as an HTML table, one row per article", () => {
    const table = mimeOf(1, "text/html");
    expect(table).toContain("<table>");
    expect(table.match(/<tr>/g)).toHaveLength(articleIds().length + 1);
    for (const id of articleIds()) expect(table).toContain(`<td>${id}</td>`);
  });

  it("counts the dates mentioned by year, as text and as an SVG bar chart", () => {
    const lines = textOf(2).trim().split("\n");
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^\d{4} #+ \d+$/);
    const svg = mimeOf(3, "image/svg+xml");
    expect(svg).toContain("<svg");
    expect(svg.match(/<rect /g)).toHaveLength(lines.length);
  });

  it("extracts the mentions of the new paragraph, in text order", () => {
    // "Chiều 15/3, đồng chí Trần Thị Bình, Ủy viên Ban Thường vụ Tỉnh ủy, … Nghị quyết số 09-NQ/TU của Tỉnh ủy."
    const text = textOf(4);
    expect(text).toMatch(/^date +Chiều 15\/3/m);
    expect(text).toMatch(/^official +.*Trần Thị Bình/m);
    expect(text).toMatch(/^document +.*09-NQ\/TU/m);
    expect(mimeOf(4, "text/html")).toContain("<td>official</td>");
  });
});

describe("the notebook's code type-checks with tsc", () => {
  it.skipIf(missingBuild() !== null)("as one TypeScript module, with Deno.jupyter declared", async () => {
    mkdirSync(join(repoRoot, ".tmp"), { recursive: true });
    const dir = mkdtempSync(join(repoRoot, ".tmp", "notebook-check-"));
    // The kernel runs cells in one scope, in order: the same code as one module.
    writeFileSync(join(dir, "dataset.ts"), `${codeCells.map((cell) => joined(cell.source)).join("\n\n")}\n`);
    const tsconfig = {
      compilerOptions: { target: "ES2022", lib: ["ES2022"], module: "ESNext", moduleResolution: "Bundler", strict: true, noEmit: true, skipLibCheck: true, types: [] },
      files: ["dataset.ts", join(notebookDir, "deno-jupyter.d.ts")],
    };
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(tsconfig, null, 2));
    // A type error fails the run with tsc's report in the message.
    try {
      const { stdout } = await run(join(repoRoot, "node_modules", ".bin", "tsc"), ["-p", join(dir, "tsconfig.json")], { cwd: dir });
      expect(stdout).toBe("");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
