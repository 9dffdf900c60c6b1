import type { PartialDate } from "@vnpol/schema";
import { isValidDay } from "./calendar-math";
import { clockParts, gapText, isDayPiece, separatorOf } from "./merge-pieces";
import { isPeriod, type Piece } from "./piece";
import { isDigitCode } from "./text-context";

// Words that list dates: "30/4 và 1/5", "ngày 2, 3/9", "20/5 hoặc 21/5".
const LIST_GAPS: ReadonlySet<string> = new Set([" và ", ", ", " hoặc ", " hay ", ","]);

/** The longest of {@link LIST_GAPS}, with room for a longer spacing. */
const LIST_GAP_LENGTH = 8;

/** How far apart two dates of a list may stand when a place or a name lies between them: `ngày 20/2 tại Đà Nẵng và 22/2`. */
const MAX_APART = 40;

/** Whether a character ends a sentence or a clause that a list does not cross. */
const isClauseEnd = (code: number) => code === 0x2e || code === 0x3b || code === 0x3a || code === 0x21 || code === 0x3f || code === 0x0a;

/**
 * Whether `right`, a bare day and month written as `left` is, ends a list that `left` opens
 * though a place or a name stands between them (`ngày 20/2 tại Đà Nẵng và 22/2 tại…`,
 * `ngày 12-1 (Bình Dương) và 14-1 (Hà Nội)`): joined by `và`, in the same clause, with no
 * number between, and in the same month or the next.
 */
const endsListAcross = (text: string, left: Piece, right: Piece): boolean => {
  if (left.weak || !right.weak || right.start - left.end > MAX_APART || !text.endsWith(" và ", right.start)) return false;
  const [a, b] = [left.value as PartialDate, right.value as PartialDate];
  if (a.month === undefined || b.month === undefined || (b.month - a.month + 12) % 12 > 1) return false;
  for (let at = left.end; at < right.start; at++) {
    const code = text.charCodeAt(at);
    if (isDigitCode(code) || isClauseEnd(code)) return false;
  }
  return separatorOf(text, left) === separatorOf(text, right);
};

/**
 * The index of the last piece of a list of bare days and months that opens with a bracket at
 * piece `first` and closes with one (`(30/4 và 1/5)`, `(2/9, 3/9 và 4/9)`), each joined to the
 * next by {@link LIST_GAPS} and written with the same separator; -1 when none does. Such a list
 * is the news's aside of dates, as one date in brackets is.
 */
const bracketedListEnd = (pieces: readonly Piece[], first: number, text: string): number => {
  const opening = pieces[first]!;
  if (text.charCodeAt(opening.start - 1) !== 0x28 || text.charCodeAt(opening.end) === 0x29) return -1;
  const separator = separatorOf(text, opening);
  if (separator === 0x2e) return -1;
  for (let k = first + 1; k < pieces.length; k++) {
    const [left, right] = [pieces[k - 1]!, pieces[k]!];
    const gap = gapText(text, left, right, LIST_GAP_LENGTH);
    if (gap === null || !LIST_GAPS.has(gap) || !right.weak || !isDayPiece(right) || separatorOf(text, right) !== separator) return -1;
    if (text.charCodeAt(right.end) === 0x29) return k;
  }
  return -1;
};

/**
 * Dates listed together share what one of them leaves out: in `dịp lễ 30/4 và 1/5` the cue
 * before `30/4` makes `1/5` a date too, and in `ngày 4 và 5/7/2006` the 4th is in July 2006.
 */
export const refineCoordination = (pieces: readonly Piece[], text: string): Piece[] => {
  const out = [...pieces];
  for (let i = 1; i < out.length; i++) {
    const left = out[i - 1]!;
    const right = out[i]!;
    // Most pairs stand far apart with nothing weak to lift: one comparison leaves them.
    if (right.start - left.end > LIST_GAP_LENGTH && !(right.weak && !left.weak)) continue;
    if (left.role !== "date" || !isDayPiece(left) || !isDayPiece(right) || isPeriod(left.value) || isPeriod(right.value)) continue;
    if (left.weak && right.weak) {
      const last = bracketedListEnd(out, i - 1, text);
      for (let k = i - 1; k <= last; k++) out[k] = { ...out[k]!, weak: false };
    }
    const gap = gapText(text, left, right, LIST_GAP_LENGTH);
    if (gap === null || !LIST_GAPS.has(gap)) {
      if (endsListAcross(text, left, right)) out[i] = { ...right, weak: false };
      continue;
    }
    if (right.weak && !left.weak) out[i] = { ...right, weak: false };
    const { day, month } = left.value;
    const { year: otherYear, month: otherMonth } = right.value;
    if (day !== undefined && month === undefined && otherMonth !== undefined && !left.relative && !left.lunar && isValidDay(day, otherMonth, otherYear)) {
      out[i - 1] = { ...left, value: { ...(otherYear === undefined ? {} : { year: otherYear }), month: otherMonth, day, ...clockParts(left.value) } };
    }
  }
  return out;
};
