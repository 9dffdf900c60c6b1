/**
 * The exit codes of `vnpol`, one per outcome a script may want to branch on.
 *
 * | code | name | when |
 * |---|---|---|
 * | 0 | `ok` | everything was read and, for `validate`, every record is valid |
 * | 1 | `invalid` | `validate` found at least one record that does not match the schema |
 * | 2 | `usage` | a bad command line, or an input that cannot be read (missing file, directory, binary, not UTF-8, a JSONL line that is not a JSON object); with `--keep-going` the other inputs are still processed |
 * | 3 | `internal` | a bug in vnpol: please report it with the message printed |
 *
 * @example
 * ```ts
 * import { ExitCode } from "@vnpol/cli";
 * ExitCode.invalid; // 1
 * ```
 */
export const ExitCode = {
  ok: 0,
  invalid: 1,
  usage: 2,
  internal: 3,
} as const;

/** One of the values of {@link ExitCode}. */
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
