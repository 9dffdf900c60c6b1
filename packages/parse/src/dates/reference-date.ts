import { dayNumber } from "./calendar-math";

/** The article's publication day in Vietnam (UTC+7), from which missing years and relative words are read. */
export interface ReferenceDay {
  year: number;
  month: number;
  day: number;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;

/** Reads `ref` as a day in Vietnam; `undefined` when it is absent or not a valid date. */
export const toReferenceDay = (ref: Date | string | undefined): ReferenceDay | undefined => {
  if (ref === undefined) return undefined;
  if (typeof ref === "string") {
    const day = ISO_DAY.exec(ref.trim());
    if (day) {
      const [year, month, date] = [Number(day[1]), Number(day[2]), Number(day[3])];
      return month >= 1 && month <= 12 && date >= 1 && date <= 31 ? { year, month, day: date } : undefined;
    }
  }
  const time = typeof ref === "string" ? Date.parse(ref) : ref instanceof Date ? ref.getTime() : Number.NaN;
  if (!Number.isFinite(time)) return undefined;
  // A moment is read on Vietnam's wall clock: 23:30 UTC on 26/12 is already 27/12 in Hà Nội.
  const local = new Date(time + VIETNAM_OFFSET_MS);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
};

/**
 * The year, among the reference year and its neighbours, that puts the period
 * [first, last] (day numbers built by `at(year)`) nearest to the reference day; news
 * reports recent events, so 27/12 in an article of 3/1 is last year's.
 */
export const nearestYear = (ref: ReferenceDay, at: (year: number) => [number, number] | null): number | undefined => {
  const today = dayNumber(ref.year, ref.month, ref.day);
  let best: number | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const year of [ref.year, ref.year - 1, ref.year + 1]) {
    const span = at(year);
    if (span === null) continue;
    const [first, last] = span;
    const distance = today < first ? first - today : today > last ? today - last : 0;
    if (distance < bestDistance) {
      best = year;
      bestDistance = distance;
    }
  }
  return best;
};
