/**
 * A bad command line that commander cannot see by itself: an unknown `--only` kind, a
 * `--ref` that is not a date, an unknown `--schema`. Exits with code 2.
 *
 * @example
 * ```ts
 * import { UsageError } from "@vnpol/cli";
 * new UsageError("--ref expects a date such as 2022-12-27, got \"hôm qua\"").message;
 * ```
 */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
