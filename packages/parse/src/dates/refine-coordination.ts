import { isValidDay } from "./calendar-math";
import { clockParts, gapText, isDayPiece } from "./merge-pieces";
import { isPeriod, type Piece } from "./piece";

// Words that list dates: "30/4 và 1/5", "ngày 2, 3/9", "20/5 hoặc 21/5".
const LIST_GAPS: ReadonlySet<string> = new Set([" và ", ", ", " hoặc ", " hay ", ","]);

/**
 * Dates listed together share what one of them leaves out: in `dịp lễ 30/4 và 1/5` the cue
 * before `30/4` makes `1/5` a date too, and in `ngày 4 và 5/7/2006` the 4th is in July 2006.
 */
export const refineCoordination = (pieces: readonly Piece[], text: string): Piece[] => {
  const out = [...pieces];
  for (let i = 1; i < out.length; i++) {
    const [left, right] = [out[i - 1]!, out[i]!];
    if (left.role !== "date" || !isDayPiece(left) || !isDayPiece(right) || isPeriod(left.value) || isPeriod(right.value)) continue;
    const gap = gapText(text, left, right, 8);
    if (gap === null || !LIST_GAPS.has(gap)) continue;
    if (right.weak && !left.weak) out[i] = { ...right, weak: false };
    const { day, month } = left.value;
    const { year: otherYear, month: otherMonth } = right.value;
    if (day !== undefined && month === undefined && otherMonth !== undefined && !left.relative && !left.lunar && isValidDay(day, otherMonth, otherYear)) {
      out[i - 1] = { ...left, value: { ...(otherYear === undefined ? {} : { year: otherYear }), month: otherMonth, day, ...clockParts(left.value) } };
    }
  }
  return out;
};
