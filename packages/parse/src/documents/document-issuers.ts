import type { DocumentSystem, Level } from "@vnpol/schema";

/** One issuer of documents and the code that stands for it in a symbol. */
export interface DocumentIssuer {
  /** The code in the symbol, in its usual case: `TW`, `BDVTW`, `TTg`. */
  readonly code: string;
  /** The issuer written out: `Ban Dân vận Trung ương`. */
  readonly name: string;
  /** The numbering system the code is used in. */
  readonly system: DocumentSystem;
  /** The tier of the issuer; null when the code is used at several tiers (`UBND`). */
  readonly level: Level | null;
  /** Other bodies that write the same code (`TU`: Tỉnh ủy and Thành ủy); the text must say which. */
  readonly sharedWith?: readonly string[];
  /** Bodies that sign with this code and that {@link issuerCodeOf} maps back to it (`TW`: Bộ Chính trị). */
  readonly covers?: readonly string[];
  /** The official text that sets or shows the code. */
  readonly source: string;
}

const HD36 = "Hướng dẫn 36-HD/VPTW (2018): ký hiệu cơ quan ban hành văn bản của Đảng";
const QD66 = "Quy định 66-QĐ/TW (2017), replaced by Quy định 399-QĐ/TW (9/1/2026): thẩm quyền ban hành văn bản của Đảng";
const ND34 = "Nghị định 34/2016/NĐ-CP, Điều 55–56 (ký hiệu văn bản QPPL); Luật 80/2015/QH13 and 64/2025/QH15";
const ND30 = "Nghị định 30/2020/NĐ-CP, Phụ lục I: ký hiệu viết tắt tên cơ quan ban hành";
const OWN = "symbol printed on the body's own documents (e.g. Thông tư 01/2011/TT-BNV, 03/2019/TT-BNV)";

/**
 * Issuers of documents and their codes. Party codes end in the tier of the committee (`TW`
 * central, `TU` province, `HU` district); State codes are the body's own abbreviation, and the
 * National Assembly and its Standing Committee add the term (`QH15`, `UBTVQH15`, handled by
 * {@link expandIssuerCode}).
 *
 * @example
 * ```ts
 * import { documentIssuers } from "@vnpol/parse";
 * documentIssuers.find((i) => i.code === "BDVTW")?.name; // "Ban Dân vận Trung ương"
 * ```
 */
export const documentIssuers: readonly DocumentIssuer[] = [
  // Party: TW covers Ban Chấp hành Trung ương, Bộ Chính trị and Ban Bí thư alike.
  { code: "TW", name: "Trung ương", covers: ["Ban Chấp hành Trung ương", "Ban Chấp hành Trung ương Đảng", "Bộ Chính trị", "Ban Bí thư"], system: "party", level: "central", source: QD66 },
  { code: "TU", name: "Tỉnh ủy", sharedWith: ["Thành ủy"], system: "party", level: "province", source: HD36 },
  { code: "HU", name: "Huyện ủy", system: "party", level: "district", source: HD36 },
  { code: "QU", name: "Quận ủy", system: "party", level: "district", source: HD36 },
  { code: "ĐU", name: "Đảng ủy", system: "party", level: null, source: HD36 },
  { code: "ĐUK", name: "Đảng ủy Khối", system: "party", level: null, source: HD36 },
  { code: "VPTW", name: "Văn phòng Trung ương Đảng", system: "party", level: "central", source: HD36 },
  { code: "BTCTW", name: "Ban Tổ chức Trung ương", system: "party", level: "central", source: HD36 },
  { code: "BTGTW", name: "Ban Tuyên giáo Trung ương", system: "party", level: "central", source: HD36 },
  { code: "BDVTW", name: "Ban Dân vận Trung ương", system: "party", level: "central", source: HD36 },
  { code: "BNCTW", name: "Ban Nội chính Trung ương", system: "party", level: "central", source: HD36 },
  { code: "BKTTW", name: "Ban Kinh tế Trung ương", system: "party", level: "central", source: HD36 },
  { code: "BĐNTW", name: "Ban Đối ngoại Trung ương", system: "party", level: "central", source: HD36 },
  { code: "UBKTTW", name: "Ủy ban Kiểm tra Trung ương", system: "party", level: "central", source: HD36 },
  { code: "VPTU", name: "Văn phòng Tỉnh ủy", sharedWith: ["Văn phòng Thành ủy"], system: "party", level: "province", source: HD36 },
  { code: "BTCTU", name: "Ban Tổ chức Tỉnh ủy", sharedWith: ["Ban Tổ chức Thành ủy"], system: "party", level: "province", source: HD36 },
  { code: "BTGTU", name: "Ban Tuyên giáo Tỉnh ủy", sharedWith: ["Ban Tuyên giáo Thành ủy"], system: "party", level: "province", source: HD36 },
  { code: "BDVTU", name: "Ban Dân vận Tỉnh ủy", sharedWith: ["Ban Dân vận Thành ủy"], system: "party", level: "province", source: HD36 },
  { code: "UBKTTU", name: "Ủy ban Kiểm tra Tỉnh ủy", sharedWith: ["Ủy ban Kiểm tra Thành ủy"], system: "party", level: "province", source: HD36 },
  { code: "BCĐ", name: "Ban Chỉ đạo", system: "party", level: null, source: HD36 },
  { code: "BCS", name: "Ban cán sự đảng", system: "party", level: null, source: HD36 },
  { code: "ĐĐ", name: "Đảng đoàn", system: "party", level: null, source: HD36 },
  // State: the Constitution's bodies (ký hiệu in Nghị định 34/2016/NĐ-CP).
  { code: "CP", name: "Chính phủ", system: "state", level: "central", source: ND34 },
  { code: "TTg", name: "Thủ tướng Chính phủ", system: "state", level: "central", source: ND34 },
  { code: "CTN", name: "Chủ tịch nước", system: "state", level: "central", source: ND34 },
  { code: "VPCP", name: "Văn phòng Chính phủ", system: "state", level: "central", source: ND30 },
  { code: "HĐBT", name: "Hội đồng Bộ trưởng", system: "state", level: "central", source: "Hiến pháp 1980 (government until 1992); symbol on its documents" },
  { code: "UBND", name: "Ủy ban nhân dân", system: "state", level: null, source: ND34 },
  { code: "UB", name: "Ủy ban nhân dân", system: "state", level: null, source: "symbol of Ủy ban nhân dân documents before 2005 (e.g. QĐ-UB)" },
  { code: "HĐND", name: "Hội đồng nhân dân", system: "state", level: null, source: ND34 },
  { code: "TANDTC", name: "Tòa án nhân dân tối cao", system: "state", level: "central", source: ND34 },
  { code: "VKSNDTC", name: "Viện kiểm sát nhân dân tối cao", system: "state", level: "central", source: ND34 },
  { code: "KTNN", name: "Kiểm toán nhà nước", system: "state", level: "central", source: ND34 },
  { code: "TTCP", name: "Thanh tra Chính phủ", system: "state", level: "central", source: OWN },
  { code: "NHNN", name: "Ngân hàng Nhà nước Việt Nam", system: "state", level: "central", source: OWN },
  { code: "BNV", name: "Bộ Nội vụ", system: "state", level: "central", source: OWN },
  { code: "BTC", name: "Bộ Tài chính", system: "state", level: "central", source: OWN },
  { code: "BTP", name: "Bộ Tư pháp", system: "state", level: "central", source: OWN },
  { code: "BCA", name: "Bộ Công an", system: "state", level: "central", source: OWN },
  { code: "BQP", name: "Bộ Quốc phòng", system: "state", level: "central", source: OWN },
  { code: "BNG", name: "Bộ Ngoại giao", system: "state", level: "central", source: OWN },
  { code: "BYT", name: "Bộ Y tế", system: "state", level: "central", source: OWN },
  { code: "BXD", name: "Bộ Xây dựng", system: "state", level: "central", source: OWN },
  { code: "BCT", name: "Bộ Công Thương", system: "state", level: "central", source: OWN },
  { code: "BGDĐT", name: "Bộ Giáo dục và Đào tạo", system: "state", level: "central", source: OWN },
  { code: "BGTVT", name: "Bộ Giao thông vận tải", system: "state", level: "central", source: OWN },
  { code: "BTNMT", name: "Bộ Tài nguyên và Môi trường", system: "state", level: "central", source: OWN },
  { code: "BNNPTNT", name: "Bộ Nông nghiệp và Phát triển nông thôn", system: "state", level: "central", source: OWN },
  { code: "BNNMT", name: "Bộ Nông nghiệp và Môi trường", system: "state", level: "central", source: OWN },
  { code: "BKHĐT", name: "Bộ Kế hoạch và Đầu tư", system: "state", level: "central", source: OWN },
  { code: "BLĐTBXH", name: "Bộ Lao động - Thương binh và Xã hội", system: "state", level: "central", source: OWN },
  { code: "BVHTTDL", name: "Bộ Văn hóa, Thể thao và Du lịch", system: "state", level: "central", source: OWN },
  { code: "BTTTT", name: "Bộ Thông tin và Truyền thông", system: "state", level: "central", source: OWN },
  { code: "BKHCN", name: "Bộ Khoa học và Công nghệ", system: "state", level: "central", source: OWN },
  { code: "UBDT", name: "Ủy ban Dân tộc", system: "state", level: "central", source: OWN },
  { code: "BCN", name: "Bộ Công nghiệp", system: "state", level: "central", source: "symbol of the Ministry of Industry (until 2007), e.g. 42/2002/QĐ-BCN" },
  { code: "BTM", name: "Bộ Thương mại", system: "state", level: "central", source: "symbol of the Ministry of Trade (until 2007), e.g. 0747/QĐ-BTM" },
  { code: "BVHTT", name: "Bộ Văn hóa - Thông tin", system: "state", level: "central", source: "symbol of the Ministry of Culture and Information (until 2007)" },
  { code: "BGD&ĐT", name: "Bộ Giáo dục và Đào tạo", system: "state", level: "central", source: "older symbol of the Ministry of Education, e.g. 20/2005/QĐ-BGD&ĐT" },
  { code: "BKH", name: "Bộ Kế hoạch và Đầu tư", system: "state", level: "central", source: "older symbol of the Ministry of Planning and Investment on its dispatches, e.g. 2444/BKH-KTĐN (2006)" },
];

/** The National Assembly and its Standing Committee sign with their term: `QH15`, `UBTVQH11`. */
const TERMED = /^(UBTVQH|QH)([0-9]{0,2})$/u;
const TERMED_NAMES: Readonly<Record<string, string>> = { QH: "Quốc hội", UBTVQH: "Ủy ban Thường vụ Quốc hội" };

const ROMAN: readonly [number, string][] = [
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];
const toRoman = (value: number): string => {
  let rest = value;
  let out = "";
  for (const [amount, letters] of ROMAN) {
    while (rest >= amount) {
      out += letters;
      rest -= amount;
    }
  }
  return out;
};
const fromRoman = (letters: string): number | null => {
  for (let n = 1; n <= 39; n++) if (toRoman(n) === letters) return n;
  return null;
};

const byCode = new Map<string, DocumentIssuer>();
const canonical = new Map<string, string>();
const byName = new Map<string, string>();
for (const issuer of documentIssuers) {
  if (!byCode.has(issuer.code)) byCode.set(issuer.code, issuer);
  canonical.set(issuer.code.toUpperCase(), issuer.code);
  for (const name of [issuer.name, ...(issuer.sharedWith ?? []), ...(issuer.covers ?? [])]) {
    if (!byName.has(name.toLowerCase())) byName.set(name.toLowerCase(), issuer.code);
  }
}
// The press also writes Trung ương as TƯ or T.Ư, and the Ministry of Education with an ampersand.
const ALIASES: Readonly<Record<string, string>> = { "TƯ": "TW", "T.Ư": "TW", "T.W": "TW", "T.U": "TU" };

/**
 * The usual spelling of an issuer code written in any case or an alias (`TTG` → `TTg`,
 * `T.Ư` → `TW`, `qh15` → `QH15`); the code as given when it is not known.
 *
 * @example
 * ```ts
 * import { canonicalIssuerCode } from "@vnpol/parse";
 * canonicalIssuerCode("TTG"); // "TTg"
 * canonicalIssuerCode("T.Ư"); // "TW"
 * ```
 */
export const canonicalIssuerCode = (code: string): string => {
  const upper = code.toUpperCase();
  const alias = ALIASES[upper];
  if (alias !== undefined) return alias;
  if (TERMED.test(upper)) return upper;
  return canonical.get(upper) ?? code;
};

/**
 * The table row of a code, if any (termed codes such as `QH15` have none).
 *
 * @example
 * ```ts
 * import { issuerOf } from "./document-issuers";
 * issuerOf("TU")?.sharedWith; // ["Thành ủy"]
 * issuerOf("QH15");           // undefined
 * ```
 */
export const issuerOf = (code: string): DocumentIssuer | undefined => byCode.get(code);

/**
 * Expands an issuer code to the issuer's name: `BDVTW` → `Ban Dân vận Trung ương`, `CP` →
 * `Chính phủ`, `QH15` → `Quốc hội khóa XV`. Returns `null` for an unknown code and for a code
 * that two bodies share (`TU`: Tỉnh ủy or Thành ủy), since the code alone does not say which.
 *
 * @example
 * ```ts
 * import { expandIssuerCode } from "@vnpol/parse";
 * expandIssuerCode("BDVTW");    // "Ban Dân vận Trung ương"
 * expandIssuerCode("QH15");     // "Quốc hội khóa XV"
 * expandIssuerCode("UBTVQH11"); // "Ủy ban Thường vụ Quốc hội khóa XI"
 * expandIssuerCode("TU");       // null
 * ```
 */
export const expandIssuerCode = (code: string): string | null => {
  const termed = TERMED.exec(code);
  if (termed) {
    const name = TERMED_NAMES[termed[1]!]!;
    const term = Number(termed[2]);
    return termed[2] === "" ? name : term >= 1 && term <= 39 ? `${name} khóa ${toRoman(term)}` : null;
  }
  const issuer = byCode.get(code);
  return issuer === undefined || issuer.sharedWith !== undefined ? null : issuer.name;
};

/**
 * The code of an issuer named in words, the reverse of {@link expandIssuerCode}:
 * `Ban Dân vận Trung ương` → `BDVTW`, `Quốc hội khóa XV` → `QH15`, `Thành ủy` → `TU`.
 * Case is ignored; `null` when the name is not in the table.
 *
 * @example
 * ```ts
 * import { issuerCodeOf } from "@vnpol/parse";
 * issuerCodeOf("Ban Dân vận Trung ương"); // "BDVTW"
 * issuerCodeOf("Quốc hội khóa XV");       // "QH15"
 * issuerCodeOf("Thành ủy");               // "TU"
 * ```
 */
export const issuerCodeOf = (name: string): string | null => {
  const key = name.normalize("NFC").trim().replace(/\s+/gu, " ").toLowerCase();
  const termed = /^(quốc hội|ủy ban thường vụ quốc hội) khóa ([ivxlc]+)$/u.exec(key);
  if (termed) {
    const term = fromRoman(termed[2]!.toUpperCase());
    return term === null ? null : `${termed[1] === "quốc hội" ? "QH" : "UBTVQH"}${term}`;
  }
  if (key === "quốc hội") return "QH";
  if (key === "ủy ban thường vụ quốc hội") return "UBTVQH";
  return byName.get(key) ?? null;
};
