import type { z } from "zod";

/** One problem found in a record: where it is and what was expected. */
export interface ValidationIssue {
  /** Path to the field, as code would write it: `mentions[3].value.date.day`; empty for the record itself. */
  path: string;
  /** What was expected there, and what was found. */
  message: string;
}

/** Writes a path the way JavaScript and Python code reach the field: `byline[0].name`.
 *
 * @example
 * ```ts
 * import { formatPath } from "@vnpol/schema";
 * formatPath(["mentions", 3, "value", "date"]); // "mentions[3].value.date"
 * ```
 */
export const formatPath = (path: ReadonlyArray<PropertyKey>): string =>
  path.reduce<string>((out, key) => {
    if (typeof key === "number") return `${out}[${key}]`;
    const name = String(key);
    if (/^[A-Za-z_$][\w$]*$/.test(name)) return out === "" ? name : `${out}.${name}`;
    return `${out}[${JSON.stringify(name)}]`;
  }, "");

/**
 * Turns a zod error into issues a person can act on: the field path and what was expected.
 *
 * @example
 * ```ts
 * import { PartialDate, explainError } from "@vnpol/schema";
 * const result = PartialDate.safeParse({ day: 31, month: 2 });
 * if (!result.success) explainError(result.error);
 * // [{ path: "day", message: "expected a day that exists in month 2 (at most 29), got 31" }]
 * ```
 */
export const explainError = (error: z.ZodError): ValidationIssue[] =>
  error.issues.flatMap((issue) => {
    // A union reports why each branch failed; the branch that got furthest says most.
    if (issue.code === "invalid_union" && issue.errors.length > 0) {
      const deepest = issue.errors.reduce((best, branch) =>
        Math.max(0, ...branch.map((i) => i.path.length)) > Math.max(0, ...best.map((i) => i.path.length)) ? branch : best,
      );
      if (deepest.some((i) => i.path.length > 0)) {
        return deepest.map((i) => ({ path: formatPath([...issue.path, ...i.path]), message: i.message }));
      }
    }
    return [{ path: formatPath(issue.path), message: issue.message }];
  });

/**
 * The issues of {@link explainError} as lines of text, `path: message`.
 *
 * @example
 * ```ts
 * import { Span, formatIssues } from "@vnpol/schema";
 * const result = Span.safeParse({ start: 5, end: 2, text: "" });
 * if (!result.success) console.log(formatIssues(result.error).join("\n"));
 * // end: expected start <= end
 * ```
 */
export const formatIssues = (error: z.ZodError): string[] =>
  explainError(error).map(({ path, message }) => (path === "" ? message : `${path}: ${message}`));
