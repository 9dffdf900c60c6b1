import type { PlaceMention } from "@vnpol/schema";

/** The order of the tiers, lowest first: a unit lies in one of a higher tier. */
const TIER_RANK: Readonly<Record<string, number>> = { commune: 1, district: 2, province: 3 };

// What joins a unit to the one it lies in when an address is written out: `xã Điềm Mặc, huyện Định
// Hóa, tỉnh Thái Nguyên`, `phường Mường Thanh (TP.Điện Biên Phủ, tỉnh Điện Biên)`, `Q.3 - TPHCM`,
// `thị xã Tân An- Long An` (a dash between two of one tier is a route, `Hà Nội - Hải Phòng`). The gap is read in the text as
// given, where the spaces normalising would make one may be two or a no-break space (`huyện Ba Tơ  (Quảng Ngãi)`).
const ADDRESS_GAP = /^[ \u00a0]{0,2}[,(\-–][ \u00a0]{0,2}$/u;
/** The longest {@link ADDRESS_GAP}. */
const MAX_GAP = 5;

/**
 * Fills the `parent` of each place that the next one written contains, when the two stand as
 * an address (a comma, an opening bracket or a dash between them, the next of a higher tier): the text
 * says where the unit lies. A parent known already (`Huế` of `Thừa Thiên Huế`) is kept, and
 * none is guessed from anything the text does not write next to the unit.
 *
 * @example
 * ```ts
 * import { findPlaces } from "@vnpol/parse";
 * findPlaces("tại xã Điềm Mặc, huyện Định Hóa, tỉnh Thái Nguyên").map((m) => [m.name, m.parent]);
 * // [["Điềm Mặc", "Định Hóa"], ["Định Hóa", "Thái Nguyên"], ["Thái Nguyên", null]]
 * ```
 */
export const withWrittenParents = (mentions: PlaceMention[], input: string): PlaceMention[] => {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const unit = mentions[k]!;
    const next = mentions[k + 1]!;
    if (unit.parent != null || next.start - unit.end > MAX_GAP) continue;
    if ((TIER_RANK[next.level] ?? 0) <= (TIER_RANK[unit.level] ?? 0)) continue;
    if (ADDRESS_GAP.test(input.slice(unit.end, next.start))) mentions[k] = { ...unit, parent: next.name };
  }
  return mentions;
};
