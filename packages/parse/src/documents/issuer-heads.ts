import type { DocumentSystem } from "@vnpol/schema";

/** The first words of an issuer named after a reference (`của Bộ Chính trị khóa XI`). */
export interface IssuerHead {
  /** The words as usually written: `Bộ Chính trị`. */
  readonly head: string;
  /** The system of documents this body issues; null when it can be either (`Ban Chỉ đạo`). */
  readonly system: DocumentSystem | null;
}

// Party bodies: Điều lệ Đảng and Quy định 66-QĐ/TW (replaced by 399-QĐ/TW) on who issues Party documents.
const PARTY = [
  "Ban Chấp hành Trung ương",
  "Ban Chấp hành Đảng bộ",
  "Ban Thường vụ Tỉnh ủy",
  "Ban Thường vụ Thành ủy",
  "Ban Thường vụ Huyện ủy",
  "Ban Thường vụ",
  "Bộ Chính trị",
  "Ban Bí thư",
  "Trung ương Đảng",
  "Trung ương",
  "T.Ư",
  "TƯ",
  "Tỉnh ủy",
  "Thành ủy",
  "Huyện ủy",
  "Quận ủy",
  "Thị ủy",
  "Đảng ủy",
  "Đảng đoàn",
  "Ban cán sự đảng",
  "Văn phòng Trung ương Đảng",
  "Ban Tổ chức",
  "Ban Tuyên giáo",
  "Ban Dân vận",
  "Ban Nội chính",
  "Ban Kinh tế Trung ương",
  "Ban Đối ngoại Trung ương",
  "Ủy ban Kiểm tra",
];

// State bodies: Hiến pháp 2013 and Luật Ban hành văn bản QPPL on who issues State documents.
const STATE = [
  "Thủ tướng Chính phủ",
  "Phó Thủ tướng Chính phủ",
  "Phó Thủ tướng",
  "Thủ tướng",
  "Chính phủ",
  "Văn phòng Chính phủ",
  "Quốc hội",
  "Ủy ban Thường vụ Quốc hội",
  "UBTVQH",
  "Chủ tịch nước",
  "Bộ trưởng",
  "Chủ tịch UBND",
  "Chủ tịch Ủy ban nhân dân",
  "UBND",
  "Ủy ban nhân dân",
  "HĐND",
  "Hội đồng nhân dân",
  "Hội đồng Bộ trưởng",
  "Hội đồng bầu cử Quốc gia",
  "Bộ",
  "Sở",
  "Tổng cục",
  "Cục",
  "Thanh tra",
  "Tòa án",
  "TAND",
  "Viện kiểm sát",
  "VKSND",
  "Ngân hàng Nhà nước",
  "Kiểm toán Nhà nước",
];

// Bodies of either system: a steering committee can be a Party or a State one.
const EITHER = ["Ban Chỉ đạo", "Văn phòng", "Ban", "Hội đồng", "Ủy ban"];

/** Heads of issuer names, longest first so that `Bộ Chính trị` wins over `Bộ`. */
export const issuerHeads: readonly IssuerHead[] = [
  ...PARTY.map((head) => ({ head, system: "party" as const })),
  ...STATE.map((head) => ({ head, system: "state" as const })),
  ...EITHER.map((head) => ({ head, system: null })),
].sort((a, b) => b.head.length - a.head.length);
