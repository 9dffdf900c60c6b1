import { fstatSync } from "node:fs";
import { isatty } from "node:tty";

/**
 * What standard input holds when no file is named: a terminal, nothing (closed, or a
 * character device such as `/dev/null`), or a pipe or file that may carry data.
 */
export type StdinState = "tty" | "none" | "stream";

/** A writable end of the process: stdout or stderr. */
export interface CliWritable {
  write(chunk: string): boolean;
  once(event: "drain" | "error", listener: (...args: unknown[]) => void): unknown;
  removeListener(event: "drain" | "error", listener: (...args: unknown[]) => void): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/**
 * The process around a command: its streams and what stdin is. `run` takes it as an
 * argument so that tests and programs can run a command in-process.
 */
export interface CliIo {
  stdin: AsyncIterable<Buffer | string>;
  stdinState: StdinState;
  stdout: CliWritable;
  stderr: CliWritable;
}

/**
 * Classifies the process's stdin without reading it: closed or `/dev/null` reads as
 * `none` (how CI runs commands), a terminal as `tty`, a pipe, socket or file as `stream`.
 *
 * @example
 * ```ts
 * import { detectStdin } from "@vnpol/cli";
 * detectStdin(); // "tty" in a terminal, "none" under `< /dev/null`, "stream" under `cat a.txt |`
 * ```
 */
export const detectStdin = (fd = 0): StdinState => {
  try {
    const stat = fstatSync(fd);
    if (stat.isCharacterDevice()) {
      // A terminal is a character device too; isatty tells it from /dev/null without opening stdin.
      return isatty(fd) ? "tty" : "none";
    }
    if (stat.isFile()) return stat.size === 0 ? "none" : "stream";
    return stat.isFIFO() || stat.isSocket() ? "stream" : "none";
  } catch {
    return "none"; // EBADF: stdin was closed
  }
};

/**
 * The real process's streams and stdin state, for the `vnpol` binary.
 *
 * @example
 * ```ts
 * import { processIo, run } from "@vnpol/cli";
 * process.exitCode = await run(["--version"], processIo()); // 0; prints the version
 * ```
 */
export const processIo = (): CliIo => {
  const stdinState = detectStdin();
  return {
    // Touching process.stdin opens it; do so only when it will be read.
    get stdin() {
      return process.stdin;
    },
    stdinState,
    stdout: process.stdout,
    stderr: process.stderr,
  };
};
