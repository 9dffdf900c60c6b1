import { PART_OF_DAY_WORDS } from "./date-words";
import type { DateParser } from "./parser";
import type { Piece } from "./piece";
import { matchAt } from "./text-context";

/** The word that joins two parts of one day: `chiều và đêm 12/3`, `ngày và đêm 29/4`. */
export const AND_PARTS = "và";

/** The whole day, named beside a part of it: `ngày và đêm 29/4` (day and night). */
const WHOLE_DAY = "ngày";

const PART_WORDS = Object.keys(PART_OF_DAY_WORDS)
  .sort((a, b) => b.length - a.length)
  .join("|");

// sáng, chiều tối, tối …, optionally with the day: sáng nay, chiều qua, tối mai, sáng hôm qua; and the same
// after another part and `và`: trưa và chiều 10/9, sáng và trưa nay, ngày và đêm 29/4. Groups by position (no
// object of named groups per match, on a path every part of day takes): the first part, the part, the day.
const ONE_PART = `(${PART_WORDS})(?: (hôm nay|hôm qua|hôm kia|nay|qua|mai))?(?![\\p{L}\\p{N}])`;
const PART_ALONE = new RegExp(`()${ONE_PART}`, "iuy");
const PARTS = new RegExp(`(?:(${WHOLE_DAY}|${PART_WORDS}) ${AND_PARTS} )?${ONE_PART}`, "iuy");

// A clock just before the part of day (`3 giờ chiều`, `9h sáng`, `15:30 chiều`): the hour is that part's, so a second
// part joined after it by `và` is left to stand alone.
const CLOCK_BEFORE = /(?:\d[hg]?|giờ|phút) $/iu;
const CLOCK_LOOK_BEHIND = 5;

/** The days a part of day may name, as a shift from the reference day: `sáng nay`, `chiều hôm qua`, `tối mai`. */
export const PART_OF_DAY_SHIFTS: Readonly<Record<string, number>> = { nay: 0, "hôm nay": 0, qua: -1, "hôm qua": -1, "hôm kia": -2, mai: 1 };

/**
 * Parts of the day: `sáng`, `trưa`, `chiều`, `tối`, `đêm` — a modifier that refiners attach
 * to a date or time (`Sáng 20/5`, `3 giờ chiều`) — and with a day, a relative date (`sáng nay`).
 * Two parts joined by `và` (`chiều và đêm 12/3`, `ngày và đêm 29/4`) name no one part: the
 * modifier has none, and the date it joins keeps the grain of a day.
 */
export const partOfDayParser: DateParser = {
  name: "part-of-day",
  anchors: ["rạng", "sáng", "trưa", "chiều", "tối", "đêm", "khuya", `${WHOLE_DAY} ${AND_PARTS}`],
  read: (text, at): Piece | null => {
    let m = matchAt(PARTS, text, at);
    if (m?.[1] !== undefined && CLOCK_BEFORE.test(text.slice(Math.max(0, at - CLOCK_LOOK_BEHIND), at))) m = matchAt(PART_ALONE, text, at);
    if (!m) return null;
    const last = PART_OF_DAY_WORDS[m[2]!.toLowerCase()];
    if (last === undefined) return null;
    // PART_ALONE's empty first group matches "": one part.
    const first = m[1] === undefined || m[1] === "" ? last : PART_OF_DAY_WORDS[m[1].toLowerCase()];
    const part = first === last ? { partOfDay: last } : {};
    const end = at + m[0].length;
    const shift = m[3] === undefined ? undefined : PART_OF_DAY_SHIFTS[m[3].toLowerCase()];
    if (shift === undefined) return { start: at, end, role: "modifier", value: {}, grain: "day", ...part };
    return { start: at, end, role: "date", value: {}, grain: "day", ...part, relative: { unit: "day", offset: shift } };
  },
};
