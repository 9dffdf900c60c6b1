/** What an abbreviation stands for: a body, a role (with its body), or a tier word. */
export type AbbreviationKind = "body" | "role" | "qualifier";

/** One abbreviation as Vietnamese political news writes it, and its expansion. */
export interface AbbreviationRule {
  /** As written (`HĐND`, `T.Ư`); matched without regard to case. */
  readonly abbreviation: string;
  /** Written out in full, new-style spelling. */
  readonly expansion: string;
  readonly kind: AbbreviationKind;
  /** Where the expansion is stated. */
  readonly source: string;
}

// Sources, cited per row:
const VPTW = "Hướng dẫn 36-HD/VPTW (2018) của Văn phòng Trung ương Đảng, phụ lục viết tắt tên cơ quan ban hành";
const DIEU_LE = "Điều lệ Đảng Cộng sản Việt Nam (2011): tên các cấp ủy và cơ quan";
const HIEN_PHAP = "Hiến pháp 2013: tên các cơ quan nhà nước";
const LUAT_CQDP = "Luật Tổ chức chính quyền địa phương 2015 (77/2015/QH13)";
const LUAT_MTTQ = "Luật Mặt trận Tổ quốc Việt Nam 2015 (75/2015/QH13)";
const LUAT_QH = "Luật Tổ chức Quốc hội 2014 (57/2014/QH13)";
const LUAT_CONG_DOAN = "Luật Công đoàn 2012 (12/2012/QH13)";
const DIEU_LE_HOI = "Điều lệ Hội Nông dân, Hội Cựu chiến binh, Hội LHPN, Đoàn TNCS Hồ Chí Minh (tên tổ chức)";
const QD_BCT = "Quy định 24-QĐ/TW (2021) thi hành Điều lệ Đảng: Ban Thường vụ cấp ủy";
const ND_HANH_CHINH = "Nghị quyết 1211/2016/UBTVQH13 về tiêu chuẩn đơn vị hành chính: tên gọi thành phố, thị xã";

/**
 * Abbreviations of bodies, roles and tiers, each with the official text that names the
 * expanded form. Order does not matter; lookups are case-insensitive on the abbreviation.
 */
export const ABBREVIATIONS: readonly AbbreviationRule[] = [
  // Party committees and their organs
  { abbreviation: "BCH", expansion: "Ban Chấp hành", kind: "body", source: DIEU_LE },
  { abbreviation: "BCHTW", expansion: "Ban Chấp hành Trung ương Đảng", kind: "body", source: VPTW },
  { abbreviation: "BCHTƯ", expansion: "Ban Chấp hành Trung ương Đảng", kind: "body", source: VPTW },
  { abbreviation: "BCH TW", expansion: "Ban Chấp hành Trung ương Đảng", kind: "body", source: VPTW },
  { abbreviation: "BCH TƯ", expansion: "Ban Chấp hành Trung ương Đảng", kind: "body", source: VPTW },
  { abbreviation: "BCH T.Ư", expansion: "Ban Chấp hành Trung ương Đảng", kind: "body", source: VPTW },
  { abbreviation: "BCT", expansion: "Bộ Chính trị", kind: "body", source: VPTW },
  { abbreviation: "BBT", expansion: "Ban Bí thư", kind: "body", source: VPTW },
  { abbreviation: "BTV", expansion: "Ban Thường vụ", kind: "body", source: QD_BCT },
  { abbreviation: "UBKT", expansion: "Ủy ban Kiểm tra", kind: "body", source: DIEU_LE },
  { abbreviation: "BDV", expansion: "Ban Dân vận", kind: "body", source: VPTW },
  { abbreviation: "BDVTW", expansion: "Ban Dân vận Trung ương", kind: "body", source: VPTW },
  { abbreviation: "BTCTW", expansion: "Ban Tổ chức Trung ương", kind: "body", source: VPTW },
  { abbreviation: "BTGTW", expansion: "Ban Tuyên giáo Trung ương", kind: "body", source: VPTW },
  { abbreviation: "VPTW", expansion: "Văn phòng Trung ương Đảng", kind: "body", source: VPTW },
  { abbreviation: "UBKTTW", expansion: "Ủy ban Kiểm tra Trung ương", kind: "body", source: VPTW },
  // State bodies
  { abbreviation: "QH", expansion: "Quốc hội", kind: "body", source: LUAT_QH },
  { abbreviation: "UBTVQH", expansion: "Ủy ban Thường vụ Quốc hội", kind: "body", source: LUAT_QH },
  { abbreviation: "HĐND", expansion: "Hội đồng nhân dân", kind: "body", source: LUAT_CQDP },
  { abbreviation: "UBND", expansion: "Ủy ban nhân dân", kind: "body", source: LUAT_CQDP },
  { abbreviation: "CP", expansion: "Chính phủ", kind: "body", source: HIEN_PHAP },
  { abbreviation: "TAND", expansion: "Tòa án nhân dân", kind: "body", source: HIEN_PHAP },
  { abbreviation: "VKSND", expansion: "Viện Kiểm sát nhân dân", kind: "body", source: HIEN_PHAP },
  // Front and mass organisations
  { abbreviation: "MTTQ", expansion: "Mặt trận Tổ quốc", kind: "body", source: LUAT_MTTQ },
  { abbreviation: "MTTQVN", expansion: "Mặt trận Tổ quốc Việt Nam", kind: "body", source: LUAT_MTTQ },
  { abbreviation: "UBMTTQ", expansion: "Ủy ban Mặt trận Tổ quốc", kind: "body", source: LUAT_MTTQ },
  { abbreviation: "UBMTTQVN", expansion: "Ủy ban Mặt trận Tổ quốc Việt Nam", kind: "body", source: LUAT_MTTQ },
  { abbreviation: "LĐLĐ", expansion: "Liên đoàn Lao động", kind: "body", source: LUAT_CONG_DOAN },
  { abbreviation: "HND", expansion: "Hội Nông dân", kind: "body", source: DIEU_LE_HOI },
  { abbreviation: "CCB", expansion: "Cựu chiến binh", kind: "body", source: DIEU_LE_HOI },
  { abbreviation: "HCCB", expansion: "Hội Cựu chiến binh", kind: "body", source: DIEU_LE_HOI },
  { abbreviation: "LHPN", expansion: "Liên hiệp Phụ nữ", kind: "body", source: DIEU_LE_HOI },
  { abbreviation: "HLHPN", expansion: "Hội Liên hiệp Phụ nữ", kind: "body", source: DIEU_LE_HOI },
  { abbreviation: "TNCS", expansion: "Thanh niên Cộng sản", kind: "body", source: DIEU_LE_HOI },
  // Roles written as one abbreviation
  { abbreviation: "UVTV", expansion: "Ủy viên Ban Thường vụ", kind: "role", source: QD_BCT },
  { abbreviation: "UVBTV", expansion: "Ủy viên Ban Thường vụ", kind: "role", source: QD_BCT },
  { abbreviation: "UV BTV", expansion: "Ủy viên Ban Thường vụ", kind: "role", source: QD_BCT },
  { abbreviation: "UVBCT", expansion: "Ủy viên Bộ Chính trị", kind: "role", source: DIEU_LE },
  { abbreviation: "UV BCT", expansion: "Ủy viên Bộ Chính trị", kind: "role", source: DIEU_LE },
  { abbreviation: "UVTW", expansion: "Ủy viên Trung ương Đảng", kind: "role", source: DIEU_LE },
  { abbreviation: "UVTƯ", expansion: "Ủy viên Trung ương Đảng", kind: "role", source: DIEU_LE },
  { abbreviation: "TUV", expansion: "Tỉnh ủy viên", kind: "role", source: DIEU_LE },
  { abbreviation: "HUV", expansion: "Huyện ủy viên", kind: "role", source: DIEU_LE },
  { abbreviation: "ĐBQH", expansion: "Đại biểu Quốc hội", kind: "role", source: LUAT_QH },
  { abbreviation: "TBT", expansion: "Tổng Bí thư", kind: "role", source: DIEU_LE },
  // Tiers and places written short
  { abbreviation: "TW", expansion: "Trung ương", kind: "qualifier", source: VPTW },
  { abbreviation: "TƯ", expansion: "Trung ương", kind: "qualifier", source: VPTW },
  { abbreviation: "T.Ư", expansion: "Trung ương", kind: "qualifier", source: VPTW },
  { abbreviation: "T.W", expansion: "Trung ương", kind: "qualifier", source: VPTW },
  { abbreviation: "TP", expansion: "thành phố", kind: "qualifier", source: ND_HANH_CHINH },
  { abbreviation: "Tp", expansion: "thành phố", kind: "qualifier", source: ND_HANH_CHINH },
  { abbreviation: "TX", expansion: "thị xã", kind: "qualifier", source: ND_HANH_CHINH },
  { abbreviation: "TPHCM", expansion: "Thành phố Hồ Chí Minh", kind: "qualifier", source: ND_HANH_CHINH },
  { abbreviation: "TP.HCM", expansion: "Thành phố Hồ Chí Minh", kind: "qualifier", source: ND_HANH_CHINH },
  { abbreviation: "TP HCM", expansion: "Thành phố Hồ Chí Minh", kind: "qualifier", source: ND_HANH_CHINH },
  { abbreviation: "TP. HCM", expansion: "Thành phố Hồ Chí Minh", kind: "qualifier", source: ND_HANH_CHINH },
  { abbreviation: "Tp.HCM", expansion: "Thành phố Hồ Chí Minh", kind: "qualifier", source: ND_HANH_CHINH },
  { abbreviation: "TP Hồ Chí Minh", expansion: "Thành phố Hồ Chí Minh", kind: "qualifier", source: ND_HANH_CHINH },
];
