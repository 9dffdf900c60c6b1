/**
 * An input that cannot be read: a missing file, a directory, a binary or non-UTF-8 file,
 * a JSONL line that is not a record. `--keep-going` skips it; otherwise it stops the run
 * with exit code 2.
 *
 * @example
 * ```ts
 * import { InputError } from "@vnpol/cli";
 * new InputError("news.jsonl", "not UTF-8 (invalid byte sequence)", 17).message;
 * // "news.jsonl:17: not UTF-8 (invalid byte sequence)"
 * ```
 */
export class InputError extends Error {
  override readonly name = "InputError";
  /** The file as named on the command line, or `-` for stdin. */
  readonly source: string;
  /** What is wrong with it, in words. */
  readonly reason: string;
  /** 1-based line of a JSONL input, when the problem is on one line. */
  readonly line: number | undefined;

  constructor(source: string, reason: string, line?: number) {
    super(`${source}${line === undefined ? "" : `:${line}`}: ${reason}`);
    this.source = source;
    this.reason = reason;
    this.line = line;
  }
}
