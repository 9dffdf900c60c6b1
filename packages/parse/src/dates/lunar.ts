import { EARTHLY_BRANCHES, HEAVENLY_STEMS, LUNAR_MONTH_WORDS, MONTH_GROUP } from "./date-words";
import { isOtherPeoplesNewYear } from "./other-new-years";
import type { DateParser } from "./parser";
import type { Piece } from "./piece";
import { matchAt } from "./text-context";

const STEM = "(giáp|ất|bính|đinh|mậu|kỷ|canh|tân|nhâm|quý)";
const BRANCH = "(tý|tí|sửu|dần|mão|mẹo|thìn|tỵ|tị|ngọ|mùi|thân|dậu|tuất|hợi)";
const YEAR = `(?: ${STEM} ${BRANCH})?(?: (?:năm )?(\\d{4}))?(?![\\p{L}\\p{N}])`;
// Tết Nguyên đán (Nhâm Dần) (2022), Tết Nhâm Dần: the first day of the lunar year.
/** The names of the lunar New Year after "Tết". */
export const TET_NAMES: readonly string[] = ["nguyên đán", "âm lịch", "cổ truyền"];
const TET = new RegExp(`tết(?: (${TET_NAMES.join("|")})${YEAR}| ${STEM} ${BRANCH}(?: (?:năm )?(\\d{4}))?(?![\\p{L}\\p{N}]))`, "iuy");
/**
 * Festivals of the lunar calendar by name, with their lunar month and day: the day the name
 * gives every year (`Giỗ Tổ Hùng Vương` is the 10th of the 3rd lunar month, a public holiday by
 * Bộ luật Lao động 2019, Điều 112; the others by the traditional calendar).
 */
export const LUNAR_FESTIVALS: readonly (readonly [name: string, month: number, day: number])[] = [
  ["giỗ tổ hùng vương", 3, 10],
  ["tết nguyên tiêu", 1, 15],
  ["tết hàn thực", 3, 3],
  ["tết đoan ngọ", 5, 5],
  ["tết trung thu", 8, 15],
  ["tết ông công ông táo", 12, 23],
  ["tết táo quân", 12, 23],
];
const FESTIVAL = new RegExp(`(${LUNAR_FESTIVALS.map(([name]) => name).join("|")})${YEAR}`, "iuy");
const FESTIVAL_DAYS: ReadonlyMap<string, readonly [month: number, day: number]> = new Map(LUNAR_FESTIVALS.map(([name, month, day]) => [name, [month, day]]));
// mùng 1 Tết, mồng 3 Tết: days of the first lunar month.
const DAY_OF_TET = new RegExp(`(?:ngày )?(?:mùng|mồng) (\\d{1,2}) tết(?: nguyên đán)?${YEAR}`, "iuy");
// rằm tháng Giêng, rằm tháng Bảy, rằm tháng 8: the 15th of a lunar month.
const FULL_MOON = new RegExp(`rằm tháng ${MONTH_GROUP}${YEAR}`, "iuy");

/** Index 0–59 in the sexagenary cycle of a stem and branch (Giáp Tý = 0, Nhâm Dần = 38), or undefined. */
export const cycleIndex = (stem: string | undefined, branch: string | undefined): number | undefined => {
  if (stem === undefined || branch === undefined) return undefined;
  const s = HEAVENLY_STEMS.indexOf(stem.toLowerCase());
  const b = EARTHLY_BRANCHES[branch.toLowerCase()];
  if (s < 0 || b === undefined || s % 2 !== b % 2) return undefined;
  for (let i = 0; i < 60; i++) if (i % 10 === s && i % 12 === b) return i;
  return undefined;
};

const lunarPiece = (at: number, end: number, month: number, day: number, stem?: string, branch?: string, digits?: string): Piece | null => {
  const year = digits === undefined ? undefined : Number(digits);
  const cycleYear = cycleIndex(stem, branch);
  if (stem !== undefined && cycleYear === undefined) return null;
  if (year !== undefined && cycleYear !== undefined && (((year - 4) % 60) + 60) % 60 !== cycleYear) return null;
  const lunar = year === undefined ? { month, day } : { year, month, day };
  return { start: at, end, role: "date", value: {}, grain: "day", lunar, ...(cycleYear === undefined ? {} : { cycleYear }) };
};

/** Lunar dates: `Tết Nguyên đán`, `Tết Nhâm Dần`, `mùng 1 Tết`, `rằm tháng Giêng`, `Giỗ Tổ Hùng Vương`, `Tết Trung thu`. */
export const lunarParser: DateParser = {
  name: "lunar",
  anchors: ["tết", "giỗ", "mùng", "mồng", "rằm"],
  read: (text, at) => {
    const festival = matchAt(FESTIVAL, text, at);
    if (festival) {
      const [month, day] = FESTIVAL_DAYS.get(festival[1]!.toLowerCase())!;
      return lunarPiece(at, at + festival[0].length, month, day, festival[2], festival[3], festival[4]);
    }
    const tet = matchAt(TET, text, at);
    if (tet) {
      if (isOtherPeoplesNewYear(text, at, at + tet[0].length)) return null;
      return lunarPiece(at, at + tet[0].length, 1, 1, tet[2] ?? tet[5], tet[3] ?? tet[6], tet[4] ?? tet[7]);
    }
    const dayOfTet = matchAt(DAY_OF_TET, text, at);
    if (dayOfTet) {
      const day = Number(dayOfTet[1]);
      return day >= 1 && day <= 10 ? lunarPiece(at, at + dayOfTet[0].length, 1, day, dayOfTet[2], dayOfTet[3], dayOfTet[4]) : null;
    }
    const fullMoon = matchAt(FULL_MOON, text, at);
    if (fullMoon) {
      const word = fullMoon[1]!.toLowerCase();
      const month = /^\d/.test(word) ? Number(word) : LUNAR_MONTH_WORDS[word];
      return month !== undefined && month >= 1 && month <= 12
        ? lunarPiece(at, at + fullMoon[0].length, month, 15, fullMoon[2], fullMoon[3], fullMoon[4])
        : null;
    }
    return null;
  },
};
