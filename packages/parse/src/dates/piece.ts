import type { DateGrain, PartialDate, PartOfDay } from "@vnpol/schema";

/** A period with both ends, as built by the parsers (same shape as the schema's `DateRange`). */
export interface Period {
  start: PartialDate;
  end: PartialDate;
}

/** A shift from the reference date that only `ref` can turn into a date (`hôm qua`, `năm ngoái`). */
export interface RelativeShift {
  unit: "day" | "week" | "month" | "year";
  offset: number;
}

/**
 * One form found by a parser, by offsets into the normalised text. Refiners join pieces
 * (a time with its date, a part of day with its date) before they become mentions.
 */
export interface Piece {
  start: number;
  end: number;
  /** `modifier`: a part of day or weekday that is never a date on its own. */
  role: "date" | "time" | "modifier";
  value: PartialDate | Period;
  grain: DateGrain;
  partOfDay?: PartOfDay;
  /** 0 = Sunday … 6 = Saturday, for weekday modifiers. */
  weekday?: number;
  relative?: RelativeShift;
  /** Set with `relative` for `cùng ngày`: the day is the one the text dated last, not one counted from `ref`. */
  sameDay?: boolean;
  /** Year named only by a relative word (`quý I năm nay`): offset from the reference year. */
  relativeYear?: number;
  /** The date in the lunar calendar as written; set for lunar forms. */
  lunar?: PartialDate;
  /** Index 0–59 of a sexagenary year name (`Nhâm Dần` = 38), for lunar forms. */
  cycleYear?: number;
  /** The span of `từ <this> đến nay` when the piece opens a period up to now; `ref` ends it. */
  untilNow?: { start: number; end: number };
  /** Ambiguous alone (`4/4`, `8 giờ`, `21g`): kept only when a refiner joins it to a date cue. */
  weak?: boolean;
}

/** Whether a piece's value is a period with two ends. */
export const isPeriod = (value: PartialDate | Period): value is Period => "start" in value && "end" in value;
