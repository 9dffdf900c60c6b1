import type { DocumentSystem } from "@vnpol/schema";

/** One kind of document and the code that stands for it in a symbol. */
export interface DocumentKind {
  /** The code in the symbol, in its official case: `NQ`, `QĐi`, `CTr`. */
  readonly code: string;
  /** The kind in words, as Vietnamese writes it: `Nghị quyết`. */
  readonly name: string;
  /** The numbering system whose rules define this code. */
  readonly system: DocumentSystem;
  /** The official text that sets the code. */
  readonly source: string;
}

const HD36 = "Hướng dẫn 36-HD/VPTW (2018), phụ lục: tên loại văn bản của Đảng viết tắt";
const ND30 = "Nghị định 30/2020/NĐ-CP, Phụ lục III: chữ viết tắt tên loại văn bản hành chính";
const LAW = "Luật Ban hành văn bản QPPL 80/2015/QH13 (Điều 4) and 64/2025/QH15; Nghị định 34/2016/NĐ-CP (ký hiệu văn bản QPPL)";
const TTLT55 = "Thông tư liên tịch 55/2005/TTLT-BNV-VPCP (before Nghị định 30/2020/NĐ-CP); still seen in older text";

/**
 * Kinds of documents and their codes, for Party and State symbols.
 *
 * In a Party symbol `QĐ` was both Quyết định and Quy định until Hướng dẫn 36-HD/VPTW gave
 * Quy định its own code `QĐi`; a Party `QĐ` therefore has no name here (see
 * {@link kindNameOf}). Codes not in this table are still parsed and kept as written.
 *
 * @example
 * ```ts
 * import { documentKinds } from "@vnpol/parse";
 * documentKinds.find((k) => k.code === "NĐ")?.name; // "Nghị định"
 * ```
 */
export const documentKinds: readonly DocumentKind[] = [
  // Party documents (Quy định 66-QĐ/TW of 2017, replaced by 399-QĐ/TW; Hướng dẫn 36-HD/VPTW).
  { code: "NQ", name: "Nghị quyết", system: "party", source: HD36 },
  { code: "QĐi", name: "Quy định", system: "party", source: HD36 },
  { code: "CT", name: "Chỉ thị", system: "party", source: HD36 },
  { code: "KL", name: "Kết luận", system: "party", source: HD36 },
  { code: "QC", name: "Quy chế", system: "party", source: HD36 },
  { code: "TT", name: "Thông tri", system: "party", source: HD36 },
  { code: "HD", name: "Hướng dẫn", system: "party", source: HD36 },
  { code: "BC", name: "Báo cáo", system: "party", source: HD36 },
  { code: "KH", name: "Kế hoạch", system: "party", source: HD36 },
  { code: "CTr", name: "Chương trình", system: "party", source: HD36 },
  { code: "TB", name: "Thông báo", system: "party", source: HD36 },
  { code: "TTr", name: "Tờ trình", system: "party", source: HD36 },
  { code: "ĐA", name: "Đề án", system: "party", source: HD36 },
  { code: "PA", name: "Phương án", system: "party", source: HD36 },
  { code: "CV", name: "Công văn", system: "party", source: HD36 },
  { code: "BB", name: "Biên bản", system: "party", source: HD36 },
  { code: "CĐ", name: "Công điện", system: "party", source: HD36 },
  { code: "GM", name: "Giấy mời", system: "party", source: HD36 },
  { code: "GGT", name: "Giấy giới thiệu", system: "party", source: HD36 },
  // State administrative documents (Nghị định 30/2020/NĐ-CP, Phụ lục III); a công văn has no code.
  { code: "NQ", name: "Nghị quyết", system: "state", source: ND30 },
  { code: "QĐ", name: "Quyết định", system: "state", source: ND30 },
  { code: "CT", name: "Chỉ thị", system: "state", source: ND30 },
  { code: "QC", name: "Quy chế", system: "state", source: ND30 },
  { code: "QyĐ", name: "Quy định", system: "state", source: ND30 },
  { code: "TC", name: "Thông cáo", system: "state", source: ND30 },
  { code: "TB", name: "Thông báo", system: "state", source: ND30 },
  { code: "HD", name: "Hướng dẫn", system: "state", source: ND30 },
  { code: "CTr", name: "Chương trình", system: "state", source: ND30 },
  { code: "KH", name: "Kế hoạch", system: "state", source: ND30 },
  { code: "PA", name: "Phương án", system: "state", source: ND30 },
  { code: "ĐA", name: "Đề án", system: "state", source: ND30 },
  { code: "DA", name: "Dự án", system: "state", source: ND30 },
  { code: "BC", name: "Báo cáo", system: "state", source: ND30 },
  { code: "BB", name: "Biên bản", system: "state", source: ND30 },
  { code: "TTr", name: "Tờ trình", system: "state", source: ND30 },
  { code: "HĐ", name: "Hợp đồng", system: "state", source: ND30 },
  { code: "CĐ", name: "Công điện", system: "state", source: ND30 },
  { code: "BGN", name: "Bản ghi nhớ", system: "state", source: ND30 },
  { code: "BTT", name: "Bản thỏa thuận", system: "state", source: ND30 },
  { code: "GUQ", name: "Giấy ủy quyền", system: "state", source: ND30 },
  { code: "GM", name: "Giấy mời", system: "state", source: ND30 },
  { code: "GGT", name: "Giấy giới thiệu", system: "state", source: ND30 },
  { code: "GNP", name: "Giấy nghỉ phép", system: "state", source: ND30 },
  { code: "PG", name: "Phiếu gửi", system: "state", source: ND30 },
  { code: "PC", name: "Phiếu chuyển", system: "state", source: ND30 },
  { code: "PB", name: "Phiếu báo", system: "state", source: ND30 },
  { code: "UQ", name: "Giấy ủy quyền", system: "state", source: TTLT55 },
  { code: "NP", name: "Giấy nghỉ phép", system: "state", source: TTLT55 },
  // Legal normative documents (Luật Ban hành văn bản QPPL); a law has no code, only the issuer `QH15`.
  { code: "NĐ", name: "Nghị định", system: "state", source: LAW },
  { code: "TT", name: "Thông tư", system: "state", source: LAW },
  { code: "TTLT", name: "Thông tư liên tịch", system: "state", source: LAW },
  { code: "NQLT", name: "Nghị quyết liên tịch", system: "state", source: LAW },
  { code: "PL", name: "Pháp lệnh", system: "state", source: LAW },
  { code: "L", name: "Lệnh", system: "state", source: LAW },
];

const byKey = new Map<string, DocumentKind>();
const canonical = new Map<string, string>();
for (const kind of documentKinds) {
  byKey.set(`${kind.system}:${kind.code}`, kind);
  canonical.set(kind.code.toUpperCase(), kind.code);
}
// Quyết định and Quy định of the Party both wrote `QĐ` before 2018: the code alone names neither.
canonical.set("QĐ", "QĐ");

/**
 * The official spelling of a kind code written in any case (`QĐI` → `QĐi`, `TTR` → `TTr`);
 * `undefined` when the code is not in {@link documentKinds}.
 *
 * @example
 * ```ts
 * import { canonicalKindCode } from "@vnpol/parse";
 * canonicalKindCode("QĐI"); // "QĐi"
 * ```
 */
export const canonicalKindCode = (code: string): string | undefined => canonical.get(code.toUpperCase());

/**
 * The kind in words that a code stands for in a system (`NĐ` → `Nghị định`), or `null` when the
 * code is unknown there or names two kinds (a Party `QĐ`: Quyết định or Quy định).
 *
 * @example
 * ```ts
 * import { kindNameOf } from "@vnpol/parse";
 * kindNameOf("KL", "party"); // "Kết luận"
 * kindNameOf("QĐ", "party"); // null
 * kindNameOf("QĐ", "state"); // "Quyết định"
 * ```
 */
export const kindNameOf = (code: string, system: DocumentSystem): string | null => byKey.get(`${system}:${code}`)?.name ?? null;
