import { spawn } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { run, type CliIo, type CliWritable, type StdinState } from "../src/index";

/** The package folder; commands run from here so that fixture paths stay short. */
export const packageDir = fileURLToPath(new URL("..", import.meta.url));
export const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

/** A stdout or stderr that keeps what is written, and says whether it is a terminal. */
class Capture implements CliWritable {
  text = "";
  constructor(
    readonly isTTY: boolean,
    readonly columns = 80,
  ) {}
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
  once(): this {
    return this;
  }
  removeListener(): this {
    return this;
  }
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Parses JSONL output into records. */
export const jsonLines = (text: string): Record<string, unknown>[] =>
  text
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as Record<string, unknown>);

/**
 * Runs `vnpol` in-process through `run`, the same function the binary calls, with stdin given
 * as bytes (a pipe), or none (`/dev/null`, a closed stdin) or a terminal.
 */
export const runVnpol = async (
  argv: string[],
  options: { stdin?: string | Buffer; stdinState?: StdinState; stdoutIsTTY?: boolean; stderrIsTTY?: boolean } = {},
): Promise<CliResult> => {
  const stdout = new Capture(options.stdoutIsTTY ?? false);
  const stderr = new Capture(options.stderrIsTTY ?? false);
  const bytes = options.stdin === undefined ? [] : [typeof options.stdin === "string" ? Buffer.from(options.stdin, "utf8") : options.stdin];
  const io: CliIo = {
    stdin: Readable.from(bytes),
    stdinState: options.stdinState ?? (options.stdin === undefined ? "none" : "stream"),
    stdout,
    stderr,
  };
  const code = await run(argv, io);
  return { code, stdout: stdout.text, stderr: stderr.text };
};

const builtCli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const sourceCli = fileURLToPath(new URL("../src/cli.ts", import.meta.url));

const newestIn = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const path = `${dir}/${entry.name}`;
    return Math.max(newest, entry.isDirectory() ? newestIn(path) : statSync(path).mtimeMs);
  }, 0);

/** Whether `dist/cli.js` was built after the last edit of any package's source (a stale build would test old code). */
const builtIsFresh = (): boolean => {
  let built: number;
  try {
    built = statSync(builtCli).mtimeMs;
  } catch {
    return false;
  }
  const sources = ["cli", "parse", "schema", "dataset"].map((name) => fileURLToPath(new URL(`../../${name}/src`, import.meta.url)));
  return sources.every((dir) => newestIn(dir) <= built);
};

/**
 * Spawns the real binary: `node dist/cli.js` when built after the last edit (as `npm test`
 * builds first), else the source through tsx. `stdin: null` gives the child /dev/null, as CI does.
 */
export const spawnVnpol = (argv: string[], stdin: string | Buffer | null = null): Promise<CliResult> => {
  const command = builtIsFresh() ? [builtCli] : ["--import", "tsx", sourceCli];
  const child = spawn(process.execPath, [...command, ...argv], {
    cwd: packageDir,
    stdio: [stdin === null ? "ignore" : "pipe", "pipe", "pipe"],
    // From source, tsx must map @vnpol/* to the other packages' sources, as the root tsconfig does.
    env: { ...process.env, TSX_TSCONFIG_PATH: fileURLToPath(new URL("../../../tsconfig.json", import.meta.url)) },
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  child.stdin?.end(stdin);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
};
