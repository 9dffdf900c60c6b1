import type { PartialDate } from "@vnpol/schema";

/** A date of issue read after a symbol: where it ends and its parts. */
export interface IssueDate {
  readonly end: number;
  readonly date: PartialDate;
}

/** Verbs of issuing that may stand between a reference and its date (`ban hành ngày`, `ký ngày`, `ra ngày`), with the space after them. */
export const ISSUE_VERBS: readonly string[] = ["ban hành ", "ký ", "ra "];

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

const isValid = (day: number, month: number, year: number | undefined): boolean => {
  if (month < 1 || month > 12 || day < 1) return false;
  const max = month === 2 && year !== undefined && !isLeap(year) ? 28 : DAYS_IN_MONTH[month - 1]!;
  return day <= max && (year === undefined || (year >= 1945 && year <= 2100));
};

// Numeric dates as documents cite them: 24/6/2022, 10-10-1998, 23.3.2005; or ngày 29/4 with no year.
// Anchored and flagless, matched against a short slice: no regex keeps state between calls.
const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}))?(?!\d)/u;
const WORDED = /^(\d{1,2}) tháng (\d{1,2}) năm (\d{4})(?!\d)/iu;
const NGAY = /^ngày /iu;
const WINDOW = 24;

/**
 * Reads the simple date of issue that follows a reference, at `i` in normalised text:
 * `ngày 24/6/2022`, `30/11/2021` (after a comma), `ngày 10-10-1998`, `ngày 23.3.2005`,
 * `ngày 10 tháng 2 năm 2006`, and `ngày 29/4` with no year (the year is never guessed). Without
 * the word `ngày` a full day/month/year is required. Returns `null` when no date starts at `i`.
 *
 * @example
 * ```ts
 * import { readIssueDate } from "./issue-date";
 * readIssueDate("ngày 24/6/2022 về", 0); // { end: 14, date: { year: 2022, month: 6, day: 24 } }
 * readIssueDate("ngày 29/4", 0);         // { end: 9, date: { month: 4, day: 29 } }
 * readIssueDate("443/455", 0);           // null
 * ```
 */
export const readIssueDate = (text: string, i: number): IssueDate | null => {
  let at = i;
  const hasNgay = NGAY.test(text.slice(at, at + 5));
  if (hasNgay) at += 5;
  const window = text.slice(at, at + WINDOW);

  const worded = hasNgay ? WORDED.exec(window) : null;
  if (worded) {
    const [day, month, year] = [Number(worded[1]), Number(worded[2]), Number(worded[3])];
    return isValid(day, month, year) ? { end: at + worded[0].length, date: { year, month, day } } : null;
  }

  const numeric = NUMERIC.exec(window);
  if (!numeric) return null;
  const end = at + numeric[0].length;
  const day = Number(numeric[1]);
  const month = Number(numeric[3]);
  const year = numeric[4] === undefined ? undefined : Number(numeric[4]);
  if (year === undefined && !hasNgay) return null;
  // "ngày 29/4" must not be the start of a ratio or a longer number: 29/4/20.
  if (year === undefined && /^[/.-]\d/u.test(text.slice(end, end + 2))) return null;
  if (!isValid(day, month, year)) return null;
  return { end, date: year === undefined ? { month, day } : { year, month, day } };
};
