import type { DateRange, PartialDate } from "@vnpol/schema";
import { isValidDay } from "../dates/calendar-math";
import { MONTH_WORDS, PART_OF_DAY_WORDS } from "../dates/date-words";

// The forms in which news writes the day or days an event is held, after a verb of taking
// place (`diễn ra từ ngày 17 đến 24-4`, `khai mạc vào ngày 25/10`, `họp từ ngày 5-6/3`): a part of
// the day or `ngày` may open them; a day is `d/m` or `d/m/yyyy` (also with `-` or `.`); a period
// joins two days by `đến`, `tới` or a dash (two days in a row also by `và`), the first of which may
// leave out its month and year.
// Source: the corpus's events (docs/places.md, "Events"). Kept apart from `findDates`, so that
// `findEvents` alone does not carry the date finder's tables.

// The parts of the day of the date finder's table, longest first (`chiều tối` before `chiều`), and `hôm`.
const PARTS_OF_DAY = [...Object.keys(PART_OF_DAY_WORDS), "hôm"].sort((a, b) => b.length - a.length);
// `Trong sáng 1/5`, `Cũng trong sáng 6/5`, `Vào sáng 20/5`: a preposition of time may open the head, and so may
// a word that orders it after or before the news (`Trước đó ngày 9/4`, `Sau đó, ngày 10/4`);
// `Trong hai ngày 15 và 16-2-2005`: so may the count of days a period spans; `Lúc 9h ngày 6/2`, `Vào lúc 8 giờ 15
// phút sáng nay (ngày 21-4)`: and the hour, which the day of an event does not keep. `vào chiều mai (24-4)`: a day to
// come, written in brackets after the part of the day.
const CLOCK = String.raw`(?:đúng|vào lúc|vào|lúc) \d{1,2}(?:h|g| giờ)(?: ?\d{1,2}(?: phút)?)? `;
const OPENER = new RegExp(
  `(?:(?:trước|sau) đó,? )?(?:(?:cũng )?(?:trong|vào) )?(?:${CLOCK})?(?:(?:${PARTS_OF_DAY.join("|")}) mai \\(|(?:${PARTS_OF_DAY.join("|")})(?: (?:qua|nay))? )?(?:từ )?(?:(?:hai|2|ba|3) )?(?:ngày )?`,
  "iuy",
);
const DAY = /(\d{1,2})(?:([/.-])(\d{1,2})(?:\2(\d{4}))?)?/y;
// `đến`, `tới` or a dash join the ends of a period; `và` two days in a row (`ngày 15 và 16-2-2005`).
const TO = / ?(?:đến|tới) (?:ngày )?| ?[-–] ?| và (?:ngày )?/uy;
// `Sáng nay (27/4)`, `Hôm nay (21-3)`: the day in brackets after a relative day, which it names.
// `Ngày 4/3 tới`: the day to come, which the head of a sentence announces.
const COMING = / tới$/u;
// `Sáng 7/4 (tức 10/3 âm lịch)`: the same day told another way, in brackets after it.
const SAME_DAY_ASIDE = / \((?:tức|nhằm|nhằm ngày|tức ngày) [^()]{1,40}\)$/u;
const BRACKETED_AFTER_RELATIVE = /^([^()]{0,40}\p{L} (?:nay|qua)) \(([^()]{3,24})\)$/iu;

// `ngày 11 tháng Ba`, `ngày 6 tháng 1 năm 2022`: the month after `tháng`, in digits or in capitalised words (the date
// finder's table, longest first: `mười một` before `mười`), and the year after `năm`.
const MONTH_NAMES = Object.keys(MONTH_WORDS).sort((a, b) => b.length - a.length).join("|");
const MONTH_AFTER_DAY = new RegExp(` tháng (\\d{1,2}|${MONTH_NAMES})(?: năm (\\d{4}))?(?![\\p{L}\\p{N}])`, "iuy");

/** The day `day` with the month written after it in words from `at` (` tháng Ba`, ` tháng 3 năm 2006`), or null. */
const monthInWordsAfter = (text: string, day: number, at: number): Day | null => {
  MONTH_AFTER_DAY.lastIndex = at;
  const match = MONTH_AFTER_DAY.exec(text);
  if (match === null) return null;
  // A month in words is capitalised (`tháng Ba`): in lower case, `3 tháng năm 2006` is as often three months of 2006.
  const word = match[1]!;
  const month = /^\d/u.test(word) ? Number(word) : word.charAt(0) !== word.charAt(0).toLowerCase() ? MONTH_WORDS[word.toLowerCase()] : undefined;
  if (month === undefined || month < 1 || month > 12) return null;
  return { day, month, ...(match[2] === undefined ? {} : { year: Number(match[2]) }), end: MONTH_AFTER_DAY.lastIndex };
};

interface Day {
  readonly day: number;
  readonly month?: number;
  readonly year?: number;
  readonly end: number;
}

const readDay = (text: string, at: number): Day | null => {
  DAY.lastIndex = at;
  const match = DAY.exec(text);
  if (match === null || /\d/.test(text.charAt(DAY.lastIndex))) return null;
  const day = Number(match[1]);
  if (match[3] === undefined) return monthInWordsAfter(text, day, DAY.lastIndex) ?? { day, end: DAY.lastIndex };
  // "5-6/3": a dash then another mark joins two days of one month; the first is a day alone.
  if (match[4] === undefined && "/.-".includes(text.charAt(DAY.lastIndex)) && /\d/.test(text.charAt(DAY.lastIndex + 1))) return { day, end: at + match[1]!.length };
  return { day, month: Number(match[3]), ...(match[4] === undefined ? {} : { year: Number(match[4]) }), end: DAY.lastIndex };
};

/** Whether `end` falls within three days after `start` (both with day and month, in order). */
const isFewDaysApart = (start: PartialDate, end: PartialDate): boolean =>
  start.month === end.month ? end.day! - start.day! <= 3 : end.month === start.month! % 12 + 1 && start.day! >= 28 && end.day! <= 3;

const orderOf = (date: PartialDate): number => (date.year ?? 0) * 10000 + date.month! * 100 + date.day!;

const toDate = (day: number, month: number, year: number | undefined): PartialDate =>
  year === undefined ? { day, month } : { year, month, day };


/**
 * The day or period of a clause that holds it and nothing else (`Sáng ngày 13/7/2021`, `Hôm
 * qua 22/3`, ` chiều 27/4`): the head of a sentence that dates its event. Null otherwise.
 *
 * @example
 * ```ts
 * import { eventDayOfClause } from "./event-day";
 * eventDayOfClause("Sáng ngày 13/7/2021"); // { year: 2021, month: 7, day: 13 }
 * eventDayOfClause("Sáng 20/5 tại Hà Nội"); // null
 * ```
 */
export const eventDayOfClause = (clause: string): PartialDate | DateRange | null => {
  const trimmed = clause.trim().replace(BRACKETED_AFTER_RELATIVE, "$1 $2").replace(SAME_DAY_ASIDE, "").replace(COMING, "");
  const read = eventDayAt(trimmed);
  return read !== null && read.end === trimmed.length ? read.value : null;
};

/**
 * The day or period written at the start of `text` (`ngày 25/10`, `sáng 10/4`, `từ ngày 17 đến
 * 24-4`, `từ ngày 18-4-2006 đến ngày 25-4-2006`, `5-6/3`), with no year unless written; null
 * when the text does not start with one, or it names no day of the calendar. A number that a
 * word or another digit follows is no day (`25/10 tới`, the word after, is allowed). With it,
 * where the day or period ends in `text`, so that what follows it may be read (a place).
 *
 * @example
 * ```ts
 * import { eventDayAt } from "./event-day";
 * eventDayAt("từ ngày 17 đến 24-4 sẽ thảo luận")?.value; // { start: { month: 4, day: 17 }, end: { month: 4, day: 24 } }
 * eventDayAt("ngày 25/10 tại Hà Nội"); // { value: { month: 10, day: 25 }, end: 10 }
 * eventDayAt("năm 2006"); // null
 * ```
 */
export const eventDayAt = (text: string): { value: PartialDate | DateRange; end: number } | null => {
  OPENER.lastIndex = 0;
  const first = readDay(text, OPENER.exec(text) === null ? 0 : OPENER.lastIndex);
  if (first === null) return null;
  TO.lastIndex = first.end;
  const to = TO.exec(text);
  const second = to === null ? null : readDay(text, TO.lastIndex);
  if (second !== null && second.month !== undefined) {
    // "từ ngày 17 đến 24-4", "5-6/3": the first day takes the month and year it leaves out.
    const month = first.month ?? second.month;
    // "14.4 và 15.4.2006": a first day of the same month or an earlier one takes the second's year;
    // "từ 27/12 đến 3/1/2006": one of a later month, the year before it.
    const year = first.year ?? (second.year === undefined || first.month === undefined || first.month <= second.month ? second.year : second.year - 1);
    if (!isValidDay(first.day, month, year) || !isValidDay(second.day, second.month, second.year)) return null;
    const start = toDate(first.day, month, year);
    const end = toDate(second.day, second.month, second.year ?? (first.month === undefined ? undefined : first.year));
    // Both ends with a year or neither, the first before the second.
    if ((start.year === undefined) !== (end.year === undefined) || orderOf(start) >= orderOf(end)) return null;
    // Two days joined by `và` are a period only when they are days in a row or nearly (`30/4 và 1/5`); else the first is read alone.
    if (!to![0].includes("và") || isFewDaysApart(start, end)) return { value: { start, end }, end: second.end };
  }
  if (first.month === undefined || !isValidDay(first.day, first.month, first.year)) return null;
  return { value: toDate(first.day, first.month, first.year), end: first.end };
};
