import type { Piece } from "./piece";
import { FROM } from "./refine-range";
import { matchAt } from "./text-context";

// What FROM ends with: `từ` and its space, where the period's span starts.
const FROM_WORD = "từ ";
// "up to now" after the first end of a period: `đến nay`, `tới nay`, `cho đến nay`, `đến hiện nay`.
const UNTIL_NOW = / (?:cho )?(?:đến|tới) (?:nay|hiện nay|bây giờ)(?![\p{L}\p{N}])/uy;

/**
 * Marks a date that opens a period running up to the article's day: `từ năm 2001 đến nay`,
 * `từ đầu năm đến nay`, `từ ngày 1/4 tới nay`. Only `ref` says when "now" is, so the piece keeps
 * its own value and span, with those of the whole period beside them (`untilNow`); `findDates`
 * turns it into a period ending on the reference day when there is one.
 */
export const refineUntilNow = (pieces: readonly Piece[], text: string): Piece[] =>
  pieces.map((piece) => {
    if (piece.role === "modifier" || piece.relative !== undefined || piece.lunar !== undefined || piece.weak === true) return piece;
    const until = matchAt(UNTIL_NOW, text, piece.end);
    if (until === null) return piece;
    // A period built already with its `từ` (`từ 2001 - 2005`) has none before it; `đầu năm` has.
    if (!FROM.test(text.slice(Math.max(0, piece.start - 4), piece.start))) return piece;
    return { ...piece, untilNow: { start: piece.start - FROM_WORD.length, end: piece.end + until[0].length } };
  });
