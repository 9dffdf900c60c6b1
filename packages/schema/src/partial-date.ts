import { z } from "zod";

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** The number of days in a month; February has 29 when the year is unknown.
 *
 * @example
 * ```ts
 * import { daysInMonth } from "@vnpol/schema";
 * daysInMonth(2, 2023); // 28
 * daysInMonth(2);       // 29: the year is unknown
 * ```
 */
export const daysInMonth = (month: number, year?: number): number =>
  month === 2 && year !== undefined && !isLeapYear(year) ? 28 : (DAYS_IN_MONTH[month - 1] ?? 31);

// The same calendar rules, written for JSON Schema users (Python and others).
const calendarRules = [
  { if: { required: ["day", "month"], properties: { month: { enum: [4, 6, 9, 11] } } }, then: { properties: { day: { maximum: 30 } } } },
  { if: { required: ["day", "month"], properties: { month: { const: 2 } } }, then: { properties: { day: { maximum: 29 } } } },
  {
    if: { required: ["day", "month", "year"], properties: { month: { const: 2 }, day: { const: 29 } } },
    then: {
      properties: { year: { anyOf: [{ multipleOf: 400 }, { multipleOf: 4, not: { multipleOf: 100 } }] } },
    },
  },
  { if: { required: ["minute"] }, then: { required: ["hour"] } },
];

/**
 * A date as precise as the text made it: any part may be missing.
 *
 * Vietnamese news often writes `ngày 14-1` (no year) or `tháng 6/2023` (no day). The missing
 * parts stay absent; they are never guessed. Hours and minutes are local time in Vietnam
 * (Asia/Ho_Chi_Minh, UTC+7). Impossible dates such as 31/2 are rejected.
 *
 * @example
 * ```ts
 * import { PartialDate } from "@vnpol/schema";
 * PartialDate.parse({ day: 14, month: 1 });                       // "Ngày 14-1"
 * PartialDate.parse({ year: 2022, month: 12, day: 27, hour: 22, minute: 37 });
 * PartialDate.safeParse({ day: 31, month: 2 }).success;           // false
 * ```
 */
export const PartialDate = z
  .object({
    year: z.number().int().min(1).max(9999).optional().describe("Year of the solar calendar, when the text gives it or a reference date fixes it."),
    month: z.number().int().min(1).max(12).optional().describe("Month, 1–12."),
    day: z.number().int().min(1).max(31).optional().describe("Day of the month, 1–31, checked against the month."),
    hour: z.number().int().min(0).max(23).optional().describe("Hour, 0–23, local time in Vietnam (UTC+7)."),
    minute: z.number().int().min(0).max(59).optional().describe("Minute, 0–59; only with an hour."),
  })
  .strict()
  .superRefine((date, ctx) => {
    if (date.day !== undefined && date.month !== undefined && date.day > daysInMonth(date.month, date.year)) {
      ctx.addIssue({
        code: "custom",
        path: ["day"],
        message: `expected a day that exists in month ${date.month}${date.year === undefined ? "" : ` of ${date.year}`} (at most ${daysInMonth(date.month, date.year)}), got ${date.day}`,
      });
    }
    if (date.minute !== undefined && date.hour === undefined) {
      ctx.addIssue({ code: "custom", path: ["minute"], message: "expected an hour with the minute" });
    }
  })
  .meta({ title: "PartialDate", allOf: calendarRules })
  .describe("A date with any part possibly unknown; local time in Vietnam (UTC+7).");
export type PartialDate = z.infer<typeof PartialDate>;

/** Compares two partial dates on the parts both know; `0` when they cannot be ordered.
 *
 * @example
 * ```ts
 * import { comparePartialDates } from "@vnpol/schema";
 * comparePartialDates({ year: 2021, month: 1 }, { year: 2021, month: 6 }); // -1
 * comparePartialDates({ month: 1, day: 14 }, { year: 2021 });          // 0: no common part to compare
 * ```
 */
export const comparePartialDates = (a: PartialDate, b: PartialDate): number => {
  for (const part of ["year", "month", "day", "hour", "minute"] as const) {
    const x = a[part];
    const y = b[part];
    if (x === undefined || y === undefined) return 0;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
};
