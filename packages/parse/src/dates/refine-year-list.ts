import { COUNT_WORDS } from "./date-words";
import { isPeriod, type Piece } from "./piece";
import { isDigitCode, isWordCharAt, nextWord, startsWithWordAt } from "./text-context";

// "các năm 2002, 2003 và 2004", "trong năm 2003, 2004": the years listed after one read with
// `năm` are years too. A comma, `và`, `hoặc` or `, và` joins each to the one before.
const JOINS = [", và ", ", ", ",", " và ", " hoặc "];

/** The most years a list may add after its first: bounds the walk on. */
const MAX_ITEMS = 8;
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;

/**
 * The year of four digits at `at` that stands alone (no digit, date mark or count word after
 * it: `2004/QĐ`, `2005 người` are not years), as its end and value; null otherwise.
 */
const yearAt = (text: string, at: number): { end: number; year: number } | null => {
  for (let k = 0; k < 4; k++) if (!isDigitCode(text.charCodeAt(at + k))) return null;
  const end = at + 4;
  const after = text.charCodeAt(end);
  if (isWordCharAt(text, end)) return null;
  // "2003/QĐ", "2004-2005", "2004.5": a symbol, a range or a number, not a listed year.
  if ((after === 0x2f || after === 0x2d || after === 0x2013 || after === 0x2e) && isWordCharAt(text, end + 1)) return null;
  if (after === 0x20 && COUNT_WORDS.has(nextWord(text, end))) return null;
  const year = Number(text.slice(at, end));
  return year >= FIRST_YEAR && year <= LAST_YEAR ? { end, year } : null;
};

/** Whether `piece` is a year read with `năm` before it (`năm 2003`), which a list of bare years may follow. */
const isNamedYear = (piece: Piece, text: string): boolean =>
  piece.role === "date" &&
  !piece.relative &&
  !piece.lunar &&
  !isPeriod(piece.value) &&
  piece.grain === "year" &&
  piece.value.month === undefined &&
  piece.value.year !== undefined &&
  (startsWithWordAt(text, piece.start, "năm") || startsWithWordAt(text, piece.start, "Năm"));

/**
 * Adds the bare years listed after a year read with `năm` (`năm 2003, 2004`, `các năm 1995, 2000
 * và 2003`) as years of their own. Each must be joined by a comma, `và` or `hoặc`, stand alone
 * and lie in 1900–2100; a piece already read there stops the list.
 */
export const refineYearList = (pieces: readonly Piece[], text: string): Piece[] => {
  let out: Piece[] | null = null;
  for (let i = 0; i < pieces.length; i++) {
    const first = pieces[i]!;
    if (!isNamedYear(first, text)) continue;
    const next = pieces[i + 1];
    const added: Piece[] = [];
    let at = first.end;
    while (added.length < MAX_ITEMS) {
      const join = JOINS.find((word) => text.startsWith(word, at));
      if (join === undefined) break;
      const start = at + join.length;
      if (next !== undefined && next.start < start + 4) break;
      const year = yearAt(text, start);
      if (year === null) break;
      added.push({ start, end: year.end, role: "date", value: { year: year.year }, grain: "year" });
      at = year.end;
    }
    if (added.length === 0) continue;
    out ??= [...pieces];
    out.splice(out.indexOf(first) + 1, 0, ...added);
  }
  return out ?? (pieces as Piece[]);
};
