import type { PartialDate } from "@vnpol/schema";
import { isPeriod, type Period, type Piece } from "./piece";
import { isDigitCode } from "./text-context";

/** The text between two pieces when it is short (refiners only join near neighbours), else null. */
export const gapText = (text: string, left: Piece, right: Piece, max = 12): string | null =>
  right.start - left.end <= max && right.start >= left.end ? text.slice(left.end, right.start) : null;

/** Whether a piece is a single day (or moment) that a time or part of day can attach to. */
export const isDayPiece = (piece: Piece): boolean =>
  piece.role === "date" && !isPeriod(piece.value) && (piece.value.day !== undefined || piece.lunar?.day !== undefined || piece.relative?.unit === "day") && piece.value.hour === undefined;

/** The hour and minute of a date, as far as it has them: `{}`, `{ hour }` or `{ hour, minute }`. */
export const clockParts = (value: PartialDate): PartialDate =>
  value.hour === undefined ? {} : value.minute === undefined ? { hour: value.hour } : { hour: value.hour, minute: value.minute };

/** The clock part of a time piece. */
export const clockOf = (piece: Piece): PartialDate => (isPeriod(piece.value) ? {} : piece.value);

/**
 * A time piece's clock set on `day`: one moment, or for a range of hours (`9-10h`) a period
 * with both ends on that day.
 */
export const withClock = (day: PartialDate, time: Piece): PartialDate | Period => {
  if (isPeriod(time.value)) return { start: { ...day, ...time.value.start }, end: { ...day, ...time.value.end } };
  const clock = time.value;
  return { ...day, hour: clock.hour, ...(clock.minute === undefined ? {} : { minute: clock.minute }) };
};

/** The widest gap any refiner joins across (`gapText`'s limit in refine-range.ts): pieces farther apart are never joined. */
export const MAX_JOIN_GAP = 16;

/** Runs `join` over each neighbouring pair less than {@link MAX_JOIN_GAP} apart, left to right, replacing a pair by its join. */
export const joinNeighbours = (pieces: readonly Piece[], join: (left: Piece, right: Piece) => Piece | null): Piece[] => {
  const out: Piece[] = [];
  for (const piece of pieces) {
    const last = out[out.length - 1];
    const joined = last !== undefined && piece.start - last.end <= MAX_JOIN_GAP ? join(last, piece) : null;
    if (joined) out[out.length - 1] = joined;
    else out.push(piece);
  }
  return out;
};

/** The character after the first run of digits of a piece (`/` in `ngày 20/2`, `-` in `12-9`), or -1: how its numbers are written. */
export const separatorOf = (text: string, piece: Piece): number => {
  let at = piece.start;
  while (at < piece.end && !isDigitCode(text.charCodeAt(at))) at++;
  while (at < piece.end && isDigitCode(text.charCodeAt(at))) at++;
  return at < piece.end ? text.charCodeAt(at) : -1;
};
