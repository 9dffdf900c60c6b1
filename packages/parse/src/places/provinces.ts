import type { PartialDate, Place } from "@vnpol/schema";

/** One provincial-level unit in one form, with the spellings news uses and its legal source. */
export interface ProvinceRecord {
  /** The unit, in the shape of `Place` from `@vnpol/schema`. */
  readonly place: Place;
  /** Other spellings seen in news (`Đắc Lắc`, `Bà Rịa-Vũng Tàu`); matched like the name. */
  readonly aliases: readonly string[];
  /** The act that created, changed or ended this form of the unit. */
  readonly source: string;
}

const day = (year: number, month: number, dayOfMonth: number): PartialDate => ({ year, month, day: dayOfMonth });

// Legal sources, cited once and reused by every row they govern.
const NQ_1996 = "Nghị quyết ngày 06/11/1996 của Quốc hội khóa IX, kỳ họp thứ 10, về chia và điều chỉnh địa giới hành chính một số tỉnh (hiệu lực 01/01/1997)";
const NQ_22_2003 = "Nghị quyết 22/2003/QH11 ngày 26/11/2003 về chia và điều chỉnh địa giới hành chính một số tỉnh (hiệu lực 01/01/2004)";
const NQ_15_2008 = "Nghị quyết 15/2008/QH12 ngày 29/5/2008 về điều chỉnh địa giới hành chính thành phố Hà Nội (hiệu lực 01/8/2008)";
const NQ_1314_2024 = "Nghị quyết 1314/NQ-UBTVQH15 ngày 30/11/2024 về thành lập thành phố Huế trực thuộc trung ương (hiệu lực 01/01/2025)";
const NQ_202_2025 = "Nghị quyết 202/2025/QH15 ngày 12/6/2025 về sắp xếp đơn vị hành chính cấp tỉnh";

const BEFORE_1997 = day(1997, 1, 1);
const FROM_2004 = day(2004, 1, 1);
const LAST_DAY_OLD = day(2025, 6, 30);
const FIRST_DAY_NEW = day(2025, 7, 1);

type ProvincialType = "province" | "centrally-run-city";

/** A unit merged away on 1 July 2025: `from` is its first day in this form when certain. */
const mergedAway = (
  name: string,
  type: ProvincialType,
  clause: number,
  successor: string,
  from: { date: PartialDate; source: string } | null,
  aliases: readonly string[] = [],
): ProvinceRecord => ({
  place: { name, type, level: "province", parent: null, validFrom: from?.date ?? null, validUntil: LAST_DAY_OLD, successor },
  aliases,
  source: `${from === null ? "" : `${from.source}; `}${NQ_202_2025}, Điều 1 khoản ${clause} (nhập vào ${successor}; hết tồn tại từ 01/7/2025)`,
});

/** A unit formed on 1 July 2025 by Điều 1 of NQ 202/2025/QH15. */
const formed = (name: string, type: ProvincialType, clause: number, aliases: readonly string[] = []): ProvinceRecord => ({
  place: { name, type, level: "province", parent: null, validFrom: FIRST_DAY_NEW, validUntil: null, successor: null },
  aliases,
  source: `${NQ_202_2025}, Điều 1 khoản ${clause} (đơn vị mới từ 01/7/2025)`,
});

/** A unit the 2025 reform left as it was. */
const kept = (name: string, type: ProvincialType, from: { date: PartialDate; source: string } | null, aliases: readonly string[] = []): ProvinceRecord => ({
  place: { name, type, level: "province", parent: null, validFrom: from?.date ?? null, validUntil: null, successor: null },
  aliases,
  source: `${from === null ? "" : `${from.source}; `}${NQ_202_2025} (không thuộc diện sắp xếp)`,
});

const in1997 = { date: BEFORE_1997, source: NQ_1996 };
const in2004 = { date: FROM_2004, source: NQ_22_2003 };

const HCM = "Thành phố Hồ Chí Minh";
// The two provinces' names are also written without their marks, as in their own English-language names (`Dak Lak`, `Daklak`).
const DAK_LAK = ["Đắc Lắc", "Đắk Lắc", "Đăk Lăk", "Đắk Lăk", "Đắc Lắk", "Dak Lak", "Daklak", "DakLak"] as const;
const DAK_NONG = ["Đăk Nông", "Đắc Nông", "Dak Nong", "Đăk Nong", "Daknong", "DakNong"] as const;

/**
 * Provincial-level units of Việt Nam from 2004 on: the 63 of 1 January 2025 – 30 June 2025,
 * the 34 from 1 July 2025 (NQ 202/2025/QH15), and older units still met in 2004–2008 news.
 * Rows whose first day is not certain keep `validFrom: null`.
 *
 * @example
 * ```ts
 * import { PROVINCES } from "@vnpol/parse";
 * const binhDuong = PROVINCES.find((row) => row.place.name === "Bình Dương");
 * binhDuong?.place.successor; // "Thành phố Hồ Chí Minh"
 * ```
 */
export const PROVINCES: readonly ProvinceRecord[] = [
  // The 11 units the reform did not touch (NQ 202/2025/QH15 arranges the other 52 only).
  kept("Hà Nội", "centrally-run-city", { date: day(2008, 8, 1), source: NQ_15_2008 }),
  kept("Huế", "centrally-run-city", { date: day(2025, 1, 1), source: NQ_1314_2024 }),
  kept("Lai Châu", "province", in2004),
  kept("Điện Biên", "province", in2004),
  kept("Sơn La", "province", null),
  kept("Lạng Sơn", "province", null),
  kept("Quảng Ninh", "province", null),
  kept("Thanh Hóa", "province", null),
  kept("Nghệ An", "province", null),
  kept("Hà Tĩnh", "province", null),
  kept("Cao Bằng", "province", null),

  // Điều 1 khoản 1–23: the 52 units merged into 23 (name of the new unit first).
  mergedAway("Hà Giang", "province", 1, "Tuyên Quang", null),
  mergedAway("Tuyên Quang", "province", 1, "Tuyên Quang", null),
  formed("Tuyên Quang", "province", 1),
  mergedAway("Yên Bái", "province", 2, "Lào Cai", null),
  mergedAway("Lào Cai", "province", 2, "Lào Cai", null),
  formed("Lào Cai", "province", 2),
  mergedAway("Bắc Kạn", "province", 3, "Thái Nguyên", in1997, ["Bắc Cạn"]),
  mergedAway("Thái Nguyên", "province", 3, "Thái Nguyên", in1997),
  formed("Thái Nguyên", "province", 3),
  mergedAway("Vĩnh Phúc", "province", 4, "Phú Thọ", in1997),
  mergedAway("Hòa Bình", "province", 4, "Phú Thọ", null),
  mergedAway("Phú Thọ", "province", 4, "Phú Thọ", in1997),
  formed("Phú Thọ", "province", 4),
  mergedAway("Bắc Giang", "province", 5, "Bắc Ninh", in1997),
  mergedAway("Bắc Ninh", "province", 5, "Bắc Ninh", in1997),
  formed("Bắc Ninh", "province", 5),
  mergedAway("Thái Bình", "province", 6, "Hưng Yên", null),
  mergedAway("Hưng Yên", "province", 6, "Hưng Yên", in1997),
  formed("Hưng Yên", "province", 6),
  mergedAway("Hải Dương", "province", 7, "Hải Phòng", in1997),
  mergedAway("Hải Phòng", "centrally-run-city", 7, "Hải Phòng", null),
  formed("Hải Phòng", "centrally-run-city", 7),
  mergedAway("Hà Nam", "province", 8, "Ninh Bình", in1997),
  mergedAway("Nam Định", "province", 8, "Ninh Bình", in1997),
  mergedAway("Ninh Bình", "province", 8, "Ninh Bình", null),
  formed("Ninh Bình", "province", 8),
  mergedAway("Quảng Bình", "province", 9, "Quảng Trị", null),
  mergedAway("Quảng Trị", "province", 9, "Quảng Trị", null),
  formed("Quảng Trị", "province", 9),
  mergedAway("Quảng Nam", "province", 10, "Đà Nẵng", in1997),
  mergedAway("Đà Nẵng", "centrally-run-city", 10, "Đà Nẵng", in1997),
  formed("Đà Nẵng", "centrally-run-city", 10),
  mergedAway("Kon Tum", "province", 11, "Quảng Ngãi", null, ["Kontum"]),
  mergedAway("Quảng Ngãi", "province", 11, "Quảng Ngãi", null),
  formed("Quảng Ngãi", "province", 11),
  mergedAway("Bình Định", "province", 12, "Gia Lai", null),
  mergedAway("Gia Lai", "province", 12, "Gia Lai", null),
  formed("Gia Lai", "province", 12),
  mergedAway("Ninh Thuận", "province", 13, "Khánh Hòa", null),
  mergedAway("Khánh Hòa", "province", 13, "Khánh Hòa", null),
  formed("Khánh Hòa", "province", 13),
  mergedAway("Đắk Nông", "province", 14, "Lâm Đồng", in2004, DAK_NONG),
  mergedAway("Bình Thuận", "province", 14, "Lâm Đồng", null),
  mergedAway("Lâm Đồng", "province", 14, "Lâm Đồng", null),
  formed("Lâm Đồng", "province", 14),
  mergedAway("Phú Yên", "province", 15, "Đắk Lắk", null),
  mergedAway("Đắk Lắk", "province", 15, "Đắk Lắk", in2004, DAK_LAK),
  formed("Đắk Lắk", "province", 15, DAK_LAK),
  mergedAway("Bà Rịa - Vũng Tàu", "province", 16, HCM, null, ["Bà Rịa Vũng Tàu", "BR-VT"]),
  mergedAway("Bình Dương", "province", 16, HCM, in1997),
  mergedAway(HCM, "centrally-run-city", 16, HCM, null),
  formed(HCM, "centrally-run-city", 16),
  mergedAway("Bình Phước", "province", 17, "Đồng Nai", in1997),
  mergedAway("Đồng Nai", "province", 17, "Đồng Nai", null),
  formed("Đồng Nai", "province", 17),
  mergedAway("Long An", "province", 18, "Tây Ninh", null),
  mergedAway("Tây Ninh", "province", 18, "Tây Ninh", null),
  formed("Tây Ninh", "province", 18),
  mergedAway("Sóc Trăng", "province", 19, "Cần Thơ", null),
  mergedAway("Hậu Giang", "province", 19, "Cần Thơ", in2004),
  mergedAway("Cần Thơ", "centrally-run-city", 19, "Cần Thơ", in2004),
  formed("Cần Thơ", "centrally-run-city", 19),
  mergedAway("Bến Tre", "province", 20, "Vĩnh Long", null),
  mergedAway("Trà Vinh", "province", 20, "Vĩnh Long", null),
  mergedAway("Vĩnh Long", "province", 20, "Vĩnh Long", null),
  formed("Vĩnh Long", "province", 20),
  mergedAway("Tiền Giang", "province", 21, "Đồng Tháp", null),
  mergedAway("Đồng Tháp", "province", 21, "Đồng Tháp", null),
  formed("Đồng Tháp", "province", 21),
  mergedAway("Bạc Liêu", "province", 22, "Cà Mau", in1997),
  mergedAway("Cà Mau", "province", 22, "Cà Mau", in1997),
  formed("Cà Mau", "province", 22),
  mergedAway("Kiên Giang", "province", 23, "An Giang", null),
  mergedAway("An Giang", "province", 23, "An Giang", null),
  formed("An Giang", "province", 23),

  // Older forms still met in 2004–2024 news.
  {
    place: { name: "Thừa Thiên Huế", type: "province", level: "province", parent: null, validFrom: null, validUntil: day(2024, 12, 31), successor: "Huế" },
    aliases: ["Thừa Thiên - Huế"],
    source: NQ_1314_2024,
  },
  {
    // Enlarged on 1/8/2008 (all of Hà Tây and parts of Vĩnh Phúc and Hòa Bình).
    place: { name: "Hà Nội", type: "centrally-run-city", level: "province", parent: null, validFrom: null, validUntil: day(2008, 7, 31), successor: "Hà Nội" },
    aliases: [],
    source: NQ_15_2008,
  },
  {
    // The city under Thừa Thiên Huế, dissolved when the province became the city of Huế; no single successor.
    place: { name: "Huế", type: "provincial-city", level: "district", parent: "Thừa Thiên Huế", validFrom: null, validUntil: day(2024, 12, 31), successor: null },
    aliases: [],
    source: NQ_1314_2024,
  },
  {
    place: { name: "Hà Tây", type: "province", level: "province", parent: null, validFrom: null, validUntil: day(2008, 7, 31), successor: "Hà Nội" },
    aliases: [],
    source: NQ_15_2008,
  },
  // Split by the resolution of 6/11/1996 from 1/1/1997, each into two units, so none has a single
  // successor. Hà Bắc (Bắc Giang and Bắc Ninh) is left out: in news since 1997 `tỉnh Hà Bắc` is
  // China's Hebei, and the table would read it as Vietnam's.
  ...(
    [
      ["Bắc Thái", []],
      ["Hải Hưng", []],
      ["Minh Hải", []],
      ["Nam Hà", []],
      ["Quảng Nam - Đà Nẵng", ["Quảng Nam-Đà Nẵng"]],
      ["Sông Bé", []],
      ["Vĩnh Phú", []],
    ] as const
  ).map(([name, aliases]): ProvinceRecord => ({
    place: { name, type: "province", level: "province", parent: null, validFrom: null, validUntil: day(1996, 12, 31), successor: null },
    aliases,
    source: NQ_1996,
  })),
  {
    // Split into Cần Thơ (city) and Hậu Giang, so it has no single successor.
    place: { name: "Cần Thơ", type: "province", level: "province", parent: null, validFrom: null, validUntil: day(2003, 12, 31), successor: null },
    aliases: [],
    source: NQ_22_2003,
  },
];
