import { dayOfWeek } from "./calendar-math";
import { gapText, isDayPiece, joinNeighbours } from "./merge-pieces";
import { isPeriod, type Piece } from "./piece";

/**
 * Joins a weekday with the date after it — `Thứ Hai, 22/11/2026`, `Chủ nhật (20/5)`,
 * `thứ Bảy ngày 20/5` — when the weekday agrees with the date (checked when the year is written).
 */
export const refineWeekday = (pieces: readonly Piece[], text: string): Piece[] =>
  joinNeighbours(pieces, (left, right) => {
    if (left.role !== "modifier" || left.weekday === undefined || !isDayPiece(right) || isPeriod(right.value) || right.lunar) return null;
    const gap = gapText(text, left, right);
    if (gap !== " " && gap !== ", " && gap !== " (" && gap !== "(" && gap !== " - ") return null;
    const { year, month, day } = right.value;
    if (year !== undefined && month !== undefined && day !== undefined && dayOfWeek(year, month, day) !== left.weekday) return null;
    const closing = gap.endsWith("(") ? (text[right.end] === ")" ? 1 : -1) : 0;
    if (closing < 0) return null;
    return { ...right, start: left.start, end: right.end + closing, weekday: left.weekday, weak: false };
  });
