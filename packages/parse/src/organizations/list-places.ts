import type { OrganizationClassification, OrganizationMention } from "@vnpol/schema";
import { TIER_WORDS } from "./tiers";

/**
 * The bodies a locality has one of each (its Party committee, people's council and committee,
 * Fatherland Front and mass organisations; Luật Tổ chức chính quyền địa phương 2015, Điều lệ
 * Đảng): the press lists them with the place written once, after the last (`Thành ủy, HĐND, UBND
 * TP Hà Nội`, `Thành ủy và UBND TPHCM`), and the place is each one's.
 */
const BODIES_OF_A_LOCALITY: ReadonlySet<OrganizationClassification> = new Set(["party-committee", "peoples-council", "peoples-committee", "front", "mass-organization"]);

// Tier words a body's name may end with when no place follows (`UBND TP`): then the place is the last body's only if its tier is the same.
// Longest first, so that `thị xã` is tried before `xã`.
const TIERS = [...new Set(TIER_WORDS.map(([, tier]) => tier.name))].sort((a, b) => b.length - a.length);

/** The tier word a body's name ends with (`thành phố` of `Ủy ban nhân dân thành phố`, `Liên đoàn Lao động thành phố`), or undefined. */
export const endingTier = (name: string): string | undefined => {
  const lower = name.toLowerCase();
  return TIERS.find((word) => lower.endsWith(` ${word}`));
};

/** Whether a name that ends with a tier word (`Ủy ban nhân dân thành phố`) names that tier in the last body's name too (not `… huyện Bình Chánh`). */
const sameTier = (name: string, closing: string): boolean => {
  const tier = endingTier(name);
  return tier === undefined || closing.toLowerCase().includes(` ${tier} `);
};

/** What joins the items of such a list (also a dash: `Thành ủy-HĐND-UBND tỉnh Thái Nguyên`). */
const JOINS: ReadonlySet<string> = new Set([", ", " và ", ", và ", "-", " - ", "–", " – "]);

/**
 * Gives the bodies of a list of a locality's bodies the place and level of the last, where they
 * have none (`Thành ủy, HĐND, UBND TP Hà Nội`: the Thành ủy and the HĐND of Hà Nội, at the
 * province's level). Each must be joined to the next by a comma or `và`, with nothing else
 * between, be of {@link BODIES_OF_A_LOCALITY}, and name no other tier (`UBND TP và UBND huyện Bình
 * Chánh` are two places); their names stay as written. `mentions` are
 * in text order, with offsets into `input`; it returns them, mended in place.
 *
 * @example
 * ```ts
 * import { findOrganizations } from "@vnpol/parse";
 * findOrganizations("Thành ủy, HĐND, UBND TP Hà Nội").map((m) => [m.name, m.place ?? null, m.level]);
 * // [["Thành ủy", "Hà Nội", "province"], ["Hội đồng nhân dân", "Hà Nội", "province"],
 * //  ["Ủy ban nhân dân thành phố Hà Nội", "Hà Nội", "province"]]
 * ```
 */
export const withListPlaces = (mentions: OrganizationMention[], input: string): OrganizationMention[] => {
  for (let last = mentions.length - 1; last > 0; last--) {
    const closing = mentions[last]!;
    if (closing.place === undefined || !BODIES_OF_A_LOCALITY.has(closing.classification)) continue;
    for (let k = last - 1; k >= 0; k--) {
      const item = mentions[k]!;
      if (!JOINS.has(input.slice(item.end, mentions[k + 1]!.start)) || !BODIES_OF_A_LOCALITY.has(item.classification)) break;
      if (item.place !== undefined || item.level !== null || item.parent !== undefined || !sameTier(item.name, closing.name)) break;
      mentions[k] = { ...item, place: closing.place, level: closing.level };
    }
  }
  return mentions;
};
