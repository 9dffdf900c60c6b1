import { isPeriod, type Piece } from "./piece";
import { matchAt } from "./text-context";

// "âm lịch" (lunar calendar) after a date: ngày 10/3 âm lịch, 15 tháng 7 (âm lịch), 10/3 ÂL.
const LUNAR_SUFFIX = / ?(?:\((?:âm lịch|âl)\)|âm lịch|ÂL)(?![\p{L}\p{N}])/iuy;

/** Turns a date followed by `âm lịch` into a lunar date: `ngày 10/3 âm lịch` is the 10th of the 3rd lunar month. */
export const refineLunarSuffix = (pieces: readonly Piece[], text: string): Piece[] =>
  pieces.map((piece) => {
    if (piece.role !== "date" || piece.relative || isPeriod(piece.value)) return piece;
    if (piece.lunar === undefined && piece.value.month === undefined) return piece;
    const m = matchAt(LUNAR_SUFFIX, text, piece.end);
    if (!m) return piece;
    // Already lunar (mồng 8 tháng Giêng âm lịch): the words only confirm it.
    if (piece.lunar) return { ...piece, end: piece.end + m[0].length };
    const { year, month, day } = piece.value;
    const lunar = { ...(year === undefined ? {} : { year }), month, ...(day === undefined ? {} : { day }) };
    return { ...piece, end: piece.end + m[0].length, value: {}, lunar, weak: false };
  });
