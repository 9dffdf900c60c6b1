import type { DateGrain, PartialDate, PartOfDay } from "@vnpol/schema";
import { addDays, dayNumber, dayOfWeek, daysInMonth, isValidDay } from "./calendar-math";
import { lunarToSolar } from "./lunar-calendar";
import { clockParts } from "./merge-pieces";
import { isPeriod, type Period, type Piece } from "./piece";
import { nearestYear, type ReferenceDay } from "./reference-date";

/** What a piece means once `ref` has filled what the text left to it. */
export interface ResolvedDate {
  value: PartialDate | Period;
  grain: DateGrain;
  partOfDay?: PartOfDay;
  calendar: "solar" | "lunar";
  lunar?: PartialDate;
}

/** The clock a value holds: one time, or both ends of a range of hours (`2-3h`); null when it has no hour. */
const clockOnly = (value: PartialDate | Period): PartialDate | Period | null => {
  if (isPeriod(value)) return value.start.hour === undefined ? null : { start: clockParts(value.start), end: clockParts(value.end) };
  return value.hour === undefined ? null : clockParts(value);
};

/** First and last day numbers of a partial date in a given year (a month spans its days). */
const spanInYear = (date: PartialDate, year: number): [number, number] | null => {
  const month = date.month;
  if (month === undefined) return [dayNumber(year, 1, 1), dayNumber(year, 12, 31)];
  if (date.day !== undefined) {
    if (!isValidDay(date.day, month, year)) return null;
    const day = dayNumber(year, month, date.day);
    return [day, day];
  }
  return [dayNumber(year, month, 1), dayNumber(year, month, daysInMonth(month, year))];
};

/** A day that is valid in `year`: the last day of a ten-day part is clamped to the month (cuối tháng 2). */
const inYear = (date: PartialDate, year: number, clamp: boolean): PartialDate => {
  const out = { year, ...date };
  if (clamp && out.month !== undefined && out.day !== undefined) out.day = Math.min(out.day, daysInMonth(out.month, year));
  return out;
};

const resolveSolar = (piece: Piece, ref: ReferenceDay | undefined): PartialDate | Period | null => {
  const value = piece.value;
  const written = isPeriod(value) ? (value.start.year ?? value.end.year) : value.year;
  if (written !== undefined) return value;
  const first = isPeriod(value) ? value.start : value;
  if (first.month === undefined) return value;
  let year: number | undefined;
  if (piece.relativeYear !== undefined) year = ref === undefined ? undefined : ref.year + piece.relativeYear;
  else if (ref !== undefined) {
    const last = isPeriod(value) ? value.end : value;
    const wraps = isPeriod(value) && last.month !== undefined && last.month < first.month;
    const at = (y: number): [number, number] | null => {
      const a = spanInYear(first, y);
      const b = spanInYear({ ...last, ...(last.day === undefined ? {} : { day: Math.min(last.day, daysInMonth(last.month ?? 1, wraps ? y + 1 : y)) }) }, wraps ? y + 1 : y);
      if (a === null || b === null) return null;
      if (piece.weekday !== undefined && !isPeriod(value) && first.day !== undefined && dayOfWeek(y, first.month!, first.day) !== piece.weekday) return null;
      return [a[0], b[1]];
    };
    year = nearestYear(ref, at);
    if (year === undefined && piece.weekday !== undefined) year = nearestYear(ref, (y) => spanInYear(first, y));
  }
  if (year === undefined) return value;
  if (!isPeriod(value)) return spanInYear(value, year) === null ? null : inYear(value, year, false);
  const endYear = value.end.month !== undefined && value.start.month !== undefined && value.end.month < value.start.month ? year + 1 : year;
  return { start: inYear(value.start, year, false), end: inYear(value.end, endYear, true) };
};

const resolveRelative = (piece: Piece, ref: ReferenceDay): PartialDate | Period => {
  const shift = piece.relative!;
  if (shift.unit === "day") {
    const day = addDays(ref.year, ref.month, ref.day, shift.offset);
    const clock = clockOnly(piece.value);
    // "2-3h sáng nay": a range of hours on that day.
    if (clock !== null && isPeriod(clock)) return { start: { ...day, ...clock.start }, end: { ...day, ...clock.end } };
    return { ...day, ...clock };
  }
  if (shift.unit === "week") {
    // Vietnamese weeks run from thứ Hai (Monday) to Chủ nhật (Sunday).
    const sinceMonday = (dayOfWeek(ref.year, ref.month, ref.day) + 6) % 7;
    const monday = -sinceMonday + 7 * shift.offset;
    return { start: addDays(ref.year, ref.month, ref.day, monday), end: addDays(ref.year, ref.month, ref.day, monday + 6) };
  }
  if (shift.unit === "month") {
    const index = ref.year * 12 + (ref.month - 1) + shift.offset;
    return { year: Math.floor(index / 12), month: (index % 12) + 1 };
  }
  return { year: ref.year + shift.offset };
};

/** Which lunar year a yearless lunar date of an article means: the one whose solar date is nearest `ref`. */
const lunarYear = (lunar: PartialDate, cycleYear: number | undefined, ref: ReferenceDay | undefined): number | undefined => {
  if (lunar.year !== undefined) return lunar.year;
  if (ref === undefined) return undefined;
  if (cycleYear !== undefined) {
    const base = ref.year - ((((ref.year - 4 - cycleYear) % 60) + 60) % 60);
    return ref.year - base > 30 ? base + 60 : base;
  }
  return nearestYear(ref, (year) => {
    const first = lunarToSolar({ year, month: lunar.month ?? 1, day: lunar.day ?? 1, leap: false });
    const last = lunar.day === undefined ? lunarToSolar({ year, month: lunar.month ?? 1, day: 29, leap: false }) : first;
    return first && last ? [dayNumber(first.year, first.month, first.day), dayNumber(last.year, last.month, last.day)] : null;
  });
};

const resolveLunar = (piece: Piece, ref: ReferenceDay | undefined): PartialDate | Period | null => {
  const lunar = piece.lunar!;
  const year = lunarYear(lunar, piece.cycleYear, ref);
  if (year === undefined) return {};
  const month = lunar.month ?? 1;
  if (lunar.day !== undefined) {
    const solar = lunarToSolar({ year, month, day: lunar.day, leap: false });
    return solar === null ? null : { ...solar, ...(isPeriod(piece.value) ? {} : clockParts(piece.value)) };
  }
  const first = lunarToSolar({ year, month, day: 1, leap: false });
  const last = lunarToSolar({ year, month, day: 30, leap: false }) ?? lunarToSolar({ year, month, day: 29, leap: false });
  return first && last ? { start: first, end: last } : null;
};

/** The grain a resolved value shows: minutes when it has a clock time, else what the parser found. */
const grainOf = (piece: Piece, value: PartialDate | Period): DateGrain =>
  !isPeriod(value) && value.hour !== undefined ? "minute" : piece.relative?.unit === "week" ? "range" : piece.grain;

/**
 * Gives a piece its final meaning: fills a missing year from `ref` (nearest plausible year),
 * turns relative words and lunar dates into solar dates; `null` when it cannot be a date
 * (a relative word without `ref`, a lunar day that does not exist).
 */
export const resolvePiece = (piece: Piece, ref: ReferenceDay | undefined): ResolvedDate | null => {
  let value: PartialDate | Period | null;
  if (piece.relative) {
    // "10h30 sáng nay" without ref: the day is unknown, the hour the text wrote is not.
    if (ref === undefined) value = piece.relative.unit === "day" ? clockOnly(piece.value) : null;
    else value = resolveRelative(piece, ref);
  } else if (piece.lunar) value = resolveLunar(piece, ref);
  else value = resolveSolar(piece, ref);
  if (value === null) return null;
  const lunar = piece.lunar;
  return {
    value,
    grain: grainOf(piece, value),
    ...(piece.partOfDay === undefined ? {} : { partOfDay: piece.partOfDay }),
    calendar: lunar ? "lunar" : "solar",
    ...(lunar ? { lunar } : {}),
  };
};

/** The day a resolved date names (year when known, month, day; no clock), or undefined: not a period, not lunar, no day. */
export const dayOf = (resolved: ResolvedDate): PartialDate | undefined => {
  const value = resolved.value;
  if (resolved.calendar !== "solar" || isPeriod(value) || value.month === undefined || value.day === undefined) return undefined;
  return value.year === undefined ? { month: value.month, day: value.day } : { year: value.year, month: value.month, day: value.day };
};

/**
 * `cùng ngày` (`Chiều cùng ngày`, `lúc 20 giờ cùng ngày`): the day of the last date before it
 * that names one ({@link dayOf}), with the clock and part of day written with it. When the text
 * dated no day before it, the clock alone, or null without one.
 */
export const resolveSameDay = (piece: Piece, day: PartialDate | undefined): ResolvedDate | null => {
  const clock = clockOnly(piece.value);
  // "18 giờ cùng ngày" with no day before it: the hour the text wrote is still known.
  if (day === undefined) return clock === null ? null : { value: clock, grain: "minute", ...(piece.partOfDay === undefined ? {} : { partOfDay: piece.partOfDay }), calendar: "solar" };
  const value = clock !== null && isPeriod(clock) ? { start: { ...day, ...clock.start }, end: { ...day, ...clock.end } } : { ...day, ...clock };
  return { value, grain: grainOf(piece, value), ...(piece.partOfDay === undefined ? {} : { partOfDay: piece.partOfDay }), calendar: "solar" };
};

/**
 * A date that opens a period up to now (`từ năm 2001 đến nay`) as that period: from its first
 * day to the reference day. Null when the date has no year once resolved, or starts after `ref`.
 */
export const upToReferenceDay = (resolved: ResolvedDate, ref: ReferenceDay): ResolvedDate | null => {
  if (resolved.calendar !== "solar") return null;
  const first = isPeriod(resolved.value) ? resolved.value.start : resolved.value;
  if (first.year === undefined || dayNumber(first.year, first.month ?? 1, first.day ?? 1) > dayNumber(ref.year, ref.month, ref.day)) return null;
  return { value: { start: first, end: { year: ref.year, month: ref.month, day: ref.day } }, grain: "range", calendar: "solar" };
};
