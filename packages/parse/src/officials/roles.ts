import type { Level } from "@vnpol/schema";

/** A post word (chức danh) and how its body is found. */
export interface RoleRule {
  /** The role as the dataset writes it (`Chủ tịch`, `Trưởng Ban`, `Ủy viên Ban Thường vụ`). */
  readonly role: string;
  /** Other spellings (lower case, abbreviations); matching ignores case. */
  readonly aliases: readonly string[];
  /**
   * The body the role itself names, when it does (`Thủ tướng` → Chính phủ, `TUV` → Tỉnh ủy;
   * `Chủ tịch nước` names no body). Absent: the body is read from the words after the role.
   */
  readonly body?: { readonly name: string | null; readonly level: Level | null };
  /** How many of the role's last words also begin its body (`Trưởng Ban` + `Ban Dân vận`…). */
  readonly overlap?: number;
  /** The role alone is a common noun (`đại biểu`, `ủy viên`): a post only with a body after it. */
  readonly needsBody?: boolean;
  /**
   * It heads a local council, committee or Party committee, which the text may name by the tier
   * and place alone (`Chủ tịch xã Trung Hải`, `Bí thư huyện Mường Lát`, `Phó chủ tịch tỉnh`).
   */
  readonly bodyByTier?: boolean;
  /** A ministry's post, whose title may name the ministry by its field alone (`Bộ trưởng Quốc phòng`). */
  readonly bodyByField?: boolean;
  /**
   * The head word of the department it heads, which the title may leave out and name the
   * department by its name alone (`Cục trưởng Thú y` heads Cục Thú y; `Cục phó` is its deputy).
   */
  readonly bodyHead?: string;
  /** An envoy's post, whose title may name the countries of the posting (`Đại sứ Việt Nam tại Nhật Bản`). */
  readonly posted?: boolean;
  /** A post that only other states have (`Tổng thống`, `Quốc vương`): read only with the country after it. */
  readonly foreignOnly?: boolean;
  readonly source: string;
}

const FOREIGN_HEADS = "The heads of other states as the Vietnamese press names them (Tổng thống, the president of a republic; Quốc vương, a king); Vietnam's head of state is the Chủ tịch nước (Hiến pháp 2013, Chương VI)";
const ND_PHONG = "Nghị định 37/2014/NĐ-CP về các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện (phòng: Trưởng phòng, Phó Trưởng phòng)";
const LUAT_GIAO_DUC = "Luật Giáo dục đại học 2012 (08/2012/QH13) và Luật Giáo dục 2019: hiệu trưởng, phó hiệu trưởng";
const DIEU_LE = "Điều lệ Đảng Cộng sản Việt Nam (2011): Tổng Bí thư, Bí thư, Phó Bí thư, Ủy viên Bộ Chính trị, Ban Bí thư, Ban Chấp hành, Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra";
const QD_CHUC_DANH = "Quy định 214-QĐ/TW (2020) về khung tiêu chuẩn chức danh cán bộ thuộc diện Trung ương quản lý";
const HIEN_PHAP = "Hiến pháp 2013: Chủ tịch nước, Thủ tướng Chính phủ, Bộ trưởng, Chánh án, Viện trưởng, Tổng Kiểm toán Nhà nước";
const LUAT_QH = "Luật Tổ chức Quốc hội 2014 (57/2014/QH13): Chủ tịch, Phó Chủ tịch, Tổng Thư ký, Chủ nhiệm Ủy ban, đại biểu Quốc hội, Trưởng đoàn";
const LUAT_CQDP = "Luật Tổ chức chính quyền địa phương 2015 (77/2015/QH13): Chủ tịch, Phó Chủ tịch HĐND và UBND, Trưởng Ban HĐND, Ủy viên";
const LUAT_CB = "Luật Cán bộ, công chức 2008 (22/2008/QH12) và Nghị định 24/2014/NĐ-CP: Giám đốc Sở, Chánh Văn phòng, Chánh Thanh tra, Cục trưởng, Chi cục trưởng, Vụ trưởng";
const ND_PHAT_NGON = "Nghị định 09/2017/NĐ-CP về phát ngôn và cung cấp thông tin cho báo chí: người phát ngôn của Bộ, cơ quan ngang Bộ, UBND tỉnh";
const LUAT_CQDD = "Luật Cơ quan đại diện nước Cộng hòa xã hội chủ nghĩa Việt Nam ở nước ngoài 2009 (33/2009/QH12): Đại sứ đặc mệnh toàn quyền, người đứng đầu cơ quan đại diện";
const LUAT_TAND = "Luật Tổ chức Tòa án nhân dân 2014 (62/2014/QH13), Điều 65–67: Thẩm phán (Thẩm phán cao cấp, trung cấp, sơ cấp)";
const LUAT_CAND = "Luật Công an nhân dân 2018 và Luật Quốc phòng 2018: Giám đốc Công an tỉnh, Tư lệnh, Chính ủy, Chỉ huy trưởng";
const LUAT_BIEN_PHONG = "Luật Biên phòng Việt Nam 2020 (đồn biên phòng, trạm kiểm soát biên phòng: Đồn trưởng, Trạm trưởng)";

/** Post words of the Party, the State, the Front and mass organisations, with their sources. */
export const ROLES: readonly RoleRule[] = [
  // Party
  { role: "Tổng Bí thư", aliases: ["TBT"], body: { name: "Ban Chấp hành Trung ương Đảng", level: "central" }, source: DIEU_LE },
  { role: "Bí thư", aliases: [], bodyByTier: true, source: DIEU_LE },
  { role: "Ủy viên Ban Thường vụ", aliases: ["UVTV", "UVBTV", "UV BTV", "Ủy viên BTV", "Ủy viên Thường vụ", "UV Ban Thường vụ"], source: DIEU_LE },
  // "Thường vụ Tỉnh ủy" after a name: a member of the standing committee of that Party committee, named
  // with it (alone, "Thường vụ" is also the committee: "Thường vụ Tỉnh ủy quyết định", "Ủy ban Thường vụ Quốc hội").
  { role: "Ủy viên Ban Thường vụ", aliases: ["Thường vụ Tỉnh ủy", "Thường vụ Thành ủy", "Thường vụ Huyện ủy", "Thường vụ Quận ủy", "Thường vụ Thị ủy", "Thường vụ Đảng ủy"], overlap: 2, source: DIEU_LE },
  { role: "Ủy viên", aliases: ["UVBCT", "UV BCT"], body: { name: "Bộ Chính trị", level: "central" }, source: DIEU_LE },
  { role: "Ủy viên", aliases: ["UVTW", "UVTƯ", "UV TW", "UV TƯ"], body: { name: "Ban Chấp hành Trung ương Đảng", level: "central" }, source: DIEU_LE },
  { role: "Ủy viên", aliases: ["Tỉnh ủy viên", "TUV"], body: { name: "Tỉnh ủy", level: "province" }, source: DIEU_LE },
  { role: "Ủy viên", aliases: ["Huyện ủy viên", "HUV"], body: { name: "Huyện ủy", level: "district" }, source: DIEU_LE },
  { role: "Ủy viên", aliases: ["Thành ủy viên"], body: { name: "Thành ủy", level: null }, source: DIEU_LE },
  { role: "Ủy viên", aliases: ["Quận ủy viên"], body: { name: "Quận ủy", level: "district" }, source: DIEU_LE },
  { role: "Ủy viên", aliases: ["Đảng ủy viên"], body: { name: "Đảng ủy", level: null }, source: DIEU_LE },
  { role: "Ủy viên", aliases: ["UV"], needsBody: true, source: DIEU_LE },
  { role: "Thường trực", aliases: [], needsBody: true, source: DIEU_LE },
  { role: "Chủ nhiệm", aliases: [], source: DIEU_LE },
  { role: "Trưởng Ban", aliases: [], overlap: 1, source: QD_CHUC_DANH },
  // The press writes the deputy short: `Phó Ban Tuyên giáo Trung ương Phùng Xuân Nhạ`.
  { role: "Phó Trưởng Ban", aliases: ["Phó Ban"], overlap: 1, source: QD_CHUC_DANH },
  { role: "Chánh Văn phòng", aliases: [], overlap: 2, source: LUAT_CB },
  // State
  { role: "Chủ tịch nước", aliases: [], body: { name: null, level: "central" }, source: HIEN_PHAP },
  { role: "Thủ tướng", aliases: ["Thủ tướng Chính phủ"], body: { name: "Chính phủ", level: "central" }, source: HIEN_PHAP },
  { role: "Chủ tịch", aliases: [], bodyByTier: true, source: LUAT_CQDP },
  { role: "Tổng Thư ký", aliases: [], source: LUAT_QH },
  { role: "Đại biểu", aliases: ["ĐBQH", "Đại biểu Quốc hội"], body: { name: "Quốc hội", level: "central" }, source: LUAT_QH },
  // `ĐB`, as reports of the National Assembly's sittings write it: with a body (`ĐB HĐND tỉnh`), or see `deputy.ts`.
  { role: "Đại biểu", aliases: ["ĐB"], needsBody: true, source: LUAT_CQDP },
  { role: "Trưởng Đoàn", aliases: ["Trưởng đoàn"], overlap: 1, source: LUAT_QH },
  { role: "Bộ trưởng", aliases: [], bodyByField: true, source: HIEN_PHAP },
  { role: "Thứ trưởng", aliases: [], bodyByField: true, source: LUAT_CB },
  { role: "Chánh án", aliases: [], source: HIEN_PHAP },
  { role: "Thẩm phán", aliases: ["Thẩm phán cao cấp", "Thẩm phán trung cấp", "Thẩm phán sơ cấp"], source: LUAT_TAND },
  { role: "Viện trưởng", aliases: [], source: HIEN_PHAP },
  { role: "Tổng Kiểm toán Nhà nước", aliases: ["Tổng Kiểm toán"], body: { name: "Kiểm toán Nhà nước", level: "central" }, source: HIEN_PHAP },
  { role: "Tổng Thanh tra Nhà nước", aliases: [], body: { name: "Thanh tra Nhà nước", level: "central" }, source: "Pháp lệnh Thanh tra 1990: Tổng Thanh tra Nhà nước" },
  { role: "Tổng Thanh tra Chính phủ", aliases: ["Tổng Thanh tra"], body: { name: "Thanh tra Chính phủ", level: "central" }, source: LUAT_CB },
  { role: "Thống đốc", aliases: [], source: LUAT_CB },
  { role: "Giám đốc", aliases: [], source: LUAT_CB },
  { role: "Tổng Giám đốc", aliases: [], source: LUAT_CB },
  { role: "Tổng cục trưởng", aliases: [], bodyHead: "Tổng cục", source: LUAT_CB },
  { role: "Cục trưởng", aliases: [], bodyHead: "Cục", source: LUAT_CB },
  { role: "Phó Cục trưởng", aliases: ["Cục phó"], bodyHead: "Cục", source: LUAT_CB },
  { role: "Chi cục trưởng", aliases: [], bodyHead: "Chi cục", source: LUAT_CB },
  { role: "Phó Chi cục trưởng", aliases: ["Chi cục phó"], bodyHead: "Chi cục", source: LUAT_CB },
  { role: "Vụ trưởng", aliases: [], bodyHead: "Vụ", source: LUAT_CB },
  { role: "Phó Vụ trưởng", aliases: ["Vụ phó"], bodyHead: "Vụ", source: LUAT_CB },
  { role: "Trưởng phòng", aliases: [], overlap: 1, source: ND_PHONG },
  { role: "Phó Trưởng phòng", aliases: ["Phó phòng"], overlap: 1, source: ND_PHONG },
  // The body is the inspectorate the title names: `Chánh Thanh tra Bộ Xây dựng` heads `Thanh tra Bộ Xây dựng`.
  { role: "Chánh Thanh tra", aliases: [], overlap: 2, source: LUAT_CB },
  { role: "Trưởng Công an", aliases: [], overlap: 2, source: LUAT_CAND },
  { role: "Tư lệnh", aliases: [], source: LUAT_CAND },
  // The commander-in-chief of the People's Army (`nguyên Tổng Tư lệnh Quân đội nhân dân VN`), a title of the war years.
  { role: "Tổng Tư lệnh", aliases: [], source: LUAT_CAND },
  { role: "Chính ủy", aliases: [], source: LUAT_CAND },
  { role: "Chỉ huy trưởng", aliases: [], source: LUAT_CAND },
  { role: "Tham mưu trưởng", aliases: [], source: LUAT_CAND },
  // The heads of border posts and checkpoints (`Đồn trưởng Đồn Biên phòng Cửa khẩu quốc tế Lao Bảo`, `Trạm trưởng Trạm
  // Kiểm soát Biên phòng Sa Kỳ`), each heading the unit its head word names. (`Đội trưởng` is not read: it heads a
  // company's, a volunteers' or a sports team as often as a police team, and only the unit after it would tell.)
  { role: "Đồn trưởng", aliases: [], bodyHead: "Đồn", source: LUAT_BIEN_PHONG },
  { role: "Trạm trưởng", aliases: [], bodyHead: "Trạm", source: LUAT_BIEN_PHONG },
  { role: "Tổng Tham mưu trưởng", aliases: [], body: { name: "Quân đội nhân dân Việt Nam", level: "central" }, source: LUAT_CAND },
  { role: "Hiệu trưởng", aliases: [], source: LUAT_GIAO_DUC },
  { role: "Phó Hiệu trưởng", aliases: ["Hiệu phó"], source: LUAT_GIAO_DUC },
  { role: "Đại sứ", aliases: ["Đại sứ đặc mệnh toàn quyền"], posted: true, source: LUAT_CQDD },
  // Heads of other states, named with their country (`Tổng thống Pháp Jacques Chirac`, `Quốc vương Campuchia Norodom Sihamoni`).
  { role: "Tổng thống", aliases: [], body: { name: null, level: null }, foreignOnly: true, source: FOREIGN_HEADS },
  { role: "Quốc vương", aliases: [], body: { name: null, level: null }, foreignOnly: true, source: FOREIGN_HEADS },
  { role: "Người phát ngôn", aliases: ["Phát ngôn viên", "Phát ngôn"], needsBody: true, source: ND_PHAT_NGON },
];

/** Words before a role that change it: `Phó Chủ tịch`, `Quyền Giám đốc`. Source: {@link QD_CHUC_DANH}. */
export const ROLE_PREFIXES: readonly (readonly [string, string])[] = [
  ["phó", "Phó"],
  ["quyền", "Quyền"],
];

/**
 * Words after a role that qualify it: `Phó Bí thư Thường trực`, `Ủy viên dự khuyết` (source:
 * {@link DIEU_LE}); `Chủ tịch danh dự`, the honorary chair an association's charter may name
 * beside its chair, a post of its own.
 */
export const ROLE_SUFFIXES: readonly (readonly [string, string])[] = [
  ["thường trực", "Thường trực"],
  ["dự khuyết", "dự khuyết"],
  ["chuyên trách", "chuyên trách"],
  ["thứ nhất", "thứ nhất"],
  ["danh dự", "danh dự"],
];

/** Words before a role that mark it as held before (`nguyên Chủ tịch nước`, `cựu`; `cố` for the late). */
export const FORMER_MARKERS: readonly string[] = ["nguyên", "cố", "cựu", "nguyên là"];
