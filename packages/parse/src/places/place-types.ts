import type { PlaceType } from "@vnpol/schema";

/** What a type word before a name says about the unit. */
export interface PlaceTypeWord {
  /** The word(s) as written, lower case after the first letter is folded (`thành phố`, `tp`). */
  readonly word: string;
  /** The unit it names; `city` words resolve against the province table first. */
  readonly type: PlaceType;
  readonly level: "province" | "district" | "commune";
  /** Whether the name after it must be in the province table (`tỉnh X`). */
  readonly provinceOnly: boolean;
  /** Whether a number may be the name (`quận 1`, `phường 5`). */
  readonly numbered: boolean;
  /**
   * What a name missing from the province table must look like after this word, where foreign
   * names are written too: a city of Vietnam (`thành phố London` is not one), or an urban district
   * (`quận Brooklyn` is not one), or one of the island districts (`places/island-districts.ts`).
   * None: any capitalised name.
   */
  readonly nameRule?: "city" | "urban-district" | "island";
  /** An abbreviation that counts only as written, a capital with its dot (`Q.1`, `Q. Tân Bình`). */
  readonly abbreviation?: string;
}

/**
 * Type words of administrative units, by Hiến pháp 2013 Điều 110 and Luật Tổ chức chính quyền
 * địa phương 2015 Điều 2 (tỉnh, thành phố trực thuộc trung ương; huyện, quận, thị xã, thành phố
 * thuộc tỉnh; xã, phường, thị trấn), and Luật Tổ chức chính quyền địa phương 2025 (đặc khu).
 * `thành phố` not in the province table is a city under a province (district level). `quận` is
 * kept as `district`: the schema has no urban-district type.
 *
 * @example
 * ```ts
 * import { PLACE_TYPE_WORDS } from "@vnpol/parse";
 * PLACE_TYPE_WORDS.length > 0; // true: tỉnh, huyện, xã, phường…
 * ```
 */
export const PLACE_TYPE_WORDS: readonly PlaceTypeWord[] = [
  { word: "tỉnh", type: "province", level: "province", provinceOnly: true, numbered: false },
  { word: "thành phố", type: "provincial-city", level: "district", provinceOnly: false, numbered: false, nameRule: "city" },
  { word: "tp", type: "provincial-city", level: "district", provinceOnly: false, numbered: false, nameRule: "city" },
  { word: "huyện đảo", type: "district", level: "district", provinceOnly: false, numbered: false, nameRule: "island" },
  { word: "huyện", type: "district", level: "district", provinceOnly: false, numbered: false },
  // `H.` for huyện, as the same press writes it (`H.Củ Chi`, `xã Hợp Thành, H.Sơn Dương`), with the name rule of `quận`:
  // a name of one word after it is a byline's initial (`H.Dũng`), and a foreign one a person's (`H.Martin`).
  { word: "h", type: "district", level: "district", provinceOnly: false, numbered: false, nameRule: "urban-district", abbreviation: "H" },
  { word: "quận", type: "district", level: "district", provinceOnly: false, numbered: true, nameRule: "urban-district" },
  // `Q.` for quận, as the press of Hồ Chí Minh City writes it (`Q.1`, `Q.Bình Thạnh`).
  { word: "q", type: "district", level: "district", provinceOnly: false, numbered: true, nameRule: "urban-district", abbreviation: "Q" },
  { word: "thị xã", type: "town", level: "district", provinceOnly: false, numbered: false },
  // `TX` for thị xã, as the press writes it (`TX Hội An (Quảng Nam)`, `TX Cửa Lò`).
  { word: "tx", type: "town", level: "district", provinceOnly: false, numbered: false },
  { word: "thị trấn", type: "township", level: "commune", provinceOnly: false, numbered: false },
  { word: "xã", type: "commune", level: "commune", provinceOnly: false, numbered: false },
  { word: "phường", type: "ward", level: "commune", provinceOnly: false, numbered: true },
  // `P.` for phường, as the same press writes it (`P.25`, `P.Bến Nghé`), with the name rule of `quận`: `P.T` is an initial.
  { word: "p", type: "ward", level: "commune", provinceOnly: false, numbered: true, nameRule: "urban-district", abbreviation: "P" },
  { word: "đặc khu", type: "special-zone", level: "commune", provinceOnly: false, numbered: false },
];

/**
 * Last day of every district-level unit (huyện, quận, thị xã, thành phố thuộc tỉnh): two-tier local
 * government from 1 July 2025 (Nghị quyết 203/2025/QH15 amending the Constitution; Luật Tổ chức
 * chính quyền địa phương 2025).
 */
export const DISTRICTS_ABOLISHED_AFTER = { year: 2025, month: 6, day: 30 } as const;

/**
 * Words that describe a district or commune between its type word and its name: `huyện nghèo
 * Thanh Chương`, `xã miền núi Thanh Mỹ`, `xã đảo Thạnh An`. The name after them is the unit's
 * (a province's name is not: `huyện ngoại thành Hà Nội`). Source: the categories of units in
 * state programmes as the press writes them: poor districts (Nghị quyết 30a/2008/NQ-CP),
 * mountain and highland, border, coastal and island communes and districts.
 */
export const UNIT_DESCRIPTORS: readonly string[] = ["nghèo", "miền núi", "vùng cao", "biên giới", "ven biển", "đảo", "vùng sâu", "ngoại thành"];
