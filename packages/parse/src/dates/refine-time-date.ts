import { gapText, isDayPiece, joinNeighbours, withClock } from "./merge-pieces";
import { isPeriod, type Piece } from "./piece";

// What may stand between a time and its date: 22:37 27/12/2022, 23.10.2024 | 16:17 PM, 9h, ngày 20/7.
const TIME_DATE_GAPS: ReadonlySet<string> = new Set([" ", ", ", " | ", "| ", " |", " - ", " , "]);

const join = (time: Piece, date: Piece, start: number, end: number): Piece => {
  const value = isPeriod(date.value) ? date.value : withClock(date.value, time);
  return {
    ...date,
    start,
    end,
    value,
    grain: isPeriod(value) ? "range" : "minute",
    ...(time.partOfDay !== undefined && date.partOfDay === undefined ? { partOfDay: time.partOfDay } : {}),
    weak: Boolean(time.weak && date.weak),
  };
};

/** Joins a time with the day it belongs to, in either order: `22:37 27/12/2022`, `12/01/2022 09:20`, `14 giờ ngày 20/7`. */
export const refineTimeDate = (pieces: readonly Piece[], text: string): Piece[] =>
  joinNeighbours(pieces, (left, right) => {
    const gap = gapText(text, left, right);
    if (gap === null || !TIME_DATE_GAPS.has(gap)) return null;
    if (left.role === "time" && isDayPiece(right) && !right.lunar) return join(left, right, left.start, right.end);
    if (right.role === "time" && isDayPiece(left) && !left.lunar) return join(right, left, left.start, right.end);
    return null;
  });
