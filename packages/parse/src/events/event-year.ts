import type { DateRange, PartialDate } from "@vnpol/schema";
import { dayNumber, daysInMonth, isValidDay } from "../dates/calendar-math";
import { nearestYear, toReferenceDay, type ReferenceDay } from "../dates/reference-date";

type EventDate = PartialDate | DateRange;

const isRange = (date: EventDate): date is DateRange => "start" in date;

/** The day number of `date`'s month and day in `year`, or null when the day does not exist that year (29/2). */
const dayIn = (date: PartialDate, year: number): number | null =>
  date.month === undefined || date.day === undefined || !isValidDay(date.day, date.month, year) ? null : dayNumber(year, date.month, date.day);

/**
 * An event's day or period written without its year, with the year of the article's day
 * `ref` that puts it nearest to that day, as `findDates` chooses it (an event on 27/12 in an
 * article of 3/1 is last year's; a period from 27/12 to 3/1 runs into the next year). A date
 * that has its year, or has no day, is returned as it is; so is any date when `ref` gives no day.
 *
 * @example
 * ```ts
 * import { withYearFrom } from "./event-year";
 * withYearFrom({ month: 5, day: 23 }, "2021-05-24");  // { year: 2021, month: 5, day: 23 }
 * withYearFrom({ month: 12, day: 27 }, "2022-01-03"); // { year: 2021, month: 12, day: 27 }
 * withYearFrom({ month: 5, day: 23 }, undefined);     // { month: 5, day: 23 }
 * ```
 */
export const withYearFrom = <T extends EventDate>(date: T, ref: Date | string | undefined): T => {
  const day = toReferenceDay(ref);
  return day === undefined ? date : (resolved(date, day) as T);
};

const resolved = (date: EventDate, ref: ReferenceDay): EventDate => {
  if (!isRange(date)) {
    if (date.year !== undefined) return date;
    const year = nearestYear(ref, (y) => {
      // "vào tháng 11": a month with no day spans the whole month.
      if (date.month !== undefined && date.day === undefined) return [dayNumber(y, date.month, 1), dayNumber(y, date.month, daysInMonth(date.month, y))];
      const n = dayIn(date, y);
      return n === null ? null : [n, n];
    });
    return year === undefined ? date : inYear(date, year);
  }
  const { start, end } = date;
  if (start.year !== undefined || end.year !== undefined) return date;
  // A period whose last day comes before its first in the calendar runs into the next year.
  const across = start.month !== undefined && end.month !== undefined && (end.month < start.month || (end.month === start.month && (end.day ?? 0) < (start.day ?? 0)));
  const year = nearestYear(ref, (y) => {
    const first = dayIn(start, y);
    const last = dayIn(end, across ? y + 1 : y);
    return first === null || last === null ? null : [first, last];
  });
  return year === undefined ? date : { start: inYear(start, year), end: inYear(end, across ? year + 1 : year) };
};

/** `date` in `year`, its fields in the schema's order (year, month, day, then the time). */
const inYear = (date: PartialDate, year: number): PartialDate => {
  const { month, day, ...time } = date;
  return { year, ...(month === undefined ? {} : { month }), ...(day === undefined ? {} : { day }), ...time };
};
