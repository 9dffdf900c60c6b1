import { VnpolParseError } from "../errors";
import type { DateMention } from "@vnpol/schema";
import { findDatesWith, type DateOptions } from "./find-dates";

const EDGE = /^[\s,.;:()"“”]*|[\s,.;:()"“”]*$/gu;

/**
 * Reads one date expression — the whole of it, apart from spaces and punctuation at its
 * edges — or returns `null`. Unlike {@link findDates} it accepts forms that are ambiguous
 * in running text (`14-1`, `4/4`), because the caller says this is a date.
 *
 * @example
 * ```ts
 * import { parseDate } from "@vnpol/parse";
 * parseDate("Ngày 14-1", { ref: "2021-01-15" })?.value; // { year: 2021, month: 1, day: 14 }
 * parseDate("nhiệm kỳ 2021 - 2026")?.grain;              // "range"
 * parseDate("Kỳ họp thứ 7");                              // null
 * ```
 */
export const parseDate = (expr: string, options: DateOptions = {}): DateMention | null => {
  if (typeof expr !== "string") return null;
  const core = expr.replace(EDGE, "");
  if (core.length === 0) return null;
  const found = findDatesWith(expr, options, true);
  const first = found[0];
  if (found.length !== 1 || first === undefined) return null;
  return first.text.replace(EDGE, "") === core || first.text === core ? first : null;
};

/**
 * Like {@link parseDate}, but throws a `VnpolParseError` when the expression is not a date.
 *
 * @example
 * ```ts
 * import { parseDateOrThrow } from "@vnpol/parse";
 * parseDateOrThrow("22:37 27/12/2022").value; // { year: 2022, month: 12, day: 27, hour: 22, minute: 37 }
 * parseDateOrThrow("138/138");                // throws VnpolParseError
 * ```
 */
export const parseDateOrThrow = (expr: string, options: DateOptions = {}): DateMention => {
  const found = parseDate(expr, options);
  if (found === null) throw new VnpolParseError("a Vietnamese date, time or period such as 13/7/2021, Sáng 20/5, quý I/2023 or nhiệm kỳ 2021 - 2026", expr);
  return found;
};
