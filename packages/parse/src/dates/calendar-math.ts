import { fromJulianDayNumber, julianDayNumber } from "./lunar-calendar";

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Whether `year` is a Gregorian leap year. */
export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Days in a month; February has 29 when the year is unknown (29/2 may exist). */
export const daysInMonth = (month: number, year?: number): number =>
  month === 2 && year !== undefined && !isLeapYear(year) ? 28 : (DAYS_IN_MONTH[month - 1] ?? 0);

/** Whether day/month(/year) exists: rejects 31/2, 31/4, 29/2/2021, month 13. */
export const isValidDay = (day: number, month: number, year?: number): boolean =>
  Number.isInteger(day) && Number.isInteger(month) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(month, year);

/** Day of the week, 0 = Sunday (Chủ nhật) … 6 = Saturday (thứ Bảy). */
export const dayOfWeek = (year: number, month: number, day: number): number => (julianDayNumber(year, month, day) + 1) % 7;

/** The date `days` days after year-month-day. */
export const addDays = (year: number, month: number, day: number, days: number) => fromJulianDayNumber(julianDayNumber(year, month, day) + days);

/** A day count to compare dates: the Julian day number. */
export const dayNumber = (year: number, month: number, day: number): number => julianDayNumber(year, month, day);
