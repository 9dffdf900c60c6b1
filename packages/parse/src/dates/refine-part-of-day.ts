import type { PartialDate, PartOfDay } from "@vnpol/schema";
import { clockOf, clockParts, gapText, isDayPiece, joinNeighbours, withClock } from "./merge-pieces";
import { isPeriod, type Piece } from "./piece";

/** The 24-hour clock for an hour said with a part of day: 3 giờ chiều = 15, 10 giờ đêm = 22, 1 giờ trưa = 13. */
export const hourWithPartOfDay = (hour: number, part: PartOfDay): number => {
  if ((part === "afternoon" || part === "evening") && hour < 12) return hour + 12;
  if (part === "noon" && hour <= 5) return hour + 12;
  if (part === "night" && hour >= 6 && hour < 12) return hour + 12;
  return hour;
};

/** A relative day ("sáng nay", "10h hôm qua") joined with the date written after it: the date wins, the clock stays. */
const withWrittenDay = (relative: Piece, written: Piece, end: number): Piece => {
  const clock = clockOf(relative);
  const value = { ...clockOf(written), ...clockParts(clock) };
  const { relative: _relative, sameDay: _sameDay, ...date } = written;
  return {
    ...date,
    start: relative.start,
    end,
    value,
    grain: clock.hour === undefined ? written.grain : "minute",
    ...(relative.partOfDay ? { partOfDay: relative.partOfDay } : {}),
    weak: false,
  };
};

/** Whether a piece is a part of day alone, or two joined (`chiều và đêm`): a modifier that is no weekday. */
const isPartsOfDay = (piece: Piece): boolean => piece.role === "modifier" && piece.weekday === undefined;

/** The part of day a date takes from such a modifier: none from two parts, which name the whole day or more of it than one part. */
const partsOf = (modifier: Piece): { partOfDay?: PartOfDay } => (modifier.partOfDay === undefined ? {} : { partOfDay: modifier.partOfDay });

/**
 * Joins a part of day with what it qualifies: a time before it (`3 giờ chiều`), a date after
 * it (`Sáng 20/5`, `sáng ngày 27/12`, `chiều hôm qua`). A part of day alone stays a modifier.
 */
export const refinePartOfDay = (pieces: readonly Piece[], text: string): Piece[] =>
  joinNeighbours(pieces, (left, right) => {
    const gap = gapText(text, left, right);
    // "Chiều nay (1/5)": a date in brackets after a relative day names that day.
    if (gap === " (" && text[right.end] === ")" && left.relative?.unit === "day" && isDayPiece(right) && !right.relative && !right.lunar) {
      return withWrittenDay(left, right, right.end + 1);
    }
    if (gap === " (" && text[right.end] === ")" && isPartsOfDay(left) && isDayPiece(right)) {
      return { ...right, start: left.start, end: right.end + 1, ...partsOf(left), weak: false };
    }
    if (gap !== " " && gap !== ", ") return null;
    if (left.role === "time" && isPeriod(left.value) && right.partOfDay !== undefined && right.weekday === undefined && gap === " ") {
      // "2-3h sáng", "21-22 giờ đêm": both ends of a range of hours take the part of day.
      const part = right.partOfDay;
      const { start, end } = left.value;
      const hours = { ...left, value: { start: { hour: hourWithPartOfDay(start.hour ?? 0, part) }, end: { hour: hourWithPartOfDay(end.hour ?? 0, part) } } };
      if (right.role === "modifier") return { ...hours, end: right.end, partOfDay: part, weak: false };
      // A day piece's value is one day, never a period.
      if (isDayPiece(right) && !right.lunar) return { ...right, start: left.start, value: withClock(right.value as PartialDate, hours), grain: "range", weak: false };
      return null;
    }
    if (left.role === "time" && right.partOfDay !== undefined && right.weekday === undefined && gap === " ") {
      const clock = clockOf(left);
      const hour = hourWithPartOfDay(clock.hour ?? 0, right.partOfDay);
      const value = { ...right.value, ...clock, hour };
      if (right.role === "modifier") return { ...left, end: right.end, value, partOfDay: right.partOfDay, weak: false };
      return { ...right, start: left.start, value, grain: "minute", weak: false };
    }
    if (isPartsOfDay(left) && isDayPiece(right)) return { ...right, start: left.start, ...partsOf(left), weak: false };
    // "sáng qua 25/3", "Hôm qua 6/7": the written date says which day; the relative word only confirms it.
    if (left.relative?.unit === "day" && isDayPiece(right) && !right.relative && !right.lunar) {
      return withWrittenDay(left, right, right.end);
    }
    return null;
  });
