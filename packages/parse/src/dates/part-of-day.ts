import { PART_OF_DAY_WORDS } from "./date-words";
import type { DateParser } from "./parser";
import type { Piece } from "./piece";
import { matchAt } from "./text-context";

// sáng, chiều tối, tối …, optionally with the day: sáng nay, chiều qua, tối mai, sáng hôm qua.
const PART_OF_DAY = new RegExp(
  `(${Object.keys(PART_OF_DAY_WORDS).sort((a, b) => b.length - a.length).join("|")})(?: (hôm nay|hôm qua|hôm kia|nay|qua|mai))?(?![\\p{L}\\p{N}])`,
  "iuy",
);

/** The days a part of day may name, as a shift from the reference day: `sáng nay`, `chiều hôm qua`, `tối mai`. */
export const PART_OF_DAY_SHIFTS: Readonly<Record<string, number>> = { nay: 0, "hôm nay": 0, qua: -1, "hôm qua": -1, "hôm kia": -2, mai: 1 };

/**
 * Parts of the day: `sáng`, `trưa`, `chiều`, `tối`, `đêm` — a modifier that refiners attach
 * to a date or time (`Sáng 20/5`, `3 giờ chiều`) — and with a day, a relative date (`sáng nay`).
 */
export const partOfDayParser: DateParser = {
  name: "part-of-day",
  anchors: ["rạng", "sáng", "trưa", "chiều", "tối", "đêm", "khuya"],
  read: (text, at): Piece | null => {
    const m = matchAt(PART_OF_DAY, text, at);
    if (!m) return null;
    const partOfDay = PART_OF_DAY_WORDS[m[1]!.toLowerCase()];
    if (partOfDay === undefined) return null;
    const end = at + m[0].length;
    const shift = m[2] === undefined ? undefined : PART_OF_DAY_SHIFTS[m[2].toLowerCase()];
    if (shift === undefined) return { start: at, end, role: "modifier", value: {}, grain: "day", partOfDay };
    return { start: at, end, role: "date", value: {}, grain: "day", partOfDay, relative: { unit: "day", offset: shift } };
  },
};
