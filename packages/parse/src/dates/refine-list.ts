import { isValidDay } from "./calendar-math";
import { isPeriod, type Piece } from "./piece";
import { isDigitCode, isPhraseBefore, isWordCharAt } from "./text-context";

// A list of bare numbers that the date ending it completes: "các ngày 14, 15 và 16-4" is the
// 14th, 15th and 16th of April, "các tháng 5, 6 và 7-2005" May, June and July 2005. The word
// before the first number says what the numbers are.
const DAY_LIST_OPENERS = ["ngày", "hôm", "đêm"];
const MONTH_LIST_OPENERS = ["tháng"];

/** The words that join the last bare number to the date that ends the list (a comma does too). */
const LAST_JOIN_WORDS = [" và ", " hoặc ", " hay "];

/** The most bare numbers a list may hold before its date: bounds the walk back. */
const MAX_ITEMS = 8;

interface ListItem {
  readonly start: number;
  readonly end: number;
  readonly value: number;
}

/** The number of one or two digits that ends at `end` and stands alone (no letter or digit glued before it), or null. */
const numberEndingAt = (text: string, end: number): ListItem | null => {
  let start = end;
  while (start > 0 && end - start < 3 && isDigitCode(text.charCodeAt(start - 1))) start--;
  if (start === end || end - start > 2 || isWordCharAt(text, start - 1)) return null;
  return { start, end, value: Number(text.slice(start, end)) };
};

/** How long the comma (`,` or `, `) that ends at `at` is, or 0. */
const commaBefore = (text: string, at: number): number =>
  text.charCodeAt(at - 1) === 0x2c ? 1 : text.charCodeAt(at - 1) === 0x20 && text.charCodeAt(at - 2) === 0x2c ? 2 : 0;

/** How long the join (a comma, ` và `, ` hoặc `, ` hay `) that ends at `at` is, or 0. */
const joinBefore = (text: string, at: number): number =>
  commaBefore(text, at) || (LAST_JOIN_WORDS.find((word) => text.endsWith(word, at))?.length ?? 0);

/**
 * The bare numbers listed just before `at` (where the list's date starts) and where the list
 * starts: at its opening word (`ngày 14`), or at the first number when a bracket stands between
 * (`2 ngày (9 và 10-6)`). Null when the text before `at` is no such list. Bounded: reads at most
 * {@link MAX_ITEMS} numbers back.
 */
const listBefore = (text: string, at: number, openers: readonly string[]): { start: number; items: ListItem[] } | null => {
  const join = joinBefore(text, at);
  if (join === 0 || !isDigitCode(text.charCodeAt(at - join - 1))) return null;
  const items: ListItem[] = [];
  let end = at - join;
  for (;;) {
    const item = numberEndingAt(text, end);
    if (item === null) return null;
    items.unshift(item);
    const comma = items.length < MAX_ITEMS ? commaBefore(text, item.start) : 0;
    if (comma === 0 || !isDigitCode(text.charCodeAt(item.start - comma - 1))) break;
    end = item.start - comma;
  }
  const first = items[0]!;
  const bracket = text.charCodeAt(first.start - 1) === 0x28;
  const space = first.start - (bracket ? 2 : 1);
  const opener = openers.find((word) => isPhraseBefore(text, space + 1, word));
  return opener === undefined ? null : { start: bracket ? first.start : space - opener.length, items };
};

/** Whether the listed numbers rise, each to the next and the last to the date's own, and each is a day of that month (or a month). */
const isRisingList = (items: readonly ListItem[], last: number, isDay: (value: number) => boolean): boolean =>
  items.every((item, k) => isDay(item.value) && item.value < (items[k + 1]?.value ?? last));

/**
 * The last month of a list whose year is written after it as a word (`tháng 3 và 4 năm 2020`):
 * the piece read for `năm 2020` taken back over the bare month before it, or null when
 * `piece` is no such year.
 */
const monthBeforeYear = (piece: Piece, text: string): Piece | null => {
  if (piece.role !== "date" || piece.grain !== "year" || piece.relative || piece.relativeYear !== undefined || isPeriod(piece.value)) return null;
  const { year, month } = piece.value;
  if (year === undefined || month !== undefined || text.charCodeAt(piece.start - 1) !== 0x20 || !text.startsWith("năm ", piece.start)) return null;
  const item = numberEndingAt(text, piece.start - 1);
  if (item === null || item.value < 1 || item.value > 12) return null;
  return { ...piece, start: item.start, value: { year, month: item.value }, grain: "month" };
};

/**
 * Completes a list of bare days or months from the date that ends it: the numbers become
 * dates of that date's month and year (`ngày 14, 15 và 16-4`, `hôm 28, 29-4`) or of its year
 * (`tháng 5, 6 và 7-2005`, `tháng 3 và 4 năm 2020`), and the opening word makes the last one a date even without a
 * cue of its own. The numbers must rise; a piece already read for the first number with its
 * opening word (`ngày 14`, `Sáng ngày 14`, `tháng 5`) takes the month or year it lacked.
 */
export const refineList = (pieces: readonly Piece[], text: string): Piece[] => {
  let out: Piece[] | null = null;
  let done = -1; // the last piece of `pieces` a list has replaced
  for (let i = 0; i < pieces.length; i++) {
    const last = monthBeforeYear(pieces[i]!, text) ?? pieces[i]!;
    if (last.role !== "date" || last.relative || last.lunar || isPeriod(last.value)) continue;
    const { year, month, day } = last.value;
    if (month === undefined || (day === undefined && year === undefined) || last.value.hour !== undefined) continue;
    const days = day !== undefined;
    const list = listBefore(text, last.start, days ? DAY_LIST_OPENERS : MONTH_LIST_OPENERS);
    if (list === null) continue;
    const rising = days
      ? isRisingList(list.items, day, (value) => isValidDay(value, month, year))
      : isRisingList(list.items, month, (value) => value >= 1);
    if (!rising) continue;
    // The pieces already read between the list's start and its date: none, or the first number with its opener.
    let from = i;
    while (from > 0 && pieces[from - 1]!.end > list.start) from--;
    const firstItem = list.items[0]!;
    const readBefore = i - from === 1 ? pieces[from]! : undefined;
    // "2 đêm 7 và 11/3": the opener read alone as a part of day gives it to the first date.
    const opener = readBefore?.role === "modifier" && readBefore.partOfDay !== undefined && readBefore.end <= firstItem.start ? readBefore : undefined;
    const readFirst = opener === undefined ? readBefore : undefined;
    if (from <= done || i - from > 1 || (readFirst !== undefined && !isReadFirst(readFirst, firstItem, days))) continue;
    const shared = days ? { ...(year === undefined ? {} : { year }), month } : { year: year! };
    const listed: Piece[] = list.items.map((item, k) =>
      k === 0 && readFirst !== undefined
        ? { ...readFirst, value: { ...shared, ...readFirst.value }, weak: false }
        : {
            start: k === 0 ? Math.min(list.start, opener?.start ?? list.start) : item.start,
            end: item.end,
            role: "date",
            value: days ? { ...shared, day: item.value } : { ...shared, month: item.value },
            grain: days ? "day" : "month",
            ...(k === 0 && opener !== undefined ? { partOfDay: opener.partOfDay } : {}),
          },
    );
    out ??= [...pieces];
    out.splice(from + out.length - pieces.length, i - from + 1, ...listed, { ...last, weak: false });
    done = i;
  }
  return out ?? (pieces as Piece[]);
};

/** Whether `piece` is the list's first number as read with its opener: that number alone, lacking the month (a day) or the year (a month). */
const isReadFirst = (piece: Piece, item: ListItem, days: boolean): boolean => {
  if (piece.role !== "date" || piece.end !== item.end || piece.relative || piece.lunar || isPeriod(piece.value)) return false;
  const { year, month, day } = piece.value;
  return days ? day === item.value && month === undefined && year === undefined : month === item.value && day === undefined && year === undefined;
};
