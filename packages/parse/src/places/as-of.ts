import type { PartialDate } from "@vnpol/schema";

/** A calendar day as one comparable number, `yyyymmdd`. */
export type DayNumber = number;

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * The day an `asOf` option names, read in Vietnam time; null when absent or unreadable.
 *
 * @example
 * ```ts
 * import { asOfDay } from "./as-of";
 * asOfDay("2021-07-13");                          // 20210713
 * asOfDay(new Date("2025-06-30T20:00:00Z"));      // 20250701 (already 1 July in Vietnam)
 * asOfDay("13/7/2021");                           // null
 * ```
 */
export const asOfDay = (asOf: Date | string | undefined): DayNumber | null => {
  if (asOf === undefined) return null;
  if (typeof asOf === "string") {
    const match = ISO_DAY.exec(asOf);
    if (match === null) return null;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? year * 10000 + month * 100 + day : null;
  }
  const time = asOf.getTime();
  if (!Number.isFinite(time)) return null;
  // Articles are dated in Vietnam time (UTC+7), whatever the machine's zone.
  const local = new Date(time + VIETNAM_OFFSET_MS);
  return local.getUTCFullYear() * 10000 + (local.getUTCMonth() + 1) * 100 + local.getUTCDate();
};

/**
 * A table date as a {@link DayNumber}; null when the table does not know it.
 *
 * @example
 * ```ts
 * import { dayOf } from "./as-of";
 * dayOf({ year: 2025, month: 6, day: 30 }); // 20250630
 * dayOf({ year: 2025 });                    // null
 * ```
 */
export const dayOf = (date: PartialDate | null | undefined): DayNumber | null =>
  date?.year === undefined || date.month === undefined || date.day === undefined ? null : date.year * 10000 + date.month * 100 + date.day;
