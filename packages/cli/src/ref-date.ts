import type { DateRange, PartialDate } from "@vnpol/schema";
import { UsageError } from "./usage-error";

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

/** The `YYYY-MM-DD` form of a calendar day, or null when the day does not exist. */
const isoDay = (year: number, month: number, day: number): string | null => {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
};

/**
 * Reads a date given as `YYYY-MM-DD` (a time after it is ignored), or returns null when it is
 * not one or the day does not exist.
 *
 * @example
 * ```ts
 * import { isoDateOf } from "@vnpol/cli";
 * isoDateOf("2021-05-02"); // "2021-05-02"
 * isoDateOf("2021-02-30"); // null
 * ```
 */
export const isoDateOf = (value: string): string | null => {
  const match = ISO_DAY.exec(value.trim());
  if (match === null) return null;
  return isoDay(Number(match[1]), Number(match[2]), Number(match[3]));
};

/**
 * Checks the value of `--ref`: a calendar day as `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import { parseRefOption } from "@vnpol/cli";
 * parseRefOption("2022-12-27"); // "2022-12-27"
 * ```
 */
export const parseRefOption = (value: string): string => {
  const iso = isoDateOf(value);
  if (iso === null) throw new UsageError(`--ref: expected a day as YYYY-MM-DD, such as 2022-12-27, got ${JSON.stringify(value)}`);
  return iso;
};

/**
 * The reference day of an article from its own dates: the day it was published, else the
 * day of the event it reports (the start of a range). Only a date whose year, month and day
 * are all known serves, so no year is ever guessed from a partial one.
 *
 * @example
 * ```ts
 * import { refOfArticle } from "@vnpol/cli";
 * refOfArticle({ datePublished: null, eventDate: { year: 2021, month: 1, day: 14 } }); // "2021-01-14"
 * refOfArticle({ datePublished: { year: 2021 }, eventDate: null }); // undefined
 * ```
 */
export const refOfArticle = (article: {
  datePublished?: PartialDate | null;
  eventDate?: PartialDate | DateRange | null;
}): string | undefined => {
  const candidates = [article.datePublished, article.eventDate && "start" in article.eventDate ? article.eventDate.start : article.eventDate];
  for (const date of candidates) {
    if (date?.year !== undefined && date.month !== undefined && date.day !== undefined) {
      const iso = isoDay(date.year, date.month, date.day);
      if (iso !== null) return iso;
    }
  }
  return undefined;
};
