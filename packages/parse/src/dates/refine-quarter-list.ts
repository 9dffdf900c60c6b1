import { QUARTER_LEADS, QUARTER_WORDS } from "./date-words";
import { isPeriod, type Period, type Piece } from "./piece";
import { monthsPiece } from "./month-quarter-half-year";
import { isDigitCode, matchAt } from "./text-context";

/** A quarter's piece: months `3q-2` to `3q`, of `year` when written. */
const quarterPiece = (start: number, end: number, quarter: number, year: number | undefined): Piece => monthsPiece(start, end, year, quarter * 3 - 2, quarter * 3);

// "quý I, II, III, IV năm 2020", "quý I và II/2006": the quarters listed after one read with
// `quý` are quarters too, and the year written after the last is the year of them all. Reports
// of the State's statistics list quarters this way.

/** What joins one listed quarter to the one before it. */
const JOINS = [", và ", ", ", ",", " và ", " hoặc "];

/** The most quarters a list may add after its first: a year has four. */
const MAX_ITEMS = 3;

/** A quarter's numeral, Roman (as official reports write them) or a digit, alone or after its own `quý`. */
const NUMERAL = /(qu[ýí] )?(iv|iii|ii|i|[1-4])(?![\p{L}\p{N}])/iuy;

/** The year written after the last quarter: `/2006`, `-2006`, ` năm 2020`. */
const YEAR_AFTER = /(?:[/-]| năm )(\d{4})(?![\p{L}\p{N}]|[/.-]\p{N})/uy;

/** Whether `piece` is one quarter read with `quý` and no year written (`quý I`). */
const isBareQuarter = (piece: Piece, text: string): boolean =>
  piece.role === "date" &&
  piece.grain === "quarter" &&
  !piece.relative &&
  piece.relativeYear === undefined &&
  isPeriod(piece.value) &&
  piece.value.start.year === undefined &&
  QUARTER_LEADS.some((lead) => text.slice(piece.start, piece.start + lead.length).toLowerCase() === lead);

/**
 * Adds the quarters listed after one read with `quý` (`quý I, II, III, IV năm 2020`, `quý I và
 * II/2006`) as quarters of their own, and gives the year written after the last to every one of
 * them, the first included. The numerals must rise; a piece read inside the list (`năm 2020`) is
 * part of its last quarter.
 */
export const refineQuarterList = (pieces: readonly Piece[], text: string): Piece[] => {
  let out: Piece[] | null = null;
  for (let i = 0; i < pieces.length; i++) {
    const first = pieces[i]!;
    if (!isBareQuarter(first, text)) continue;
    const firstQuarter = ((first.value as Period).start.month! + 2) / 3;
    const items: { start: number; end: number; quarter: number; bareDigit: boolean }[] = [];
    let at = first.end;
    let last = firstQuarter;
    while (items.length < MAX_ITEMS) {
      const join = JOINS.find((word) => text.startsWith(word, at));
      if (join === undefined) break;
      const m = matchAt(NUMERAL, text, at + join.length);
      const quarter = m === null ? undefined : QUARTER_WORDS[m[2]!.toLowerCase()];
      if (m === null || quarter === undefined || quarter <= last) break;
      items.push({ start: at + join.length, end: at + join.length + m[0].length, quarter, bareDigit: m[1] === undefined && isDigitCode(m[2]!.charCodeAt(0)) });
      at += join.length + m[0].length;
      last = quarter;
    }
    if (items.length === 0) continue;
    const year = matchAt(YEAR_AFTER, text, at);
    const end = year === null ? at : at + year[0].length;
    const value = year === null ? undefined : Number(year[1]);
    // "quý I, 2 tỷ đồng": a bare digit is a quarter only when the year closes the list.
    if (value === undefined && items.some((item) => item.bareDigit)) continue;
    const listed = [
      quarterPiece(first.start, first.end, firstQuarter, value),
      ...items.map((item, k) => quarterPiece(item.start, k === items.length - 1 ? end : item.end, item.quarter, value)),
    ];
    // The pieces read inside the list (`năm 2020`, `quý II năm 2019`) are part of it; one running past its end (`quý II - IV/2019`) is no list item.
    let covered = 1;
    while (i + covered < pieces.length && pieces[i + covered]!.start < end) covered++;
    if (pieces[i + covered - 1]!.end > end) continue;
    out ??= [...pieces];
    out.splice(out.indexOf(first), covered, ...listed);
  }
  return out ?? (pieces as Piece[]);
};
