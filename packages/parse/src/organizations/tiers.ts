import type { Level } from "@vnpol/schema";
import { ISLAND_DISTRICTS } from "../places/island-districts";

/** A word that names the tier of a body after it (`HĐND tỉnh`, `UBND xã`), as written out. */
export interface TierWord {
  /** Written out in full, lower case as in body names: `tỉnh`, `thành phố`. */
  readonly name: string;
  /** Tier, or null when the name that follows decides (`thành phố` Hà Nội vs Vinh) or below the commune (`thôn`). */
  readonly level: Level | null;
  /** A city: its tier is province for a city under the central government, district for another. */
  readonly city?: boolean;
  /**
   * Places of three words or more that open with a family name are rare after it (`UBND tỉnh
   * Vương Quốc Tuấn` is a person): any family name opening three words starts a person's name.
   * Below these tiers (`xã Sơn Thành Tây`) only the most common family names do.
   */
  readonly anyFamilyOpensName?: boolean;
  /** The only names the tier is written before (`huyện đảo`: the island districts); another name after it is no place. */
  readonly names?: readonly string[];
}

const LUAT_CQDP = "Luật Tổ chức chính quyền địa phương 2015 (đơn vị hành chính: tỉnh, thành phố trực thuộc trung ương; huyện, quận, thị xã, thành phố thuộc tỉnh; xã, phường, thị trấn) và 2025 (đặc khu, ngang cấp xã)";

/** Source of {@link TIER_WORDS}. */
export const TIER_WORDS_SOURCE = LUAT_CQDP;

/** Tier words and their spellings in news text (`TP` is `thành phố`). Source: {@link TIER_WORDS_SOURCE}. */
export const TIER_WORDS: readonly (readonly [string, TierWord])[] = [
  ["tỉnh", { name: "tỉnh", level: "province", anyFamilyOpensName: true }],
  ["thành phố", { name: "thành phố", level: null, city: true, anyFamilyOpensName: true }],
  ["TP", { name: "thành phố", level: null, city: true, anyFamilyOpensName: true }],
  ["huyện", { name: "huyện", level: "district" }],
  // An island district (Phú Quốc, Cô Tô, Trường Sa) is a huyện.
  ["huyện đảo", { name: "huyện đảo", level: "district", names: ISLAND_DISTRICTS }],
  ["quận", { name: "quận", level: "district", anyFamilyOpensName: true }],
  ["thị xã", { name: "thị xã", level: "district" }],
  ["TX", { name: "thị xã", level: "district" }],
  ["xã", { name: "xã", level: "commune" }],
  ["phường", { name: "phường", level: "commune" }],
  ["thị trấn", { name: "thị trấn", level: "commune" }],
  // The special zones of islands (Phú Quốc, Côn Đảo, Vân Đồn) since 2025, of the commune's tier.
  ["đặc khu", { name: "đặc khu", level: "commune" }],
  // Below the commune (Luật Tổ chức chính quyền địa phương 2015, Điều 2 khoản 2: thôn, tổ dân phố): no tier of their own.
  ["thôn", { name: "thôn", level: null }],
  ["bản", { name: "bản", level: null }],
  ["ấp", { name: "ấp", level: null }],
  ["tổ dân phố", { name: "tổ dân phố", level: null }],
  ["khu phố", { name: "khu phố", level: null }],
];

/**
 * Tier words abbreviated to a capital and a dot, as the press of Hồ Chí Minh City writes them
 * (`UBND Q.1`, `UBND Q.Bình Thạnh`, `UBND P.25`, `Công an H.Bình Chánh`), the tier word each
 * stands for, and whether a number may be the unit's name (quận and phường are numbered, huyện not).
 */
export const ABBREVIATED_TIER_WORDS: readonly (readonly [string, string, boolean])[] = [
  ["Q", "quận", true],
  ["P", "phường", true],
  ["H", "huyện", false],
];

/**
 * Cities directly under the central government (province tier), so that `thành phố Hà Nội`
 * is a province while `thành phố Vinh` is not. Source: Luật Tổ chức chính quyền địa phương
 * 2015 and Nghị quyết 202/2025/QH15 (Huế from 2025); written the ways news text does.
 */
export const CENTRAL_CITIES: readonly (readonly [string, string])[] = [
  ["Hà Nội", "Hà Nội"],
  ["Hồ Chí Minh", "Hồ Chí Minh"],
  ["HCM", "Hồ Chí Minh"],
  ["Hải Phòng", "Hải Phòng"],
  ["Đà Nẵng", "Đà Nẵng"],
  ["Cần Thơ", "Cần Thơ"],
  ["Huế", "Huế"],
];
