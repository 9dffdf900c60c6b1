import type { Level, OrganizationClassification } from "@vnpol/schema";

/**
 * How a body's name goes on in text:
 * - `committee`: a Party committee of a place, which may name the place (`Tỉnh ủy Hà Tĩnh`,
 *   `Đảng ủy xã Yên Hồ`) and may be the parent of an organ (`Ban Dân vận Tỉnh ủy`);
 * - `local`: a body found at several tiers, fixed by a tier word (`HĐND huyện`), a parent
 *   (`Ban Dân vận Tỉnh ủy`, `Ban Dân vận Trung ương`) or nothing;
 * - `national`: one body of the whole country; nothing follows.
 */
export type BodyScope = "committee" | "local" | "national";

/** One body: its full name, the ways the text writes it, what kind it is, and where that is stated. */
export interface BodyRule {
  /** Full name, new-style spelling, as Vietnamese writes it. */
  readonly name: string;
  /** Other spellings: abbreviations and partial abbreviations (`HĐND`, `Ủy ban MTTQ`). */
  readonly aliases: readonly string[];
  readonly classification: OrganizationClassification;
  /** Fixed tier, or null when what follows decides. */
  readonly level: Level | null;
  readonly scope: BodyScope;
  /** A bare mention is too generic to be a body (`Công an` alone is "the police"). */
  readonly needsQualifier?: boolean;
  /**
   * Written with its second word in lower case, it names another kind of committee unless what it
   * serves follows: `Ban tổ chức Festival Biển` (an event's organisers), but `Ban tổ chức Tỉnh ủy`.
   */
  readonly needsQualifierInLowerCase?: boolean;
  /**
   * A committee of any unit, a place or an organisation (`Đảng ủy Đại học Huế`, `Chi bộ Trường ĐH
   * Bán công`): only a province's or central city's name from the table is read as its place,
   * and the place gives no level.
   */
  readonly placeFromTableOnly?: boolean;
  /**
   * A national force with a command in each province (`Bộ đội Biên phòng tỉnh Bình Phước`): a
   * tier word and place after it name that command, which has the tier's level.
   */
  readonly unitsByTier?: boolean;
  /**
   * A body named by the city where it sits (`Tòa án nhân dân cấp cao tại Hà Nội`): `tại` and the
   * city after it belong to its name and give its place.
   */
  readonly seated?: boolean;
  /** A body only other countries have (`Hạ viện`, a lower house): read only with the country named after it (`Hạ viện Mỹ`). */
  readonly foreignOnly?: boolean;
  readonly source: string;
}

const DIEU_LE = "Điều lệ Đảng Cộng sản Việt Nam (2011): cấp ủy các cấp, Bộ Chính trị, Ban Bí thư, Ban Thường vụ, Ủy ban Kiểm tra";
const QD_KHOI_TW = "Quyết định 47-QĐ/TW ngày 11/4/2007 của Bộ Chính trị: thành lập Đảng bộ Khối các cơ quan Trung ương (đến 2025)";
const QD_DANG_BO_TW = "Quyết định của Bộ Chính trị về thành lập bốn đảng bộ trực thuộc Trung ương, công bố ngày 3/2/2025: Đảng bộ các cơ quan Đảng Trung ương, Đảng bộ Chính phủ, Đảng bộ Quốc hội, Đảng bộ Mặt trận Tổ quốc Việt Nam, các đoàn thể Trung ương";
const QD_CO_QUAN = "Quy định 04-QĐi/TW (2018) về cơ quan chuyên trách tham mưu, giúp việc tỉnh ủy, thành ủy (Ban Tổ chức, Ban Tuyên giáo, Ban Dân vận, Ban Nội chính, Văn phòng); Điều lệ Đảng (2011) cho các ban Trung ương";
const HIEN_PHAP = "Hiến pháp 2013, Chương V-IX (Quốc hội, Chủ tịch nước, Chính phủ, Tòa án, Viện Kiểm sát, Kiểm toán Nhà nước)";
const NQ_CO_CAU_2002 = "Nghị quyết 02/2002/QH11 về cơ cấu tổ chức của Chính phủ (cơ quan ngang bộ, 2002–2007)";
const TB_BAN_ATGT = "Thông báo 9/TB-VPCP ngày 10/01/2022 của Văn phòng Chính phủ (Ban An toàn giao thông của 63 tỉnh, thành phố trực thuộc trung ương, thành viên hội nghị của Ủy ban An toàn giao thông Quốc gia)";
const QD_ATGT = "Quyết định 917/1997/QĐ-TTg ngày 29/10/1997 của Thủ tướng Chính phủ về việc thành lập Ủy ban An toàn giao thông Quốc gia";
const LUAT_THANH_TRA_CO_QUAN = "Luật Thanh tra 2010 (56/2010/QH12): cơ quan thanh tra nhà nước (Thanh tra Chính phủ, Thanh tra bộ, Thanh tra tỉnh, Thanh tra sở, Thanh tra huyện)";
const LUAT_THANH_TRA = "Luật Thanh tra 2010 (56/2010/QH12), Chương V: Ban thanh tra nhân dân ở xã, phường, thị trấn và ở cơ quan, đơn vị";
const LUAT_BAU_CU = "Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân 2015 (85/2015/QH13): Hội đồng bầu cử quốc gia, Ủy ban bầu cử ở tỉnh, huyện, xã";
const LUAT_QH = "Luật Tổ chức Quốc hội 2014 (57/2014/QH13): Ủy ban Thường vụ Quốc hội, Hội đồng Dân tộc, các Ủy ban, Đoàn đại biểu Quốc hội";
const LUAT_QH_UBTV = "Luật Tổ chức Quốc hội 2014 (57/2014/QH13): các cơ quan thuộc Ủy ban Thường vụ Quốc hội (Ban Công tác đại biểu, Ban Dân nguyện, Viện Nghiên cứu lập pháp)";
const LUAT_CQDP = "Luật Tổ chức chính quyền địa phương 2015 (77/2015/QH13): Hội đồng nhân dân, Thường trực và các Ban của HĐND, Ủy ban nhân dân";
const LUAT_MTTQ = "Luật Mặt trận Tổ quốc Việt Nam 2015 (75/2015/QH13): Ủy ban Mặt trận các cấp, tổ chức chính trị - xã hội thành viên";
const DIEU_LE_HOI = "Điều lệ Hội Liên hiệp Thanh niên Việt Nam và Điều lệ Hội Người cao tuổi Việt Nam (tên và hệ thống tổ chức: Trung ương, tỉnh, huyện, xã); Luật Mặt trận Tổ quốc Việt Nam 2015, thành viên của Mặt trận";
const DIEU_LE_DOAN_THE = "Điều lệ Công đoàn, Hội Nông dân, Hội Cựu chiến binh, Hội LHPN, Đoàn TNCS Hồ Chí Minh (tên và hệ thống tổ chức)";
const QD_KHOI = "Quyết định 23-QĐ/TW (2021) ban hành Quy chế công tác dân vận của hệ thống chính trị: Khối Dân vận";
const LUAT_CA = "Luật Công an nhân dân 2018 (37/2018/QH14): Công an tỉnh, huyện, xã";
const LUAT_QS = "Luật Quốc phòng 2018 (22/2018/QH14): Bộ Chỉ huy Quân sự tỉnh, Ban Chỉ huy Quân sự huyện";
const DIEU_LE_VAVA = "Điều lệ Hội Nạn nhân chất độc da cam/dioxin Việt Nam (tên và hệ thống tổ chức; Hội thành lập năm 2004)";
const ND_DHQG = "Nghị định 186/2013/NĐ-CP về đại học quốc gia (Đại học Quốc gia Hà Nội và Đại học Quốc gia Thành phố Hồ Chí Minh, trực thuộc Chính phủ)";
const LUAT_THADS = "Luật Thi hành án dân sự 2008 (26/2008/QH12), Điều 13: Tổng cục Thi hành án dân sự, Cục Thi hành án dân sự tỉnh, Chi cục Thi hành án dân sự huyện";
const FOREIGN_CHAMBERS = "The chambers of other countries' parliaments as the Vietnamese press names them (Hạ viện, the lower house; Thượng viện, the upper house); Vietnam's Quốc hội has one (Hiến pháp 2013, Chương V)";
const LUAT_THI_DUA = "Luật Thi đua, Khen thưởng 2003 (15/2003/QH11): Hội đồng Thi đua - Khen thưởng Trung ương và các cấp, cơ quan làm công tác thi đua, khen thưởng";
// How the press writes `Thi đua - Khen thưởng` (corpus).
const THI_DUA_FORMS = ["Thi đua - Khen thưởng", "Thi đua-Khen thưởng", "Thi đua- Khen thưởng", "Thi đua – Khen thưởng", "Thi đua Khen thưởng", "Thi đua khen thưởng", "TĐKT"];
const LUAT_BHXH = "Luật Bảo hiểm xã hội 2014 (58/2014/QH13): cơ quan bảo hiểm xã hội (Bảo hiểm xã hội Việt Nam, Bảo hiểm xã hội tỉnh, huyện)";
const LUAT_TOA_CAP_CAO = "Luật Tổ chức Tòa án nhân dân 2014 (62/2014/QH13) and Luật Tổ chức Viện Kiểm sát nhân dân 2014 (63/2014/QH13): Tòa án nhân dân cấp cao, Viện kiểm sát nhân dân cấp cao";
const LUAT_TOA = "Luật Tổ chức Tòa án nhân dân 2014 (62/2014/QH13); Luật Tổ chức Viện Kiểm sát nhân dân 2014 (63/2014/QH13)";

/** Bodies of the political system, with every way the text writes them. */
export const BODIES: readonly BodyRule[] = [
  // Party committees
  // The Party itself, under its names since 1930 (Điều lệ Đảng: Đảng Cộng sản Đông Dương 1930–1951, Đảng Lao động Việt Nam 1951–1976).
  { name: "Đảng Cộng sản Việt Nam", aliases: ["ĐCSVN", "Đảng CSVN"], classification: "party", level: "central", scope: "national", source: DIEU_LE },
  { name: "Đảng Lao động Việt Nam", aliases: [], classification: "party", level: "central", scope: "national", source: DIEU_LE },
  { name: "Đảng Cộng sản Đông Dương", aliases: [], classification: "party", level: "central", scope: "national", source: DIEU_LE },
  { name: "Ban Chấp hành Trung ương Đảng", aliases: ["Ban Chấp hành Trung ương", "Trung ương Đảng", "BCH Trung ương", "BCHTW", "BCHTƯ", "BCHT.Ư"], classification: "party-committee", level: "central", scope: "national", source: DIEU_LE },
  { name: "Bộ Chính trị", aliases: ["BCT"], classification: "party-committee", level: "central", scope: "national", source: DIEU_LE },
  { name: "Ban Bí thư", aliases: ["BBT", "Ban Bí thư Trung ương Đảng"], classification: "party-committee", level: "central", scope: "national", source: DIEU_LE },
  { name: "Tỉnh ủy", aliases: [], classification: "party-committee", level: "province", scope: "committee", source: DIEU_LE },
  { name: "Thành ủy", aliases: [], classification: "party-committee", level: null, scope: "committee", source: DIEU_LE },
  { name: "Huyện ủy", aliases: [], classification: "party-committee", level: "district", scope: "committee", source: DIEU_LE },
  { name: "Quận ủy", aliases: [], classification: "party-committee", level: "district", scope: "committee", source: DIEU_LE },
  { name: "Thị ủy", aliases: [], classification: "party-committee", level: "district", scope: "committee", source: DIEU_LE },
  { name: "Đảng ủy", aliases: [], classification: "party-committee", level: null, scope: "committee", placeFromTableOnly: true, source: DIEU_LE },
  { name: "Ban Chấp hành Đảng bộ", aliases: ["BCH Đảng bộ"], classification: "party-committee", level: null, scope: "local", source: DIEU_LE },
  // The Party's organisation of a tier or unit, with its place or unit (`Đảng bộ tỉnh Nam Định`, `Đảng bộ TPHCM`); bare, it is any.
  { name: "Đảng bộ", aliases: [], classification: "party-committee", level: null, scope: "local", needsQualifier: true, source: DIEU_LE },
  { name: "Ban Thường vụ", aliases: ["BTV"], classification: "party-committee", level: null, scope: "local", source: DIEU_LE },
  // Written without `Ban` only before the committee it serves (`Thường vụ Tỉnh ủy Tiền Giang`); `Ban Thường vụ` above keeps its own reading.
  { name: "Ban Thường vụ", aliases: ["Thường vụ"], classification: "party-committee", level: null, scope: "local", needsQualifier: true, source: DIEU_LE },
  // Organs of Party committees
  { name: "Ủy ban Kiểm tra", aliases: ["UBKT"], classification: "party-agency", level: null, scope: "local", source: DIEU_LE },
  { name: "Ủy ban Kiểm tra Trung ương", aliases: ["UBKTTW", "UBKT Trung ương"], classification: "party-agency", level: "central", scope: "national", source: DIEU_LE },
  { name: "Ban Dân vận", aliases: ["BDV", "Ban Dân Vận", "Ban Dận vận"], classification: "party-agency", level: null, scope: "local", source: QD_CO_QUAN },
  { name: "Ban Dân vận Trung ương", aliases: ["BDVTW"], classification: "party-agency", level: "central", scope: "national", source: QD_CO_QUAN },
  { name: "Ban Tổ chức", aliases: [], classification: "party-agency", level: null, scope: "local", needsQualifier: true, source: QD_CO_QUAN },
  { name: "Ban Tổ chức Trung ương", aliases: ["BTCTW"], classification: "party-agency", level: "central", scope: "national", source: QD_CO_QUAN },
  { name: "Ban Tuyên giáo", aliases: [], classification: "party-agency", level: null, scope: "local", source: QD_CO_QUAN },
  { name: "Ban Tuyên giáo Trung ương", aliases: ["BTGTW"], classification: "party-agency", level: "central", scope: "national", source: QD_CO_QUAN },
  // The Party's central committee for science and education until 2007, when it and Ban Tư tưởng - Văn hóa Trung ương became Ban Tuyên giáo Trung ương.
  { name: "Ban Khoa giáo Trung ương", aliases: [], classification: "party-agency", level: "central", scope: "national", source: "Quyết định của Bộ Chính trị năm 2007: hợp nhất Ban Tư tưởng - Văn hóa Trung ương và Ban Khoa giáo Trung ương thành Ban Tuyên giáo Trung ương" },
  { name: "Ban Tuyên giáo và Dân vận", aliases: [], classification: "party-agency", level: null, scope: "local", source: QD_CO_QUAN },
  { name: "Ban Tư tưởng - Văn hóa", aliases: ["Ban Tư tưởng – Văn hóa", "Ban Tư tưởng Văn hóa"], classification: "party-agency", level: null, scope: "local", source: QD_CO_QUAN },
  { name: "Ban Nội chính", aliases: [], classification: "party-agency", level: null, scope: "local", source: QD_CO_QUAN },
  { name: "Ban Kinh tế", aliases: [], classification: "party-agency", level: null, scope: "local", source: QD_CO_QUAN },
  { name: "Ban Đối ngoại", aliases: [], classification: "party-agency", level: null, scope: "local", source: QD_CO_QUAN },
  { name: "Ban Chính sách, chiến lược", aliases: [], classification: "party-agency", level: null, scope: "local", source: QD_CO_QUAN },
  { name: "Ban Bảo vệ, chăm sóc sức khỏe cán bộ", aliases: [], classification: "party-agency", level: null, scope: "local", source: QD_CO_QUAN },
  { name: "Văn phòng Trung ương Đảng", aliases: ["VPTW"], classification: "party-agency", level: "central", scope: "national", source: QD_CO_QUAN },
  { name: "Đảng đoàn", aliases: [], classification: "party-agency", level: null, scope: "local", source: DIEU_LE },
  { name: "Ban cán sự đảng", aliases: ["Ban cán sự Đảng", "Ban Cán sự Đảng"], classification: "party-agency", level: null, scope: "local", source: DIEU_LE },
  { name: "Chi bộ", aliases: [], classification: "party-committee", level: null, scope: "committee", placeFromTableOnly: true, source: DIEU_LE },
  { name: "Quân ủy Trung ương", aliases: ["Đảng ủy Quân sự Trung ương", "QUTW"], classification: "party-committee", level: "central", scope: "national", source: DIEU_LE },
  // The same commission's name until 1961 (`Tổng quân uỷ họp quyết định chủ trương tác chiến tại Điện Biên Phủ`).
  { name: "Tổng Quân ủy", aliases: ["Tổng quân ủy"], classification: "party-committee", level: "central", scope: "national", source: "Nghị quyết của Bộ Chính trị tháng 1/1961: Tổng Quân ủy đổi tên thành Quân ủy Trung ương" },
  { name: "Đảng ủy Công an Trung ương", aliases: [], classification: "party-committee", level: "central", scope: "national", source: DIEU_LE },
  { name: "Đảng ủy Khối các cơ quan Trung ương", aliases: [], classification: "party-committee", level: "central", scope: "national", source: QD_KHOI_TW },
  { name: "Đảng ủy các cơ quan Đảng Trung ương", aliases: [], classification: "party-committee", level: "central", scope: "national", source: QD_DANG_BO_TW },
  { name: "Đảng ủy Mặt trận Tổ quốc Việt Nam, các đoàn thể Trung ương", aliases: ["Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương", "Đảng ủy MTTQ Việt Nam, các đoàn thể Trung ương", "Đảng ủy MTTQ, các đoàn thể Trung ương"], classification: "party-committee", level: "central", scope: "national", source: QD_DANG_BO_TW },
  { name: "Văn phòng Chủ tịch nước", aliases: [], classification: "head-of-state", level: "central", scope: "national", source: HIEN_PHAP },
  { name: "Văn phòng Quốc hội", aliases: [], classification: "legislature", level: "central", scope: "national", source: HIEN_PHAP },
  // The committee for the Vietnamese abroad, as its name has been written since the 1990s.
  {
    name: "Ủy ban Nhà nước về người Việt Nam ở nước ngoài",
    aliases: ["Ủy ban về người Việt Nam ở nước ngoài", "Ủy ban Về người Việt Nam ở nước ngoài", "Ủy ban Về Người Việt Nam ở nước ngoài", "Ủy ban người Việt Nam ở nước ngoài", "Ủy ban Người Việt Nam ở nước ngoài", "Ủy ban NVNONN"],
    classification: "state-agency",
    level: "central",
    scope: "national",
    source: "Ủy ban Nhà nước về người Việt Nam ở nước ngoài, cơ quan thuộc Bộ Ngoại giao (trước đó Ủy ban về người Việt Nam ở nước ngoài)",
  },
  // Committees of the Government, named with it: `Trưởng Ban Tôn giáo Chính phủ Ngô Yên Thi`.
  { name: "Ban Tôn giáo Chính phủ", aliases: ["Ban Tôn giáo của Chính phủ"], classification: "state-agency", level: "central", scope: "national", source: "Pháp lệnh Tín ngưỡng, tôn giáo 2004 (21/2004/PL-UBTVQH11): cơ quan quản lý nhà nước về tôn giáo ở trung ương" },
  { name: "Ban Cơ yếu Chính phủ", aliases: ["Ban Cơ yếu của Chính phủ"], classification: "state-agency", level: "central", scope: "national", source: "Luật Cơ yếu 2011 (05/2011/QH13): Ban Cơ yếu Chính phủ" },
  { name: "Văn phòng Chính phủ", aliases: [], classification: "government", level: "central", scope: "national", source: HIEN_PHAP },
  { name: "Văn phòng", aliases: [], classification: "other", level: null, scope: "local", needsQualifier: true, source: QD_CO_QUAN },
  { name: "Hội Chữ thập đỏ", aliases: [], classification: "other", level: null, scope: "local", source: "Luật Hoạt động chữ thập đỏ 2008 (11/2008/QH12)" },
  { name: "Hội Chữ thập đỏ Việt Nam", aliases: [], classification: "other", level: "central", scope: "national", source: "Luật Hoạt động chữ thập đỏ 2008 (11/2008/QH12)" },
  { name: "Hội Nạn nhân chất độc da cam/dioxin", aliases: ["Hội Nạn nhân chất độc da cam"], classification: "other", level: null, scope: "local", source: DIEU_LE_VAVA },
  { name: "Hội Nạn nhân chất độc da cam/dioxin Việt Nam", aliases: ["Hội Nạn nhân chất độc da cam Việt Nam"], classification: "other", level: "central", scope: "national", source: DIEU_LE_VAVA },
  { name: "Hội Kiến trúc sư", aliases: [], classification: "other", level: null, scope: "local", source: "Điều lệ Hội Kiến trúc sư Việt Nam (tên và hệ thống tổ chức)" },
  { name: "Hội Kiến trúc sư Việt Nam", aliases: [], classification: "other", level: "central", scope: "national", source: "Điều lệ Hội Kiến trúc sư Việt Nam (tên và hệ thống tổ chức)" },
  { name: "Phòng Thương mại và Công nghiệp Việt Nam", aliases: ["Phòng Thương mại - Công nghiệp Việt Nam", "Phòng Thương mại – Công nghiệp Việt Nam", "Phòng Thương mại Công nghiệp Việt Nam", "VCCI"], classification: "other", level: "central", scope: "national", source: "Điều lệ Phòng Thương mại và Công nghiệp Việt Nam (tên và hệ thống tổ chức)" },
  { name: "Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam", aliases: ["Liên hiệp các hội khoa học và kỹ thuật Việt Nam", "Liên hiệp các hội khoa học kỹ thuật Việt Nam", "Liên hiệp các Hội Khoa học Kỹ thuật Việt Nam", "VUSTA"], classification: "other", level: "central", scope: "national", source: "Điều lệ Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam (tên và hệ thống tổ chức)" },
  { name: "Học viện Chính trị quốc gia Hồ Chí Minh", aliases: ["Học viện Chính trị Quốc gia Hồ Chí Minh", "Học viện chính trị quốc gia Hồ Chí Minh", "Học viện Chính trị - Hành chính quốc gia Hồ Chí Minh", "Học viện Chính trị – Hành chính quốc gia Hồ Chí Minh"], classification: "party-agency", level: "central", scope: "national", source: "Nghị định 48/2014/NĐ-CP (chức năng, nhiệm vụ và cơ cấu tổ chức của Học viện Chính trị quốc gia Hồ Chí Minh; tên Học viện Chính trị - Hành chính quốc gia Hồ Chí Minh 2007–2014)" },
  { name: "Khối Dân vận", aliases: [], classification: "other", level: null, scope: "local", source: QD_KHOI },
  // Legislature
  { name: "Quốc hội", aliases: ["QH"], classification: "legislature", level: "central", scope: "national", source: HIEN_PHAP },
  // A company's board (`Chủ tịch HĐQT Tập đoàn …`): no body of the State, but the body of the post after it, so that a
  // company's chair is not read as a bare `Chủ tịch`. The company it leads is not read.
  { name: "Hội đồng quản trị", aliases: ["HĐQT"], classification: "other", level: null, scope: "national", source: "Luật Doanh nghiệp 2020 (59/2020/QH14): Hội đồng quản trị của công ty cổ phần; Chủ tịch Hội đồng quản trị" },
  { name: "Hạ viện", aliases: [], classification: "legislature", level: null, scope: "national", foreignOnly: true, source: FOREIGN_CHAMBERS },
  { name: "Thượng viện", aliases: [], classification: "legislature", level: null, scope: "national", foreignOnly: true, source: FOREIGN_CHAMBERS },
  { name: "Ủy ban Thường vụ Quốc hội", aliases: ["UBTVQH", "Ủy ban Thường vụ QH", "Thường vụ Quốc hội", "Thường vụ QH"], classification: "legislature", level: "central", scope: "national", source: LUAT_QH },
  { name: "Hội đồng Dân tộc của Quốc hội", aliases: ["Hội đồng Dân tộc"], classification: "legislature", level: "central", scope: "national", source: LUAT_QH },
  { name: "Ủy ban Pháp luật của Quốc hội", aliases: ["Ủy ban Pháp luật"], classification: "legislature", level: "central", scope: "national", source: LUAT_QH },
  { name: "Ủy ban Tư pháp của Quốc hội", aliases: ["Ủy ban Tư pháp"], classification: "legislature", level: "central", scope: "national", source: LUAT_QH },
  { name: "Ủy ban Kinh tế của Quốc hội", aliases: ["Ủy ban Kinh tế"], classification: "legislature", level: "central", scope: "national", source: LUAT_QH },
  { name: "Ủy ban Kinh tế và Ngân sách của Quốc hội", aliases: ["Ủy ban Kinh tế và Ngân sách", "Ủy ban Kinh tế - Ngân sách", "Ủy ban Kinh tế ngân sách"], classification: "legislature", level: "central", scope: "national", source: "Luật Tổ chức Quốc hội 2001 (30/2001/QH10), Ủy ban Kinh tế và Ngân sách của Quốc hội khóa XI" },
  { name: "Ủy ban Tài chính - Ngân sách của Quốc hội", aliases: ["Ủy ban Tài chính - Ngân sách", "Ủy ban Tài chính, Ngân sách", "Ủy ban Tài chính – Ngân sách"], classification: "legislature", level: "central", scope: "national", source: LUAT_QH },
  { name: "Ủy ban Quốc phòng và An ninh của Quốc hội", aliases: ["Ủy ban Quốc phòng và An ninh"], classification: "legislature", level: "central", scope: "national", source: LUAT_QH },
  { name: "Ủy ban Đối ngoại của Quốc hội", aliases: ["Ủy ban Đối ngoại"], classification: "legislature", level: "central", scope: "national", source: LUAT_QH },
  { name: "Ủy ban Các vấn đề xã hội của Quốc hội", aliases: ["Ủy ban Các vấn đề xã hội", "Ủy ban Về các vấn đề xã hội", "Ủy ban về các vấn đề xã hội"], classification: "legislature", level: "central", scope: "national", source: LUAT_QH },
  { name: "Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội", aliases: ["Ủy ban Khoa học, Công nghệ và Môi trường", "Ủy ban Khoa học - Công nghệ và Môi trường", "Ủy ban Khoa học Công nghệ - Môi trường", "Ủy ban Khoa học Công nghệ và Môi trường"], classification: "legislature", level: "central", scope: "national", source: LUAT_QH },
  { name: "Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng của Quốc hội", aliases: ["Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng", "Ủy ban Văn hóa - Giáo dục, Thanh niên, Thiếu niên và Nhi đồng", "Ủy ban Văn hóa - Giáo dục - Thanh niên, Thiếu niên và Nhi đồng"], classification: "legislature", level: "central", scope: "national", source: LUAT_QH },
  { name: "Ban Công tác đại biểu", aliases: ["Ban Công tác đại biểu của Ủy ban Thường vụ Quốc hội", "Ban Công tác đại biểu của Quốc hội", "Ban Công tác đại biểu Quốc hội"], classification: "legislature", level: "central", scope: "national", source: LUAT_QH_UBTV },
  { name: "Ban Dân nguyện", aliases: ["Ban Dân nguyện của Ủy ban Thường vụ Quốc hội", "Ban Dân nguyện của Quốc hội", "Ban Dân nguyện Quốc hội"], classification: "legislature", level: "central", scope: "national", source: LUAT_QH_UBTV },
  { name: "Viện Nghiên cứu lập pháp", aliases: ["Viện Nghiên cứu Lập pháp"], classification: "legislature", level: "central", scope: "national", source: LUAT_QH_UBTV },
  { name: "Đoàn đại biểu Quốc hội", aliases: ["Đoàn ĐBQH", "Đoàn Đại biểu Quốc hội"], classification: "legislature", level: "province", scope: "local", source: LUAT_QH },
  // Elections
  { name: "Hội đồng bầu cử quốc gia", aliases: ["HĐBCQG"], classification: "state-agency", level: "central", scope: "national", source: LUAT_BAU_CU },
  { name: "Ủy ban bầu cử", aliases: [], classification: "state-agency", level: null, scope: "local", source: LUAT_BAU_CU },
  // Before 2015, the council that ran the election of a people's council at each tier (`Hội đồng bầu cử TP Đà Nẵng`, 2004).
  { name: "Hội đồng bầu cử", aliases: [], classification: "state-agency", level: null, scope: "local", needsQualifier: true, source: "Luật Bầu cử đại biểu Hội đồng nhân dân 2003 (12/2003/QH11): Hội đồng bầu cử ở tỉnh, huyện, xã" },
  // Citizens' inspection
  { name: "Ban Thanh tra nhân dân", aliases: [], classification: "other", level: null, scope: "local", source: LUAT_THANH_TRA },
  // Government and local government
  { name: "Chính phủ", aliases: [], classification: "government", level: "central", scope: "national", source: HIEN_PHAP },
  // The government of the Republic of South Vietnam until reunification: another state's, so of no level of today's system.
  {
    name: "Chính phủ Cách mạng lâm thời Cộng hòa miền Nam Việt Nam",
    aliases: ["Chính phủ Cách mạng lâm thời Cộng hòa miền Nam VN", "Chính phủ Cách mạng lâm thời"],
    classification: "government",
    level: null,
    scope: "national",
    source: "Đại hội đại biểu quốc dân miền Nam Việt Nam (tháng 6/1969) lập Chính phủ Cách mạng lâm thời Cộng hòa miền Nam Việt Nam; Quốc hội khóa VI (7/1976) thống nhất hai miền thành nước Cộng hòa xã hội chủ nghĩa Việt Nam",
  },
  // The government's name from 1981 to 1992, whose chairman headed it (`Chủ tịch Hội đồng Bộ trưởng Phạm Văn Đồng`).
  { name: "Hội đồng Bộ trưởng", aliases: [], classification: "government", level: "central", scope: "national", source: "Hiến pháp 1980, Chương VIII: Hội đồng Bộ trưởng" },
  { name: "Ủy ban An toàn giao thông Quốc gia", aliases: ["Ủy ban An toàn giao thông", "Ủy ban ATGT Quốc gia", "UBATGTQG"], classification: "state-agency", level: "central", scope: "national", source: QD_ATGT },
  { name: "Ban An toàn giao thông", aliases: ["Ban ATGT"], classification: "state-agency", level: null, scope: "local", source: TB_BAN_ATGT },
  { name: "Hội đồng nhân dân", aliases: ["HĐND"], classification: "peoples-council", level: null, scope: "local", source: LUAT_CQDP },
  { name: "Thường trực Hội đồng nhân dân", aliases: ["Thường trực HĐND", "TT HĐND"], classification: "peoples-council", level: null, scope: "local", source: LUAT_CQDP },
  // The committees of a people's council (Luật Tổ chức chính quyền địa phương 2015, Điều 18, 25, 32, 39, 46, 53, 60, 67, 74)
  { name: "Ban Kinh tế - Ngân sách", aliases: ["Ban Kinh tế – Ngân sách", "Ban Kinh tế và Ngân sách", "Ban Kinh tế & Ngân sách", "Ban Kinh tế, Ngân sách", "Ban Kinh tế ngân sách"], classification: "peoples-council", level: null, scope: "local", source: LUAT_CQDP },
  { name: "Ban Văn hóa - Xã hội", aliases: ["Ban Văn hóa – Xã hội", "Ban Văn hóa và Xã hội", "Ban Văn hóa, Xã hội", "Ban Văn hoá - Xã hội", "Ban Văn hoá – Xã hội", "Ban Văn hóa xã hội", "Ban Văn hoá xã hội"], classification: "peoples-council", level: null, scope: "local", source: LUAT_CQDP },
  { name: "Ban Đô thị", aliases: [], classification: "peoples-council", level: null, scope: "local", source: LUAT_CQDP },
  { name: "Ban Pháp chế", aliases: [], classification: "peoples-council", level: null, scope: "local", source: LUAT_CQDP },
  { name: "Ban Kinh tế - Ngân sách", aliases: ["Ban Kinh tế – Ngân sách", "Ban Kinh tế và Ngân sách"], classification: "peoples-council", level: null, scope: "local", source: LUAT_CQDP },
  { name: "Ban Văn hóa - Xã hội", aliases: ["Ban Văn hóa – Xã hội"], classification: "peoples-council", level: null, scope: "local", source: LUAT_CQDP },
  { name: "Ban Dân tộc", aliases: [], classification: "peoples-council", level: null, scope: "local", source: LUAT_CQDP },
  { name: "Ủy ban nhân dân", aliases: ["UBND"], classification: "peoples-committee", level: null, scope: "local", source: LUAT_CQDP },
  { name: "Kho bạc Nhà nước", aliases: ["KBNN"], classification: "state-agency", level: null, scope: "local", source: "Quyết định 26/2015/QĐ-TTg về Kho bạc Nhà nước (hệ thống từ Trung ương đến tỉnh, huyện)" },
  // Ministerial-level bodies of 2002–2007, whose names run on in lower case in the press; a committee of a province or district keeps its place and takes its tier.
  { name: "Ủy ban Dân số, Gia đình và Trẻ em", aliases: ["Ủy ban Dân số Gia đình và Trẻ em", "Ủy ban Dân số - Gia đình và Trẻ em", "Ủy ban Dân số - Gia đình - Trẻ em", "UBDSGĐ&TE", "UBDSGĐTE"], classification: "state-agency", level: null, scope: "local", source: NQ_CO_CAU_2002 },
  { name: "Ủy ban Thể dục Thể thao", aliases: ["Ủy ban Thể dục - Thể thao", "UBTDTT", "Ủy ban TDTT"], classification: "state-agency", level: "central", scope: "national", source: NQ_CO_CAU_2002 },
  { name: "Ủy ban Dân tộc", aliases: ["UBDT"], classification: "state-agency", level: "central", scope: "national", source: "Nghị quyết 02/2002/QH11 và 26/2016/QH14 về cơ cấu tổ chức của Chính phủ (cơ quan ngang bộ)" },
  { name: "Kiểm toán Nhà nước", aliases: [], classification: "state-agency", level: "central", scope: "national", source: HIEN_PHAP },
  { name: "Ngân hàng Nhà nước", aliases: ["Ngân hàng Nhà nước Việt Nam", "NHNN", "NHNN Việt Nam", "NHNNVN"], classification: "state-agency", level: "central", scope: "national", source: HIEN_PHAP },
  { name: "Thanh tra", aliases: [], classification: "state-agency", level: null, scope: "local", needsQualifier: true, source: LUAT_THANH_TRA_CO_QUAN },
  { name: "Thanh tra Chính phủ", aliases: [], classification: "state-agency", level: "central", scope: "national", source: HIEN_PHAP },
  // Its name until Luật Thanh tra 2004 (22/2004/QH11) took effect in 2005.
  { name: "Thanh tra Nhà nước", aliases: [], classification: "state-agency", level: "central", scope: "national", source: "Pháp lệnh Thanh tra 1990: Thanh tra Nhà nước; Luật Thanh tra 2004 (22/2004/QH11): Thanh tra Chính phủ" },
  { name: "Công an", aliases: [], classification: "state-agency", level: null, scope: "local", needsQualifier: true, source: LUAT_CA },
  // Agencies whose names run on in lower case, where an open name would stop at the first lower-case word (`Cục Đầu tư`)
  { name: "Tổng cục Thi hành án dân sự", aliases: ["Tổng cục THADS"], classification: "state-agency", level: "central", scope: "national", source: LUAT_THADS },
  { name: "Hội đồng Thi đua - Khen thưởng Trung ương", aliases: THI_DUA_FORMS.map((form) => `Hội đồng ${form} Trung ương`), classification: "state-agency", level: "central", scope: "national", source: LUAT_THI_DUA },
  { name: "Ban Thi đua - Khen thưởng Trung ương", aliases: THI_DUA_FORMS.map((form) => `Ban ${form} Trung ương`), classification: "state-agency", level: "central", scope: "national", source: LUAT_THI_DUA },
  { name: "Hội đồng Thi đua - Khen thưởng", aliases: THI_DUA_FORMS.map((form) => `Hội đồng ${form}`), classification: "state-agency", level: null, scope: "local", source: LUAT_THI_DUA },
  { name: "Ban Thi đua - Khen thưởng", aliases: THI_DUA_FORMS.map((form) => `Ban ${form}`), classification: "state-agency", level: null, scope: "local", source: LUAT_THI_DUA },
  { name: "Bảo hiểm xã hội Việt Nam", aliases: ["BHXH Việt Nam", "BHXH VN"], classification: "state-agency", level: "central", scope: "national", source: LUAT_BHXH },
  { name: "Bảo hiểm xã hội", aliases: ["BHXH"], classification: "state-agency", level: null, scope: "local", needsQualifier: true, source: LUAT_BHXH },
  { name: "Cục Thi hành án dân sự", aliases: ["Cục THADS"], classification: "state-agency", level: "province", scope: "local", source: LUAT_THADS },
  { name: "Chi cục Thi hành án dân sự", aliases: ["Chi cục THADS"], classification: "state-agency", level: "district", scope: "local", source: LUAT_THADS },
  { name: "Cục Đầu tư nước ngoài", aliases: [], classification: "state-agency", level: "central", scope: "national", source: "Nghị định 86/2017/NĐ-CP về cơ cấu tổ chức của Bộ Kế hoạch và Đầu tư" },
  { name: "Đại học Quốc gia Hà Nội", aliases: ["ĐH Quốc gia Hà Nội", "ĐHQG Hà Nội", "ĐHQGHN"], classification: "other", level: "central", scope: "national", source: ND_DHQG },
  { name: "Đại học Quốc gia Thành phố Hồ Chí Minh", aliases: ["Đại học Quốc gia TP.HCM", "Đại học Quốc gia TPHCM", "Đại học Quốc gia TP HCM", "Đại học Quốc gia TP Hồ Chí Minh", "ĐH Quốc gia TP.HCM", "ĐH Quốc gia TPHCM", "ĐH Quốc gia TP HCM", "ĐHQG TP.HCM", "ĐHQG TPHCM", "ĐHQG TP HCM", "ĐHQG-HCM"], classification: "other", level: "central", scope: "national", source: ND_DHQG },
  { name: "Cục Quản lý dược", aliases: ["Cục Quản lý dược Việt Nam"], classification: "state-agency", level: "central", scope: "national", source: "Nghị định 75/2017/NĐ-CP về cơ cấu tổ chức của Bộ Y tế" },
  { name: "Cục Cảnh sát giao thông", aliases: ["Cục CSGT", "Cục Cảnh sát giao thông đường bộ - đường sắt"], classification: "state-agency", level: "central", scope: "national", source: "Thông tư 58/2020/TT-BCA về đăng ký xe (Cục Cảnh sát giao thông, Bộ Công an)" },
  { name: "Bộ đội Biên phòng", aliases: ["Bộ đội biên phòng", "BĐBP"], classification: "armed-forces", level: "central", scope: "national", unitsByTier: true, source: "Luật Biên phòng Việt Nam 2020 (66/2020/QH14): Bộ đội Biên phòng, Bộ Chỉ huy Bộ đội Biên phòng tỉnh" },
  { name: "Quân đội nhân dân Việt Nam", aliases: ["Quân đội Nhân dân Việt Nam", "QĐND Việt Nam", "QĐNDVN"], classification: "armed-forces", level: "central", scope: "national", source: "Hiến pháp 2013, Điều 65 và 66 (lực lượng vũ trang nhân dân; Quân đội nhân dân); Luật Quốc phòng 2018 (22/2018/QH14)" },
  { name: "Bộ Tổng Tham mưu", aliases: [], classification: "armed-forces", level: "central", scope: "national", source: LUAT_QS },
  { name: "Tổng cục Chính trị", aliases: ["Tổng Cục Chính trị"], classification: "armed-forces", level: "central", scope: "national", source: LUAT_QS },
  { name: "Bộ Chỉ huy Quân sự", aliases: ["Bộ CHQS"], classification: "armed-forces", level: "province", scope: "local", source: LUAT_QS },
  // The command of a unit or force named after it (`Bộ Chỉ huy Quân khu 9`, `Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị`); alone, none.
  { name: "Bộ Chỉ huy", aliases: [], classification: "armed-forces", level: null, scope: "local", needsQualifier: true, source: LUAT_QS },
  { name: "Ban Chỉ huy Quân sự", aliases: ["Ban CHQS"], classification: "armed-forces", level: null, scope: "local", source: LUAT_QS },
  { name: "Tòa án nhân dân tối cao", aliases: ["TAND tối cao", "TANDTC"], classification: "judiciary", level: "central", scope: "national", source: LUAT_TOA },
  { name: "Viện Kiểm sát nhân dân tối cao", aliases: ["VKSND tối cao", "VKSNDTC", "Viện KSND tối cao"], classification: "judiciary", level: "central", scope: "national", source: LUAT_TOA },
  // The three high courts and high procuracies sit in Hà Nội, Đà Nẵng and Thành phố Hồ Chí Minh, above the provinces'.
  { name: "Tòa án nhân dân cấp cao", aliases: ["TAND cấp cao", "TAND Cấp cao", "Tòa án nhân dân Cấp cao", "Tòa án Nhân dân Cấp cao"], classification: "judiciary", level: null, scope: "national", seated: true, source: LUAT_TOA_CAP_CAO },
  { name: "Viện Kiểm sát nhân dân cấp cao", aliases: ["VKSND cấp cao", "VKSND Cấp cao", "Viện KSND cấp cao", "Viện kiểm sát nhân dân cấp cao", "Viện Kiểm sát nhân dân Cấp cao"], classification: "judiciary", level: null, scope: "national", seated: true, source: LUAT_TOA_CAP_CAO },
  { name: "Tòa án nhân dân", aliases: ["TAND"], classification: "judiciary", level: null, scope: "local", source: LUAT_TOA },
  { name: "Viện Kiểm sát nhân dân", aliases: ["VKSND", "Viện KSND"], classification: "judiciary", level: null, scope: "local", source: LUAT_TOA },
  // Front and mass organisations
  { name: "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", aliases: ["Ủy ban Trung ương MTTQ Việt Nam", "Ủy ban Trung ương MTTQVN", "UBTƯ MTTQ Việt Nam", "UBTW MTTQ Việt Nam", "Ủy ban MTTQ Trung ương", "Ủy ban MTTQ Việt Nam Trung ương", "Ủy ban Trung ương Mặt trận Tổ quốc", "Ủy ban Trung ương MTTQ", "UBTƯ MTTQ", "UBTW MTTQ"], classification: "front", level: "central", scope: "national", source: LUAT_MTTQ },
  { name: "Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", aliases: ["Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam", "Đoàn Chủ tịch Ủy ban T.Ư MTTQVN", "Đoàn Chủ tịch UB T.Ư MTTQ Việt Nam", "Đoàn Chủ tịch UB Trung ương MTTQ VN", "Đoàn Chủ tịch Ủy ban MTTQ Việt Nam", "Đoàn Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam"], classification: "front", level: "central", scope: "national", source: LUAT_MTTQ },
  // The front of the South until it joined the Fatherland Front: of no level of today's system.
  {
    name: "Mặt trận Dân tộc Giải phóng miền Nam Việt Nam",
    aliases: ["Mặt trận Dân tộc Giải phóng miền Nam"],
    classification: "front",
    level: null,
    scope: "national",
    source: "Mặt trận Dân tộc Giải phóng miền Nam Việt Nam, lập ngày 20/12/1960; hợp nhất vào Mặt trận Tổ quốc Việt Nam tại Đại hội Mặt trận thống nhất (tháng 2/1977)",
  },
  { name: "Ủy ban Mặt trận Tổ quốc Việt Nam", aliases: ["Ủy ban MTTQ Việt Nam", "Ủy ban MTTQVN", "UBMTTQVN", "UBMTTQ Việt Nam"], classification: "front", level: null, scope: "local", source: LUAT_MTTQ },
  { name: "Ủy ban Mặt trận Tổ quốc", aliases: ["Ủy ban MTTQ", "UBMTTQ", "Ủy ban Mặt trận"], classification: "front", level: null, scope: "local", source: LUAT_MTTQ },
  { name: "Mặt trận Tổ quốc Việt Nam", aliases: ["MTTQ Việt Nam", "MTTQVN"], classification: "front", level: null, scope: "local", source: LUAT_MTTQ },
  { name: "Mặt trận Tổ quốc", aliases: ["MTTQ"], classification: "front", level: null, scope: "local", source: LUAT_MTTQ },
  { name: "Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội", aliases: ["MTTQ và các đoàn thể chính trị - xã hội", "MTTQ và các đoàn thể chính trị xã hội", "Mặt trận Tổ quốc và các đoàn thể chính trị xã hội", "MTTQ, các đoàn thể chính trị - xã hội", "MTTQ và các đoàn thể"], classification: "front", level: null, scope: "local", source: LUAT_MTTQ },
  { name: "Mặt trận Tổ quốc và các tổ chức chính trị - xã hội", aliases: ["MTTQ và các tổ chức chính trị - xã hội", "MTTQ và các tổ chức chính trị xã hội", "Mặt trận Tổ quốc và các tổ chức chính trị xã hội", "Ủy ban MTTQ và các tổ chức chính trị - xã hội", "Ủy ban MTTQ và các tổ chức chính trị xã hội"], classification: "front", level: null, scope: "local", source: LUAT_MTTQ },
  { name: "Liên đoàn Lao động", aliases: ["LĐLĐ"], classification: "mass-organization", level: null, scope: "local", source: DIEU_LE_DOAN_THE },
  { name: "Tổng Liên đoàn Lao động Việt Nam", aliases: ["Tổng LĐLĐ Việt Nam", "Tổng LĐLĐVN"], classification: "mass-organization", level: "central", scope: "national", source: DIEU_LE_DOAN_THE },
  { name: "Hội Nông dân", aliases: ["HND", "Hội ND"], classification: "mass-organization", level: null, scope: "local", source: DIEU_LE_DOAN_THE },
  { name: "Hội Nông dân Việt Nam", aliases: [], classification: "mass-organization", level: "central", scope: "national", source: DIEU_LE_DOAN_THE },
  { name: "Hội Cựu chiến binh", aliases: ["Hội CCB", "HCCB", "CCB"], classification: "mass-organization", level: null, scope: "local", source: DIEU_LE_DOAN_THE },
  { name: "Hội Cựu chiến binh Việt Nam", aliases: ["Hội CCB Việt Nam"], classification: "mass-organization", level: "central", scope: "national", source: DIEU_LE_DOAN_THE },
  { name: "Hội Liên hiệp Phụ nữ", aliases: ["Hội LHPN", "HLHPN", "Hội Phụ nữ", "LHPN"], classification: "mass-organization", level: null, scope: "local", source: DIEU_LE_DOAN_THE },
  { name: "Hội Liên hiệp Phụ nữ Việt Nam", aliases: ["Hội LHPN Việt Nam"], classification: "mass-organization", level: "central", scope: "national", source: DIEU_LE_DOAN_THE },
  { name: "Đoàn Thanh niên Cộng sản Hồ Chí Minh", aliases: ["Đoàn TNCS Hồ Chí Minh", "Đoàn TNCS HCM", "Đoàn Thanh niên", "Đoàn TN", "Đoàn thanh niên"], classification: "mass-organization", level: null, scope: "local", source: DIEU_LE_DOAN_THE },
  { name: "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh", aliases: ["Trung ương Đoàn", "Trung ương Đoàn TNCS Hồ Chí Minh", "BCH Trung ương Đoàn"], classification: "mass-organization", level: "central", scope: "national", source: DIEU_LE_DOAN_THE },
  { name: "Tỉnh đoàn", aliases: ["Tỉnh Đoàn"], classification: "mass-organization", level: "province", scope: "committee", source: DIEU_LE_DOAN_THE },
  // A member of the Front, with a union in each province (`Liên hiệp các tổ chức hữu nghị Việt Nam`, `… tỉnh Thanh Hóa`).
  { name: "Liên hiệp các tổ chức hữu nghị Việt Nam", aliases: ["Liên hiệp các tổ chức hữu nghị VN"], classification: "mass-organization", level: "central", scope: "national", source: LUAT_MTTQ },
  { name: "Liên hiệp các tổ chức hữu nghị", aliases: [], classification: "mass-organization", level: null, scope: "local", source: LUAT_MTTQ },
  { name: "Thành đoàn", aliases: ["Thành Đoàn"], classification: "mass-organization", level: null, scope: "committee", source: DIEU_LE_DOAN_THE },
  { name: "Huyện đoàn", aliases: ["Huyện Đoàn"], classification: "mass-organization", level: "district", scope: "committee", source: DIEU_LE_DOAN_THE },
  // Member organisations of the Front beyond the five above, by their charters
  { name: "Hội Liên hiệp Thanh niên", aliases: ["Hội LHTN"], classification: "mass-organization", level: null, scope: "local", source: DIEU_LE_HOI },
  { name: "Hội Liên hiệp Thanh niên Việt Nam", aliases: ["Hội LHTN Việt Nam", "Hội LHTNVN"], classification: "mass-organization", level: "central", scope: "national", source: DIEU_LE_HOI },
  { name: "Hội Người cao tuổi", aliases: ["Hội NCT"], classification: "mass-organization", level: null, scope: "local", source: DIEU_LE_HOI },
  { name: "Hội Người cao tuổi Việt Nam", aliases: ["Hội NCT Việt Nam"], classification: "mass-organization", level: "central", scope: "national", source: DIEU_LE_HOI },
];
