import type { PartialDate, PartOfDay } from "@vnpol/schema";
import { isValidDay } from "./calendar-math";
import { clockParts, gapText, joinNeighbours, MAX_JOIN_GAP, separatorOf } from "./merge-pieces";
import { isPeriod, type Piece } from "./piece";
import { hourWithPartOfDay } from "./refine-part-of-day";
import { startsWithWordAt } from "./text-context";

// "từ" before the first end; "đến"/"tới"/a dash between the ends.
/** `từ` as a word of its own at the end of the text before a date: the opening of a period. */
export const FROM = /(?:^|[^\p{L}\p{N}])(từ|Từ|TỪ) $/u;
const TO_GAPS: ReadonlySet<string> = new Set([" đến ", " tới ", " đến hết ", " cho đến ", " cho đến hết ", " - ", " – ", "-", "–", " đến hết ngày "]);
const PARTS = ["year", "month", "day", "hour", "minute"] as const;

/** Fills the coarser parts one end lacks from the other end: `từ ngày 1 đến 3/5` → 1/5 to 3/5. */
const borrow = (target: PartialDate, source: PartialDate): PartialDate => {
  let finest = -1;
  PARTS.forEach((part, i) => {
    if (target[part] !== undefined) finest = i;
  });
  const out: PartialDate = { ...target };
  for (let i = 0; i < finest; i++) {
    const part = PARTS[i]!;
    if (out[part] === undefined && source[part] !== undefined) out[part] = source[part];
  }
  return out;
};

/**
 * -1, 0 or 1 on the parts both know, skipping parts both leave out (a yearless 19/2 before 21/2).
 * An hour written without its minutes is on the hour (`từ 11h đến 11h30`).
 */
const compare = (a: PartialDate, b: PartialDate): number => {
  const clock = a.hour !== undefined && b.hour !== undefined;
  for (const part of PARTS) {
    const [x, y] = part === "minute" && clock ? [a.minute ?? 0, b.minute ?? 0] : [a[part], b[part]];
    if (x === undefined && y === undefined) continue;
    if (x === undefined || y === undefined) return 0;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
};

/** Both ends say the same kind of date (years with years, days with days); times may differ. */
const sameShape = (a: PartialDate, b: PartialDate): boolean =>
  (["year", "month", "day"] as const).every((part) => (a[part] === undefined) === (b[part] === undefined));

/** Whether a piece is a clock time alone, with no day of its own (`14h`, `8 giờ 30`). */
const isClockOnly = (piece: Piece): boolean =>
  piece.role === "time" && !isPeriod(piece.value) && piece.value.hour !== undefined && piece.value.day === undefined && piece.value.month === undefined;

/** Whether a piece is one day of a known month, with no time (`23/4`, `ngày 27/4`). */
const isDayOfMonth = (piece: Piece): boolean =>
  piece.role === "date" && !isPeriod(piece.value) && piece.value.day !== undefined && piece.value.month !== undefined && piece.value.hour === undefined;

/**
 * The first hour of `từ 2h đến 4h30 chiều` read in the part of day the second carries (14h),
 * unless that would put it after the second (`từ 11h đến 1h chiều`, kept as written).
 */
const withPartOfDay = (start: PartialDate, end: PartialDate, part: PartOfDay): PartialDate => {
  const hour = hourWithPartOfDay(start.hour!, part);
  return hour === start.hour || hour > end.hour! ? start : { ...start, hour };
};

/**
 * `từ 15h đến 17h chiều nay`: a range of hours on a relative day, which only `ref` can date,
 * built as `2-3h sáng nay` is (both ends on the day of the second).
 */
const hoursOfRelativeDay = (left: Piece, right: Piece, part: PartOfDay | undefined, lead: boolean): Piece | null => {
  const end = right.value as PartialDate;
  const first = left.value as PartialDate;
  const start = part === undefined ? first : withPartOfDay(first, end, part);
  if (compare(start, end) >= 0) return null;
  const { partOfDay: _partOfDay, ...day } = right;
  const range: Piece = { ...day, start: lead ? left.start - 3 : left.start, value: { start: clockParts(start), end: clockParts(end) }, grain: "range", weak: false };
  return part === undefined ? range : { ...range, partOfDay: part };
};

/**
 * Joins two dates into a period: `từ 21g ngày 19-2 đến 16g ngày 21-2`, `từ năm 2020 đến năm 2025`,
 * `từ tháng 1 đến tháng 6/2023`. The first end borrows the month or year it leaves out.
 */
export const refineRange = (pieces: readonly Piece[], text: string): Piece[] =>
  joinNeighbours(pieces, (left, right) => {
    if (left.role === "modifier" || right.role === "modifier" || left.relative || left.lunar || right.lunar) return null;
    if (isPeriod(left.value) || isPeriod(right.value)) return null;
    const gap = gapText(text, left, right, MAX_JOIN_GAP);
    if (gap === null || !TO_GAPS.has(gap)) return null;
    const lead = FROM.exec(text.slice(Math.max(0, left.start - 4), left.start));
    const dash = !gap.includes("đến") && !gap.includes("tới");
    // "16h đến 18h chiều 29/4": two clock times make a range without "từ".
    const hours = isClockOnly(left) && right.value.hour !== undefined;
    // The part of day after the second time covers the first when that has none of its own.
    const part = hours && (left.partOfDay === undefined || left.partOfDay === right.partOfDay) ? right.partOfDay : undefined;
    // "(23/4 đến ngày 27/4)", "(12-9 đến 20-11)": two days of a month make a period without "từ";
    // two bare ones with a slash (`1/2 đến 1/3`) may be fractions, and make a weak one.
    const bare = !lead && !dash && !hours;
    if (bare && !(isDayOfMonth(left) && isDayOfMonth(right))) return null;
    const fractions = bare && left.weak === true && !startsWithWordAt(text, right.start, "ngày") && separatorOf(text, left) !== 0x2d;
    if (right.relative) return hours && right.relative.unit === "day" ? hoursOfRelativeDay(left, right, part, lead !== null) : null;
    let start = borrow(left.value, right.value);
    let end = borrow(right.value, left.value);
    // "từ tháng 4.2006 đến 30.4.2008": after `từ`, two ends that each name their year may be of different kinds.
    if (!sameShape(start, end) && !(lead && left.value.year !== undefined && right.value.year !== undefined)) return null;
    if (compare(start, end) > 0 && left.value.month === undefined && start.month !== undefined) {
      // "từ 28 đến 3/5": the first end is in the month before.
      const month = start.month === 1 ? 12 : start.month - 1;
      const year = start.year === undefined ? undefined : start.month === 1 ? start.year - 1 : start.year;
      start = { ...start, month, ...(year === undefined ? {} : { year }) };
    }
    if (compare(start, end) > 0 && right.value.year === undefined && end.year !== undefined && end.month !== undefined) {
      // "Từ 27/10/2003 đến 10/3": the second end is in the next year.
      end = { ...end, year: end.year + 1 };
      if (end.day !== undefined && !isValidDay(end.day, end.month!, end.year)) return null;
    }
    if (part !== undefined) start = withPartOfDay(start, end, part);
    // "2/3 đến 1/2": fractions out of order are no period, and "đến" makes neither a date.
    if (compare(start, end) >= 0) return fractions ? { ...right, start: left.start, weak: true } : null;
    return {
      start: lead ? left.start - 3 : left.start,
      end: right.end,
      role: "date",
      value: { start, end },
      grain: "range",
      // "từ 6h - 8h sáng 30/4": one part of day for both times.
      ...(part === undefined ? {} : { partOfDay: part }),
      // "30/4 - 1/5 năm nay": the year named after the second end holds for both.
      ...(right.relativeYear === undefined ? {} : { relativeYear: right.relativeYear }),
      // Two days joined by a dash (30/4-1/5) are a period even without "từ"; two bare numbers may be scores.
      weak: fractions || (!lead && Boolean(left.weak && right.weak) && !(start.day !== undefined && start.month !== undefined && end.month !== undefined)),
    };
  });
