import type { PartialDate } from "@vnpol/schema";

/** A timestamp read from the start of a line, with its place in that line. */
export interface PageTimestamp {
  /** The timestamp as written (`22:37 27/12/2022`). */
  text: string;
  /** What it says; seconds and time zone dropped (times on Vietnamese pages are UTC+7). */
  value: PartialDate;
  /** Offset of `text` in the line. */
  start: number;
  /** Offset just after `text` in the line. */
  end: number;
}

// Longest line considered: a page timestamp is short, and bounding it keeps every scan linear.
const MAX_LINE = 160;

const DATE = /(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?!\d)/y;
const TIME = /(\d{1,2})[:h](\d{2})(?::(\d{2}))?(?!\d)(?:\s?([AaPp])\.?[Mm]\.?)?/y;
const SEPARATOR = /[\s,|–-]*/y;
const LABEL = /(?:cập nhật|ngày cập nhật|ngày đăng|đăng ngày|đăng lúc|thời gian|posted|updated|published)\s*:?\s*/iy;
const WEEKDAY = /(?:thứ (?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật)\s*,?\s*/iy;
// Read (sticky) right after a date or time, which never ends in a space, so the lookbehind changes nothing there; it keeps the pattern linear when searched.
const ZONE = /(?<!\s)\s*\(?(?:gmt|utc)\s*[+-]\s*\d{1,2}(?::?\d{2})?\)?/iy;

// Days per month; February 29 is checked against the year, which a page timestamp always has.
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

const matchAt = (pattern: RegExp, text: string, at: number): RegExpExecArray | null => {
  pattern.lastIndex = at;
  return pattern.exec(text);
};

/**
 * Reads a page timestamp at the start of a line: a date `dd/mm/yyyy` (also `.` or `-`), with or
 * without a time `hh:mm[:ss] [AM|PM]` before or after it, an optional label (`Cập nhật:`),
 * weekday (`Thứ hai,`) and zone (`GMT +7`). Returns null when the line does not start with one
 * or the date does not exist. What follows the timestamp (a `|`, a view count) is left to the
 * caller: `end` says where the timestamp stops.
 *
 * @example
 * ```ts
 * import { parsePageTimestamp } from "@vnpol/parse";
 * parsePageTimestamp("22:37 27/12/2022")?.value;
 * // { year: 2022, month: 12, day: 27, hour: 22, minute: 37 }
 * parsePageTimestamp("12/01/2022 09:20 99 lượt xem")?.text; // "12/01/2022 09:20"
 * parsePageTimestamp("26-04-2006 00:54:42 GMT +7")?.value.minute; // 54
 * parsePageTimestamp("Ngày 14-1, Ban Dân vận"); // null
 * ```
 */
export const parsePageTimestamp = (line: string): PageTimestamp | null => {
  if (typeof line !== "string") return null;
  const text = line.length > MAX_LINE ? line.slice(0, MAX_LINE) : line;
  let at = matchAt(SEPARATOR, text, 0)![0].length;
  const start = at;
  const label = matchAt(LABEL, text, at);
  if (label) at += label[0].length;
  const weekday = matchAt(WEEKDAY, text, at);
  if (weekday) at += weekday[0].length;

  let date: RegExpExecArray | null = null;
  let time: RegExpExecArray | null = null;
  let end = at;
  for (let token = 0; token < 2; token++) {
    const from = token === 0 ? at : end + matchAt(SEPARATOR, text, end)![0].length;
    const d: RegExpExecArray | null = date ? null : matchAt(DATE, text, from);
    if (d) {
      date = d;
      end = from + d[0].length;
      continue;
    }
    const t: RegExpExecArray | null = time ? null : matchAt(TIME, text, from);
    if (t) {
      time = t;
      end = from + t[0].length;
      continue;
    }
    break;
  }
  if (!date) return null;
  const zone = matchAt(ZONE, text, end);
  if (zone) end += zone[0].length;

  const day = Number(date[1]);
  const month = Number(date[3]);
  const year = Number(date[4]);
  if (month < 1 || month > 12 || day < 1 || day > DAYS[month - 1]! || (month === 2 && day === 29 && !isLeap(year)) || year < 1) return null;
  const value: PartialDate = { year, month, day };
  if (time) {
    let hour = Number(time[1]);
    const minute = Number(time[2]);
    const half = time[4]?.toLowerCase();
    // "16:17 PM" is a 24-hour clock with a stray suffix; only 1–12 are shifted.
    if (half === "p" && hour >= 1 && hour < 12) hour += 12;
    if (half === "a" && hour === 12) hour = 0;
    if (hour > 23 || minute > 59) return null;
    value.hour = hour;
    value.minute = minute;
  }
  return { text: text.slice(start, end), value, start, end };
};

// A date (with or without year, or in parentheses) and an optional time at the very end of a title.
const TRAILING_DATE = /(?:\(\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\)|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})(?:[\s|,-]{0,6}\d{1,2}:\d{2}(?:\s?[AaPp][Mm])?)?\s*$/;

/** Whether a line ends with a date or date and time, as titles in related-news lists do. */
export const endsWithDate = (line: string): boolean => TRAILING_DATE.test(line.length > 48 ? line.slice(-48) : line);

// A listing stamp: a date in parentheses glued to a title, or a date with its time.
const TRAILING_STAMP = /(?:\(\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\)|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}[\s|,-]{1,6}\d{1,2}:\d{2}(?:\s?[AaPp][Mm])?)\s*$/;

/**
 * Whether a line ends with a listing stamp — `(05/01/2004)` or `23.10.2024 | 16:17 PM` — as
 * titles in related-news lists do; a plain date (`sau ngày 5.7.2006`) ends prose too, so it is
 * not enough without a list heading.
 */
export const endsWithStamp = (line: string): boolean => TRAILING_STAMP.test(line.length > 48 ? line.slice(-48) : line);
