import { OrganizationMention } from "@vnpol/schema";
import { describe, expect, it } from "vitest";
import { findOfficials } from "../officials/find-officials";
import { findOrganizations } from "./find-organizations";

const first = (text: string) => {
  const [m] = findOrganizations(text);
  return m === undefined ? undefined : { text: m.text, name: m.name, abbreviation: m.abbreviation, classification: m.classification, level: m.level, parent: m.parent, place: m.place };
};

/** Each body found: its text, full name and level. */
const read = (text: string) => findOrganizations(text).map((m) => [m.text, m.name, m.level]);

const placedLevel = (text: string) => findOrganizations(text).map((m) => [m.name, m.level]);
const placed = (text: string) => findOrganizations(text).map((m) => [m.text, m.place ?? null]);

describe("findOrganizations", () => {
  it.each([
    // seed 001
    ["Ngày 14-1, Ban Dân vận Tỉnh ủy tổ chức Hội nghị", { text: "Ban Dân vận Tỉnh ủy", name: "Ban Dân vận Tỉnh ủy", classification: "party-agency", level: "province", parent: "Tỉnh ủy" }],
    // seed 000
    ["hoạt động của Khối Dân vận tỉnh đã bám sát", { text: "Khối Dân vận tỉnh", name: "Khối Dân vận tỉnh", classification: "other", level: "province" }],
    // seed 003
    [
      "Ngày 6/1, MTTQ và các đoàn thể chính trị - xã hội huyện Bắc Mê tổ chức",
      { text: "MTTQ và các đoàn thể chính trị - xã hội huyện Bắc Mê", name: "Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội huyện Bắc Mê", abbreviation: "MTTQ", classification: "front", level: "district", place: "Bắc Mê" },
    ],
    // seed 002
    ["Sáng ngày 13/7/2021, Ban Dân vận Trung ương tổ chức", { text: "Ban Dân vận Trung ương", name: "Ban Dân vận Trung ương", classification: "party-agency", level: "central", parent: "Ban Chấp hành Trung ương Đảng" }],
    ["đề án của Bộ Chính trị và Ban Bí thư", { text: "Bộ Chính trị", name: "Bộ Chính trị", classification: "party-committee", level: "central" }],
    ["lãnh đạo LĐLĐ tỉnh và điểm cầu", { text: "LĐLĐ tỉnh", name: "Liên đoàn Lao động tỉnh", abbreviation: "LĐLĐ", classification: "mass-organization", level: "province" }],
    ["Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam Tỉnh.", { text: "Ủy ban Mặt trận Tổ quốc Việt Nam Tỉnh", name: "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", classification: "front", level: "province" }],
    ["kỳ họp HĐND huyện Phù Cừ", { text: "HĐND huyện Phù Cừ", name: "Hội đồng nhân dân huyện Phù Cừ", abbreviation: "HĐND", classification: "peoples-council", level: "district", place: "Phù Cừ" }],
    ["UBND TP Hà Nội vừa ban hành", { text: "UBND TP Hà Nội", name: "Ủy ban nhân dân thành phố Hà Nội", abbreviation: "UBND", classification: "peoples-committee", level: "province", place: "Hà Nội" }],
    ["theo Sở Y tế Thái Nguyên", { text: "Sở Y tế Thái Nguyên", name: "Sở Y tế Thái Nguyên", classification: "state-agency", level: "province", place: "Thái Nguyên" }],
    ["Bộ GD-ĐT cho biết", { text: "Bộ GD-ĐT", name: "Bộ Giáo dục và Đào tạo", abbreviation: "GD-ĐT", classification: "state-agency", level: "central" }],
    ["Thành ủy TP.HCM đã", { text: "Thành ủy TP.HCM", name: "Thành ủy Thành phố Hồ Chí Minh", classification: "party-committee", level: "province", place: "Thành phố Hồ Chí Minh" }],
    ["Bí thư Thành ủy Vinh", { text: "Thành ủy Vinh", name: "Thành ủy Vinh", classification: "party-committee", level: "district", place: "Vinh" }],
    // corpus: a person's name after the tier word is no place
    ["Chủ tịch UBND tỉnh Phùng Quốc Hiển cùng lãnh đạo", { text: "UBND tỉnh", name: "Ủy ban nhân dân tỉnh", abbreviation: "UBND", classification: "peoples-committee", level: "province" }],
    ["Phó chủ tịch UBND quận Lâm Anh Tuấn ký", { text: "UBND quận", name: "Ủy ban nhân dân quận", abbreviation: "UBND", classification: "peoples-committee", level: "district" }],
    // … but a place that starts with a rarer family name is one after the lower tiers
    ["UBND xã Lê Hóa, huyện Tuyên Hóa", { text: "UBND xã Lê Hóa", name: "Ủy ban nhân dân xã Lê Hóa", abbreviation: "UBND", classification: "peoples-committee", level: "commune", place: "Lê Hóa" }],
    // corpus: the full stop after TP ends a sentence
    ["của UBND TP. Theo đó người dân", { text: "UBND TP", name: "Ủy ban nhân dân thành phố", abbreviation: "UBND", classification: "peoples-committee", level: null }],
    ["làm việc với Sở GD-ĐT TP. Tại buổi làm việc", { text: "Sở GD-ĐT TP", name: "Sở Giáo dục và Đào tạo thành phố", abbreviation: "GD-ĐT", classification: "state-agency", level: "province" }],
    ["do UBND TP. Hồ Chí Minh ban hành", { text: "UBND TP. Hồ Chí Minh", name: "Ủy ban nhân dân thành phố Hồ Chí Minh", abbreviation: "UBND", classification: "peoples-committee", level: "province", place: "Thành phố Hồ Chí Minh" }],
    // corpus: the Party committee of a unit that is no place
    ["Thừa Thiên - Huế và Đảng ủy Đại học Huế kiến nghị", { text: "Đảng ủy", name: "Đảng ủy", classification: "party-committee", level: null }],
    ["sinh viên ở Chi bộ Trường ĐH Bán công Tôn Đức Thắng", { text: "Chi bộ", name: "Chi bộ", classification: "party-committee", level: null }],
    ["Đảng ủy Hà Nội họp", { text: "Đảng ủy Hà Nội", name: "Đảng ủy Hà Nội", classification: "party-committee", level: null, place: "Hà Nội" }],
    // corpus: names that run on in lower case, from the table
    ["giao Cục Đầu tư nước ngoài, Trung tâm", { text: "Cục Đầu tư nước ngoài", name: "Cục Đầu tư nước ngoài", classification: "state-agency", level: "central" }],
    ["nên Cục Thi hành án dân sự tỉnh Phú Thọ đã", { text: "Cục Thi hành án dân sự tỉnh Phú Thọ", name: "Cục Thi hành án dân sự tỉnh Phú Thọ", classification: "state-agency", level: "province", place: "Phú Thọ" }],
    ["trao đổi với Giám đốc Sở Lao động - Thương binh & Xã hội tỉnh Bình Định", { text: "Sở Lao động - Thương binh & Xã hội tỉnh Bình Định", name: "Sở Lao động - Thương binh và Xã hội tỉnh Bình Định", classification: "state-agency", level: "province", place: "Bình Định" }],
    ["liên kết giữa Hội Chữ thập đỏ Việt Nam, Hội Khuyến học", { text: "Hội Chữ thập đỏ Việt Nam", name: "Hội Chữ thập đỏ Việt Nam", classification: "other", level: "central" }],
    ["Chiều 1/9, tại Sở Giao thông - Công chánh, các nhà khoa học", { text: "Sở Giao thông - Công chánh", name: "Sở Giao thông công chính", classification: "state-agency", level: "province" }],
    ["Tổng cục Thuế được giao 40.000 biên lai", { text: "Tổng cục Thuế", name: "Tổng cục Thuế", classification: "state-agency", level: "central" }],
    ["Cục Hàng không Việt Nam đưa ra quy định", { text: "Cục Hàng không Việt Nam", name: "Cục Hàng không Việt Nam", classification: "state-agency", level: "central" }],
    ["Giám đốc ĐHQG TP.HCM.", { text: "ĐHQG TP.HCM", name: "Đại học Quốc gia Thành phố Hồ Chí Minh", abbreviation: "ĐHQG", classification: "other", level: "central" }],
    ["- Mặt trận tổ quốc VN có chủ động", { text: "Mặt trận tổ quốc VN", name: "Mặt trận Tổ quốc Việt Nam", classification: "front", level: "central" }],
    ["khoa luật Đại học Quốc gia Hà Nội đồng tình", { text: "Đại học Quốc gia Hà Nội", name: "Đại học Quốc gia Hà Nội", classification: "other", level: "central" }],
    ["Đại học Quốc gia Singapore (NUS)", undefined],
    ["Ban tổ chức Festival Biển 2006 đã", undefined],
    ["Ban tổ chức Tỉnh ủy họp", { text: "Ban tổ chức Tỉnh ủy", name: "Ban Tổ chức Tỉnh ủy", classification: "party-agency", level: "province", parent: "Tỉnh ủy" }],
    ["tôi thấy có một số vấn đề. Vụ PMU 18 lớn", undefined],
    // corpus: field acronyms written without a dash, and abbreviations kept as written
    ["ngày 11-4, Thứ trưởng Bộ KHĐT Cao Viết Sinh", { text: "Bộ KHĐT", name: "Bộ Kế hoạch và Đầu tư", abbreviation: "KHĐT", classification: "state-agency", level: "central" }],
    ["nộp hồ sơ tại Sở GDĐT Hà Nội hoặc", { text: "Sở GDĐT Hà Nội", name: "Sở Giáo dục và Đào tạo Hà Nội", abbreviation: "GDĐT", classification: "state-agency", level: "province", place: "Hà Nội" }],
    ["ngày 31-12-2005, Bộ LĐ-TB&XH đã có tờ trình", { text: "Bộ LĐ-TB&XH", name: "Bộ Lao động - Thương binh và Xã hội", abbreviation: "LĐ-TB&XH", classification: "state-agency", level: "central" }],
    // corpus: ministerial-level committees of 2002–2007 whose names run on in lower case
    ["Theo Ủy ban Dân số - Gia đình - Trẻ em, đến cuối năm", { text: "Ủy ban Dân số - Gia đình - Trẻ em", name: "Ủy ban Dân số, Gia đình và Trẻ em", classification: "state-agency", level: null }],
    ["chủ nhiệm Ủy ban Dân số - gia đình và trẻ em huyện Nghi Xuân, vừa", { text: "Ủy ban Dân số - gia đình và trẻ em huyện Nghi Xuân", name: "Ủy ban Dân số, Gia đình và Trẻ em huyện Nghi Xuân", classification: "state-agency", level: "district", place: "Nghi Xuân" }],
    ["Tôi sẽ chất vấn Ủy ban Thể dục Thể thao, nhưng", { text: "Ủy ban Thể dục Thể thao", name: "Ủy ban Thể dục Thể thao", classification: "state-agency", level: "central" }],
    ["Ksor Phước (Ủy ban Dân tộc) và", { text: "Ủy ban Dân tộc", name: "Ủy ban Dân tộc", classification: "state-agency", level: "central" }],
    ["Giám đốc Sở Quy hoạch kiến trúc, trong", { text: "Sở Quy hoạch kiến trúc", name: "Sở Quy hoạch - Kiến trúc", classification: "state-agency", level: "province" }],
    ["sở hữu nhà thờ cũng được Chính phủ Liên Xô giao cho", { text: "Chính phủ Liên Xô", name: "Chính phủ Liên Xô", classification: "government", level: null }],
  ])("%s", (input, expected) => {
    expect(first(input)).toEqual(expected);
  });

  it("reads `Ban Thường trực` after `Trưởng`/`Phó` as the end of a role, not a body", () => {
    expect(findOrganizations("Nguyễn Đức Hạt, Phó Trưởng Ban Thường trực Ban Tổ chức Trung ương").map((m) => m.name)).toEqual(["Ban Tổ chức Trung ương"]);
    expect(findOrganizations("Ban Thường trực Ủy ban MTTQ Việt Nam họp").map((m) => m.name)).toEqual(["Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam"]);
  });

  it("takes no place whose name opens with a head word for a body (Hội An, Vụ Bản)", () => {
    expect(findOrganizations("Hội An cho biết sẽ đề nghị")).toEqual([]);
    expect(findOrganizations("Hội An đã tổ chức lễ hội")).toEqual([]);
    expect(findOrganizations("UBND thị xã Hội An cho biết").map((m) => m.name)).toEqual(["Ủy ban nhân dân thị xã Hội An"]);
  });

  it("reads every body of a sentence in text order, with offsets into the input", () => {
    const text = "Ban Thường vụ Tỉnh uỷ và Ủy ban MTTQ huyện";
    const found = findOrganizations(text);
    expect(found.map((m) => m.name)).toEqual(["Ban Thường vụ Tỉnh ủy", "Ủy ban Mặt trận Tổ quốc huyện"]);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it("ends an open body's name before a joining word, and keeps a place after tại", () => {
    const names = (text: string) => findOrganizations(text).map((m) => m.text);
    expect(names("Chủ tịch Hội Sinh viên Việt Nam và anh Phan Văn Trung")).toEqual(["Hội Sinh viên Việt Nam"]);
    expect(names("Hội Sinh viên Việt Nam và Đoàn Thanh niên")).toEqual(["Hội Sinh viên Việt Nam", "Đoàn Thanh niên"]);
    expect(names("Tổng cục Thuế đã đề nghị")).toEqual(["Tổng cục Thuế"]);
    expect(names("phố cổ Hội An sẽ đón khách, Tây Ban Nha đã")).toEqual([]);
    expect(names("Hội Sinh viên Việt Nam tại Pháp phát động")).toEqual(["Hội Sinh viên Việt Nam tại Pháp"]);
  });

  it("ends an open body's name before the verb of its sentence, and after Việt Nam (corpus)", () => {
    const names = (text: string) => findOrganizations(text).map((m) => m.text);
    expect(names("thủ tục rất rắc rối. Cục Thuế phải lập mã số thuế")).toEqual(["Cục Thuế"]);
    expect(names("Chiều 2/1, Chi cục Thú y Long An có công văn gửi")).toEqual(["Chi cục Thú y Long An"]);
    expect(names("lãnh đạo tỉnh, Ban Quản lý Khu Kinh tế Dung Quất phải đổi mới")).toEqual(["Ban Quản lý Khu Kinh tế Dung Quất"]);
    expect(names("Chủ tịch Hội Nhà báo Việt Nam Hồng Vinh khẳng định")).toEqual(["Hội Nhà báo Việt Nam"]);
    expect(names("Chủ tịch Hội Nhà báo VN Hồng Vinh khẳng định")).toEqual(["Hội Nhà báo VN"]);
    expect(names("(phiên hiệu K9) đã được Ban Công nghiệp R thành lập với")).toEqual(["Ban Công nghiệp R"]);
    expect(names("Cục trưởng Cục Y tế Dự phòng cho biết")).toEqual(["Cục Y tế Dự phòng"]);
    // `Hậu cần` and `Hàng không` end in words that are verbs elsewhere.
    expect(names("Tổng cục Hậu cần đã kịp thời cấp")).toEqual(["Tổng cục Hậu cần"]);
  });

  it("ends an open body's name before lẫn (as well as) and thuộc (belonging to) (corpus)", () => {
    expect(read("cả đại diện Vụ Tiểu học lẫn Viện Chiến lược")).toEqual([["Vụ Tiểu học", "Vụ Tiểu học", "central"]]);
    expect(read("ông Niệm công tác ở Ban Tài mậu thuộc Trung ương")).toEqual([["Ban Tài mậu", "Ban Tài mậu", null]]);
  });

  it("gives no open body whose name runs on in lower case: it was cut (corpus)", () => {
    const names = (text: string) => findOrganizations(text).map((m) => m.text);
    expect(names("kiến nghị với Đảng, Hội Bảo trợ người tàn tật và trẻ mồ côi đã")).toEqual([]);
    expect(names("ngày 8-10, Ban Vì sự tiến bộ phụ nữ TP Đà Nẵng")).toEqual([]);
    expect(names("đoàn Ủy ban Các vấn đề lao động và thị trường lao động")).toEqual([]);
    expect(names("Cục Thú y đề nghị các tỉnh")).toEqual(["Cục Thú y"]);
    expect(names("Cục trưởng Cục Quản lý môi trường cho biết")).toEqual([]);
    expect(names("ông C, Cục trưởng Cục Phòng chống tệ nạn xã hội, cho biết")).toEqual([]);
    // a verb, a time, a tier, or another body after `và` ends the name
    expect(names("Cục Thuế yêu cầu doanh nghiệp nộp")).toEqual(["Cục Thuế"]);
    expect(names("Tổng cục Du lịch ban hành những quy định")).toEqual(["Tổng cục Du lịch"]);
    expect(names("Cục Thú y ngày 16-1 cho biết")).toEqual(["Cục Thú y"]);
    expect(names("Chi cục Thú y Long An và Trung tâm Thú y vùng")).toEqual(["Chi cục Thú y Long An"]);
    expect(names("Cục Khảo thí và Kiểm định chất lượng")).toEqual([]);
    // the national road safety committee, listed with its decree, whose name runs on in lower case
    expect(findOrganizations("Uỷ ban An toàn giao thông quốc gia, tai nạn").map((m) => [m.text, m.name, m.level])).toEqual([
      ["Uỷ ban An toàn giao thông quốc gia", "Ủy ban An toàn giao thông Quốc gia", "central"],
    ]);
  });

  it("reads `cấp` after a tier or a place, or before a word that names no level, as the verb grant, and before a level as a kind of body (corpus)", () => {
    const names = (text: string) => findOrganizations(text).map((m) => m.name);
    expect(names("tố cáo việc UBND quận 2 cấp đất cho cán bộ")).toEqual(["Ủy ban nhân dân quận 2"]);
    expect(names("đề nghị UBND tỉnh cấp kinh phí")).toEqual(["Ủy ban nhân dân tỉnh"]);
    expect(names("trường do Sở GD-ĐT TPHCM cấp phép")).toEqual(["Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh"]);
    expect(names("Chủ tịch UBND cấp huyện")).toEqual([]);
    expect(names("đại biểu HĐND các cấp")).toEqual([]);
    expect(names("được Bộ KH-ĐT cấp giấy phép kinh doanh")).toEqual(["Bộ Kế hoạch và Đầu tư"]);
    expect(names("Bộ Tài chính cấp phép cho")).toEqual(["Bộ Tài chính"]);
    expect(names("Ban Tuyên giáo cấp tỉnh")).toEqual([]);
    expect(names("Uỷ ban Mặt trận Tổ quốc cấp bầu cử")).toEqual([]);
    expect(names("được UBND cấp thẩm quyền xử lý")).toEqual([]);
  });

  it("reads the committee for the Vietnamese abroad whole, not cut at Việt Nam (corpus)", () => {
    expect(read("theo Uỷ ban Người Việt Nam ở nước ngoài cho biết")).toEqual([
      ["Uỷ ban Người Việt Nam ở nước ngoài", "Ủy ban Nhà nước về người Việt Nam ở nước ngoài", "central"],
    ]);
  });

  it("reads a department of the 2000s whose field joined housing to the environment whole, with its province (corpus)", () => {
    expect(read("Chiều 3-5, Sở Tài nguyên Môi trường và Nhà đất Hà Nội đã tổ chức")).toEqual([
      ["Sở Tài nguyên Môi trường và Nhà đất Hà Nội", "Sở Tài nguyên Môi trường và Nhà đất Hà Nội", "province"],
    ]);
  });

  it("takes `Việt Nam` written after a national body into its mention, under the body's own name (corpus)", () => {
    expect(read("đại diện Chính phủ Việt Nam, Nhật Bản")).toEqual([["Chính phủ Việt Nam", "Chính phủ", "central"]]);
    expect(read("Bộ Ngoại giao VN cho biết")).toEqual([["Bộ Ngoại giao VN", "Bộ Ngoại giao", "central"]]);
    // the state's name from 1945 to 1976 goes on after it (corpus)
    expect(read("thay mặt Chính phủ VN Dân chủ Cộng hòa đặt bút ký")).toEqual([["Chính phủ VN Dân chủ Cộng hòa", "Chính phủ", "central"]]);
    // a pair of countries is a friendship's name, not the body's
    expect(read("Hội hữu nghị Quốc hội Việt Nam - Nhật Bản").map(([text]) => text)).toEqual(["Quốc hội"]);
  });

  it("reads no body of Vietnam's where the text counts the countries' or names another country's (corpus)", () => {
    expect(read("việc tăng cường hợp tác giữa QH hai nước. Theo đó, QH hai nước sẽ")).toEqual([]);
    expect(read("quan hệ giữa hai QH nhằm ủng hộ hai Chính phủ và")).toEqual([]);
    expect(read("ông Pablo de Laiglesia khẳng định: Chính phủ nước này cam kết")).toEqual([]);
    expect(read("hợp tác chặt chẽ giữa Bộ Ngoại giao hai nước")).toEqual([]);
    expect(read("giữa Chính phủ và nhân dân hai nước")).toEqual([]);
    // a count before ministries lists them; digits before a body are a date's
    expect(read("giao cho 3 Bộ Tài chính, Công an và Y tế").map(([, name]) => name)).toContain("Bộ Tài chính");
    expect(read("Chiều 24-4 Quốc hội sẽ họp").map(([text]) => text)).toEqual(["Quốc hội"]);
  });

  it("reads the bodies of the South before reunification whole, of no level of today's system (corpus)", () => {
    const read = (text: string) => findOrganizations(text).map((m) => [m.text, m.name, m.level]);
    expect(read("cờ của Chính phủ Cách mạng lâm thời Cộng hòa miền Nam Việt Nam được")).toEqual([
      ["Chính phủ Cách mạng lâm thời Cộng hòa miền Nam Việt Nam", "Chính phủ Cách mạng lâm thời Cộng hòa miền Nam Việt Nam", null],
    ]);
    expect(read("trọng trách trong Chính phủ Cách mạng lâm thời, Mặt trận")).toEqual([
      ["Chính phủ Cách mạng lâm thời", "Chính phủ Cách mạng lâm thời Cộng hòa miền Nam Việt Nam", null],
    ]);
    expect(read("Lá cờ Mặt trận Dân tộc Giải phóng miền Nam - cũng là cờ")).toEqual([
      ["Mặt trận Dân tộc Giải phóng miền Nam", "Mặt trận Dân tộc Giải phóng miền Nam Việt Nam", null],
    ]);
  });

  it("reads no body in a building named after it, and reads one after a house of the clause before (corpus)", () => {
    const names = (text: string) => findOrganizations(text).map((m) => m.name);
    expect(names("Ban Quản lý dự án đầu tư xây dựng Nhà Quốc hội và Hội trường Ba Đình mới")).not.toContain("Quốc hội");
    expect(names("tham quan Tòa án quốc tế, tòa nhà Quốc hội, cung điện")).toEqual([]);
    expect(names("thiết kế nào cho nhà Quốc hội?")).toEqual([]);
    expect(names("địa điểm xây dựng Nhà QH mới")).toEqual([]);
    expect(names("được hỗ trợ tiền xây nhà Hội Nông dân Việt Nam đang hoàn tất")).toEqual(["Hội Nông dân Việt Nam"]);
  });

  it("reads a place after TP. with no space, a city's name that runs on past a province's, and a ward's number, as places are read (corpus)", () => {
    expect(read("điều cần hơn là UBND TP.Hà Nội cần xem xét")).toEqual([["UBND TP.Hà Nội", "Ủy ban nhân dân thành phố Hà Nội", "province"]]);
    expect(read("UBND TP. Theo đó")).toEqual([["UBND TP", "Ủy ban nhân dân thành phố", null]]);
    expect(read("phối hợp Công an thành phố Điện Biên Phủ đã xác định")).toEqual([["Công an thành phố Điện Biên Phủ", "Công an thành phố Điện Biên Phủ", "district"]]);
    expect(read("UBND tỉnh Hà Tĩnh Võ Kim Cự")).toEqual([["UBND tỉnh Hà Tĩnh", "Ủy ban nhân dân tỉnh Hà Tĩnh", "province"]]);
    expect(read("lãnh đạo UBND phường Mỹ Đình 2 nói")).toEqual([["UBND phường Mỹ Đình 2", "Ủy ban nhân dân phường Mỹ Đình 2", "commune"]]);
  });

  it("expands the department of sport (TDTT, before 2008) and of culture, sport and tourism written short (corpus)", () => {
    expect(read("Giám đốc Sở TDTT Phạm Kiết cũng đã ký")).toEqual([["Sở TDTT", "Sở Thể dục Thể thao", "province"]]);
    expect(read("của Sở TDTT TP.HCM.")).toEqual([["Sở TDTT TP.HCM", "Sở Thể dục Thể thao Thành phố Hồ Chí Minh", "province"]]);
    expect(read("Sở VHTTDL và Sở VH-TT-DL").map((m) => m[1])).toEqual(["Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch"]);
  });

  it("reads a bloc's Party committee up to what closes its name, at the level that gives (corpus)", () => {
    expect(read("Phó bí thư Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Thanh Hóa.")).toEqual([
      ["Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Thanh Hóa", "Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Thanh Hóa", "province"],
    ]);
    expect(read("Bí thư Đảng uỷ khối cơ quan Kinh tế Trung ương")).toEqual([
      ["Đảng uỷ khối cơ quan Kinh tế Trung ương", "Đảng ủy Khối cơ quan Kinh tế Trung ương", "central"],
    ]);
    expect(read("Đảng ủy Khối cơ quan Đối ngoại T.Ư")[0]?.[1]).toBe("Đảng ủy Khối cơ quan Đối ngoại Trung ương");
    // nothing closes the name: `Đảng ủy` alone, as before
    expect(read("Đảng ủy khối ĐH-CĐ và trung học chuyên nghiệp")[0]?.[1]).toBe("Đảng ủy");
  });

  it("reads a Party organ named with its party: a foreign party's is that party's, of no tier; Vietnam's own keeps its name (corpus)", () => {
    expect(read("Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc Hồ Cẩm Đào")).toEqual([
      ["Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc", "Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc", null],
    ]);
    expect(read("Hội nghị lần 9 Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam đã thảo luận")).toEqual([
      ["Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam", "Ban Chấp hành Trung ương Đảng", "central"],
    ]);
  });

  it("reads the Government's committees named with it, and the Party's central committee for science and education (corpus)", () => {
    const classified = (text: string) => findOrganizations(text).map((m) => [m.text, m.name, m.classification, m.level]);
    expect(classified("Ngày 8-4, tại Hà Nội, Ban Tôn giáo Chính phủ đã triển khai")).toEqual([["Ban Tôn giáo Chính phủ", "Ban Tôn giáo Chính phủ", "state-agency", "central"]]);
    expect(classified("Sáng 11-9, Ban Cơ yếu Chính phủ đã tổ chức")).toEqual([["Ban Cơ yếu Chính phủ", "Ban Cơ yếu Chính phủ", "state-agency", "central"]]);
    expect(classified("Bộ Chính trị yêu cầu Ban Khoa giáo T.Ư, Ban cán sự")[1]).toEqual(["Ban Khoa giáo T.Ư", "Ban Khoa giáo Trung ương", "party-agency", "central"]);
  });

  it("reads the election councils of a tier before 2015 with their place, never alone (corpus)", () => {
    const placed = (text: string) => findOrganizations(text).map((m) => [m.text, m.name, m.level, m.place ?? null]);
    expect(placed("Cụ thể, Hội đồng bầu cử tỉnh Đăk Lăk từ ngày 23/3")).toEqual([["Hội đồng bầu cử tỉnh Đăk Lăk", "Hội đồng bầu cử tỉnh Đăk Lăk", "province", "Đăk Lăk"]]);
    expect(placed("Theo quyết định của Hội đồng bầu cử TP Đà Nẵng, toàn bộ")).toEqual([["Hội đồng bầu cử TP Đà Nẵng", "Hội đồng bầu cử thành phố Đà Nẵng", "province", "Đà Nẵng"]]);
    expect(placed("các hội đồng bầu cử đã hoàn thành")).toEqual([]);
    expect(placed("Hội đồng bầu cử quốc gia")).toEqual([["Hội đồng bầu cử quốc gia", "Hội đồng bầu cử quốc gia", "central", null]]);
  });

  it("reads the divisions of a district by their fields, short forms too, and other divisions by the open head `Phòng` (corpus)", () => {
    expect(read("Phòng GD-ĐT quận Gò Vấp đã")).toEqual([["Phòng GD-ĐT quận Gò Vấp", "Phòng Giáo dục và Đào tạo quận Gò Vấp", "district"]]);
    expect(read("do Phòng LĐ-TB-XH huyện Cái Bè cấp")).toEqual([["Phòng LĐ-TB-XH huyện Cái Bè", "Phòng Lao động - Thương binh và Xã hội huyện Cái Bè", "district"]]);
    expect(read("hiện Phòng Tài nguyên - Môi trường, Cảnh sát")).toEqual([["Phòng Tài nguyên - Môi trường", "Phòng Tài nguyên và Môi trường", "district"]]);
    expect(read("Phòng Cảnh sát PCCC đã có mặt")).toEqual([["Phòng Cảnh sát PCCC", "Phòng Cảnh sát PCCC", null]]);
    // A division takes the body it divides as its parent, and a tier written short after its name.
    expect(findOrganizations("Tổ tuần tra kiểm soát Phòng CSGT Công an tỉnh Bà Rịa - Vũng Tàu đang").map((m) => [m.text, m.level, m.parent])).toEqual([
      ["Phòng CSGT Công an tỉnh Bà Rịa - Vũng Tàu", "province", "Công an tỉnh Bà Rịa - Vũng Tàu"],
    ]);
    expect(read("Phòng Giáo dục Q.1 đã")).toEqual([["Phòng Giáo dục Q.1", "Phòng Giáo dục quận 1", "district"]]);
    // Capitals joined by a tight hyphen are one word of an open name.
    expect(read("cuối năm 2003 mới thành lập Vụ Thanh tra KH-ĐT.")).toEqual([["Vụ Thanh tra KH-ĐT", "Vụ Thanh tra KH-ĐT", "central"]]);
    expect(read("gồm đại diện Cục Thủy lợi, Cục Đê điều và phòng chống lụt bão")).toEqual([["Cục Thủy lợi", "Cục Thủy lợi", null]]);
    // A room, a clinic, prevention: no body.
    expect(read("Phòng Khám Đa khoa Sài Gòn và phòng họp")).toEqual([]);
  });

  it("reads a merged department of trade and tourism, and the union of friendship organisations, national or a province's (corpus)", () => {
    expect(read("Sở Thương mại và Du lịch Điện Biên vừa chính thức")).toEqual([["Sở Thương mại và Du lịch Điện Biên", "Sở Thương mại và Du lịch Điện Biên", "province"]]);
    expect(read("Giám đốc Sở Thương mại Du lịch Điện Biên cho VnExpress")[0]?.[1]).toBe("Sở Thương mại và Du lịch Điện Biên");
    expect(read("ông Vũ Xuân Hồng, Chủ tịch Liên hiệp Các tổ chức hữu nghị VN đã")).toEqual([["Liên hiệp Các tổ chức hữu nghị VN", "Liên hiệp các tổ chức hữu nghị Việt Nam", "central"]]);
    expect(read("Liên hiệp các tổ chức hữu nghị tỉnh Thanh Hóa đã")).toEqual([["Liên hiệp các tổ chức hữu nghị tỉnh Thanh Hóa", "Liên hiệp các tổ chức hữu nghị tỉnh Thanh Hóa", "province"]]);
  });

  it("gives an office the side of the body it serves: a Party committee's is a Party agency, a State body's a State agency (corpus)", () => {
    const classified = (text: string) => findOrganizations(text).map((m) => [m.name, m.classification]);
    expect(classified("Ngày 23-2, tại Văn phòng Thành ủy TPHCM, đồng chí")).toEqual([["Văn phòng Thành ủy Thành phố Hồ Chí Minh", "party-agency"]]);
    expect(classified("đất tại phường Xuân La cho Văn phòng Bộ Giáo dục và Đào tạo xây dựng")[0]).toEqual(["Văn phòng Bộ Giáo dục và Đào tạo", "state-agency"]);
    expect(classified("thông tin từ Văn phòng UBND tỉnh Thanh Hóa cho biết")).toEqual([["Văn phòng Ủy ban nhân dân tỉnh Thanh Hóa", "state-agency"]]);
  });

  it("reads no place across a full stop after a city's tier: written out, or before a person (corpus)", () => {
    expect(placed("theo đúng chỉ đạo của Chủ tịch UBND thành phố. Tuy nhiên, việc xử lý")).toEqual([["UBND thành phố", null]]);
    expect(placed("Giám đốc Sở Tài chính TP. Bà Hồng nêu lý do")).toEqual([["Sở Tài chính TP", null]]);
    expect(placed("UBND TP. Bà Rịa đã")).toEqual([["UBND TP. Bà Rịa", "Bà Rịa"]]);
    expect(placed("UBND TP. Hồ Chí Minh đã")).toEqual([["UBND TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh"]]);
  });

  it("reads a friendship society whose pair of countries opens with the partner (corpus)", () => {
    expect(read("Đến nay, theo Hội Hữu nghị Pháp - Việt, đã có")).toEqual([["Hội Hữu nghị Pháp - Việt", "Hội Hữu nghị Pháp - Việt", null]]);
    expect(read("ông Len Aldis, Chủ tịch Hội Hữu nghị Anh-Việt và là").map(([text]) => text)).toEqual(["Hội Hữu nghị Anh-Việt"]);
    expect(read("Bộ Giáo dục Singapore đã")).toEqual([["Bộ Giáo dục Singapore", "Bộ Giáo dục Singapore", null]]);
    // Ending with `Việt Nam` as the second of a pair names no national body.
    expect(read("Hội Hữu nghị Pháp - Việt Nam đã")).toEqual([["Hội Hữu nghị Pháp - Việt Nam", "Hội Hữu nghị Pháp - Việt Nam", null]]);
    expect(placedLevel("Phòng Kinh tế - Hạ tầng huyện Củ Chi")).toEqual([["Phòng Kinh tế và Hạ tầng huyện Củ Chi", "district"]]);
  });

  it("reads the Party's organisation of a tier with its place or tier, never bare (corpus)", () => {
    expect(read("Sáng ngày 21-12, Đại hội Đảng bộ tỉnh Bình Dương lần VIII")).toEqual([["Đảng bộ tỉnh Bình Dương", "Đảng bộ tỉnh Bình Dương", "province"]]);
    expect(read("Đoàn đại biểu Đảng bộ TPHCM đã đóng góp")).toEqual([["Đảng bộ TPHCM", "Đảng bộ Thành phố Hồ Chí Minh", "province"]]);
    expect(read("Thủ tướng biểu dương Đảng bộ, chính quyền và nhân dân tỉnh")).toEqual([]);
  });

  it("reads other ruling parties by their names, not only the communist ones (corpus)", () => {
    expect(read("tại trụ sở T.Ư Đảng Nhân dân Cách mạng Lào đã diễn ra")).toEqual([
      ["T.Ư Đảng Nhân dân Cách mạng Lào", "Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào", null],
    ]);
    expect(read("Ban Chấp hành Trung ương Đảng Lao động Triều Tiên")[0]?.[1]).toBe("Ban Chấp hành Trung ương Đảng Lao động Triều Tiên");
    // Vietnam's party under its name of 1951–1976 is Vietnam's own.
    expect(read("Ban Chấp hành Trung ương Đảng Lao động Việt Nam")).toEqual([["Ban Chấp hành Trung ương Đảng Lao động Việt Nam", "Ban Chấp hành Trung ương Đảng", "central"]]);
  });

  it("gives a province's name to a local body that names no parent, known or not (corpus)", () => {
    expect(read("Hội Chữ thập đỏ Đồng Nai, các nhà hảo tâm")).toEqual([["Hội Chữ thập đỏ Đồng Nai", "Hội Chữ thập đỏ Đồng Nai", "province"]]);
    expect(read("Theo Chủ tịch Hội Khuyến học Phú Thọ Nguyễn Kim Trân, quy định")).toEqual([["Hội Khuyến học Phú Thọ", "Hội Khuyến học Phú Thọ", "province"]]);
    // a parent body, when one follows, is read instead
    expect(read("Ban Tuyên giáo Tỉnh ủy Phú Thọ")[0]?.[1]).toBe("Ban Tuyên giáo Tỉnh ủy Phú Thọ");
    // Ho Chi Minh City written short ends a body the table does not list and qualifies it
    expect(read("Sáng 1-2, Hội Nhà báo TPHCM, CLB Ảnh báo chí đã khai mạc")).toEqual([["Hội Nhà báo TPHCM", "Hội Nhà báo Thành phố Hồ Chí Minh", "province"]]);
    expect(read("phó cục trưởng Cục Thuế TP.HCM:")).toEqual([["Cục Thuế TP.HCM", "Cục Thuế Thành phố Hồ Chí Minh", "province"]]);
  });

  it("ends the name of a body the table does not list at a province's name that ends the run, and reads it as the body's place (corpus)", () => {
    expect(read("Nhà thơ Vũ Ngọc Chúc, nguyên Chủ tịch Hội Liên hiệp Văn học Nghệ thuật Hà Nội; Đại tá")).toEqual([
      ["Hội Liên hiệp Văn học Nghệ thuật Hà Nội", "Hội Liên hiệp Văn học Nghệ thuật Hà Nội", "province"],
    ]);
    expect(read("Còn theo Chi cục Thú y Tiền Giang, số gà")).toEqual([["Chi cục Thú y Tiền Giang", "Chi cục Thú y Tiền Giang", "province"]]);
    expect(read("phát triển Hội DNT Cần Thơ cần sớm")).toEqual([["Hội DNT Cần Thơ", "Hội DNT Cần Thơ", "province"]]);
    // a province's name that a capitalised word continues is part of a longer name
    expect(read("Ban Quản lý Khu công nghiệp Long An Mới").map(([, , level]) => level)).not.toContain("province");
  });

  it("reads no body in tiers with no place joined one after another: a kind of body (`UBND quận, huyện`) (corpus)", () => {
    expect(read("UBND TP yêu cầu UBND quận, huyện tiếp tục")).toEqual([["UBND TP", "Ủy ban nhân dân thành phố", null]]);
    expect(read("gửi Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương")).toEqual([]);
    expect(read("thuộc thẩm quyền giải quyết của UBND quận - huyện, phường - xã, thị trấn")).toEqual([]);
    // a tier that names its unit, or a committee, is another body
    expect(read("UBND tỉnh và huyện Thăng Bình").map(([text]) => text)).toEqual(["UBND tỉnh"]);
    expect(read("đề nghị UBND tỉnh, Tỉnh ủy tạo điều kiện").map(([text]) => text)).toEqual(["UBND tỉnh", "Tỉnh ủy"]);
  });

  it("reads the office of a ministry or a department (`Văn phòng Bộ TN-MT`), with the ministry as its parent (corpus)", () => {
    expect(read("ông Nguyễn Thành Minh, Chánh Văn phòng Bộ TN-MT, đã truyền đạt")).toEqual([
      ["Văn phòng Bộ TN-MT", "Văn phòng Bộ Tài nguyên và Môi trường", "central"],
    ]);
    expect(read("Văn phòng Sở GTCC thực hiện việc")).toEqual([["Văn phòng Sở GTCC", "Văn phòng Sở Giao thông công chính", "province"]]);
  });

  it("reads the Assembly's committee of science written without its comma (`Ủy ban Khoa học Công nghệ-Môi trường Quốc hội`) (corpus)", () => {
    expect(read("Ủy ban Khoa học Công nghệ-Môi trường Quốc hội và Sở Tài chính")[0]).toEqual([
      "Ủy ban Khoa học Công nghệ-Môi trường Quốc hội",
      "Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội",
      "central",
    ]);
  });

  it("keeps an abbreviation whole across a dash written tight after its first part (`TN- MT`) (corpus)", () => {
    const abbreviations = (text: string) => findOrganizations(text).map((m) => m.abbreviation ?? null);
    expect(abbreviations("Bộ TN- MT cho biết")).toEqual(["TN-MT"]);
    expect(abbreviations("Sở NN- PTNT Hà Nội cho biết")).toEqual(["NN-PTNT"]);
    expect(abbreviations("UBND, HĐND tỉnh")).toEqual(["UBND", "HĐND"]);
  });

  it("reads `Ban Tổ chức` only with its parent or tier: alone it is an event's organising committee as often (corpus)", () => {
    expect(read("Theo Ban Tổ chức, việc tổ chức cuộc thi nhằm")).toEqual([]);
    expect(read("Trưởng Ban Tổ chức Tỉnh ủy Quảng Ngãi cho biết").map(([text]) => text)).toEqual(["Ban Tổ chức Tỉnh ủy Quảng Ngãi"]);
  });

  it("reads the Party's organ inside a State body with that body as parent (`Ban cán sự đảng Bộ Tư pháp`, `Đảng đoàn Quốc hội`) (corpus)", () => {
    const parents = (text: string) => findOrganizations(text).map((m) => [m.text, m.parent ?? null, m.classification, m.level]);
    expect(parents("quyền bí thư Ban cán sự đảng Bộ NN&PTNT cho biết")).toEqual([["Ban cán sự đảng Bộ NN&PTNT", "Bộ Nông nghiệp và Phát triển nông thôn", "party-agency", "central"]]);
    expect(parents("Đảng đoàn Quốc hội đã họp")).toEqual([["Đảng đoàn Quốc hội", "Quốc hội", "party-agency", "central"]]);
    // and the office that serves it (corpus)
    expect(parents("Phó Vụ trưởng Văn phòng Đảng đoàn Quốc hội cho biết")[0]?.slice(0, 3)).toEqual(["Văn phòng Đảng đoàn Quốc hội", "Đảng đoàn Quốc hội", "party-agency"]);
  });

  it("gives the Party's central boards, listed or not, the Central Committee as parent (corpus)", () => {
    const parents = (text: string) => findOrganizations(text).map((m) => [m.name, m.parent ?? null]);
    expect(parents("Ban Tổ chức Trung ương cho biết")).toEqual([["Ban Tổ chức Trung ương", "Ban Chấp hành Trung ương Đảng"]]);
    expect(parents("Ban Kinh tế T.Ư cho biết")).toEqual([["Ban Kinh tế Trung ương", "Ban Chấp hành Trung ương Đảng"]]);
    expect(parents("Bộ Công an cho biết")).toEqual([["Bộ Công an", null]]);
    // A board the table does not list, named central, is one of the Party's too.
    expect(parents("Nguyễn Quốc Cường, Trưởng Ban Tài chính Quản trị Trung ương cho biết")).toEqual([["Ban Tài chính Quản trị Trung ương", "Ban Chấp hành Trung ương Đảng"]]);
  });

  it("gives no body after a plural when it is a kind of body, local and with no place (`Nhiều UBND phường`), but lists central bodies and numbered units (corpus)", () => {
    expect(read("Nhiều UBND phường không chịu xác nhận vào đơn")).toEqual([]);
    expect(read("Bộ cũng yêu cầu các Sở GD-ĐT in thêm")).toEqual([]);
    expect(read("nên một số Sở GTVT vẫn áp dụng")).toEqual([]);
    expect(read("Các Bộ Quốc phòng, Công an, Y tế, UBND các tỉnh").map(([text]) => text)).toContain("Bộ Quốc phòng");
    expect(read("bao gồm các Sư đoàn 10 và Sư đoàn 320 ở Mặt trận Tây Nguyên").map(([text]) => text)).toEqual(["Sư đoàn 10", "Sư đoàn 320"]);
    expect(read("không những UBND tỉnh Quảng Nam thưởng nóng").map(([text]) => text)).toEqual(["UBND tỉnh Quảng Nam"]);
    // the plural covers every kind of body it lists, up to `và` (corpus)
    expect(read("điện thăm hỏi gửi các Tỉnh ủy, Hội đồng nhân dân, Ủy ban nhân dân, Ủy ban MTTQ và nhân dân các tỉnh")).toEqual([]);
    // a body with a tier or a place after the list is one body
    expect(read("các Sở GD-ĐT và UBND tỉnh phối hợp").map(([text]) => text)).toEqual(["UBND tỉnh"]);
  });

  it("gives no body for `Ban Chấp hành` or `Ban Lãnh đạo` alone, the executive or the leaders of a body named elsewhere (corpus)", () => {
    expect(read("Đại hội X đã bầu Bộ Chính trị và Ban Chấp hành mới với tỉ lệ").map(([text]) => text)).toEqual(["Bộ Chính trị"]);
    expect(read("Thủ tướng Malaysia chúc mừng Ban Lãnh đạo mới của Việt Nam")).toEqual([]);
    expect(read("Ban Chấp hành LĐLĐ TP đã họp").map(([text]) => text)).toEqual(["Ban Chấp hành LĐLĐ TP"]);
  });

  it("ends an open name before `và` and another body headed `Tổ chức`, not before `tổ chức` the verb (corpus)", () => {
    expect(read("quê quán của 3 người này, Phòng Cảnh sát Hình sự và Tổ chức Rồng Xanh đã đưa về Việt Nam")).toEqual([
      ["Phòng Cảnh sát Hình sự", "Phòng Cảnh sát Hình sự", null],
    ]);
    expect(read("Phòng Văn hóa và tổ chức lễ hội đã")).toEqual([]);
  });

  it("reads `xã` after `hợp tác` as the cooperative's, no commune (corpus)", () => {
    expect(read("Cục Hợp tác xã cho biết")).toEqual([["Cục Hợp tác xã", "Cục Hợp tác xã", null]]);
    // a name that then runs on in lower case was cut, and is not given
    expect(read("Cục trưởng Cục Hợp tác xã và phát triển nông thôn cho biết")).toEqual([]);
  });

  it("reads an institute named for the country as a national body, not a company's school (corpus)", () => {
    expect(read("theo kết quả do Viện Khoa học Thủy lợi Việt Nam khảo sát")).toEqual([["Viện Khoa học Thủy lợi Việt Nam", "Viện Khoa học Thủy lợi Việt Nam", "central"]]);
    expect(read("Học sinh sẽ học tại Viện Ngôn ngữ ILA Việt Nam, 402 Nguyễn Thị Minh Khai")).toEqual([]);
    // `&` joins the fields of its name as `và` does, written as an entity too
    expect(read("(Viện Địa chất, Viện Khoa học &amp; Công nghệ Việt Nam) vẫn")).toEqual([["Viện Khoa học &amp; Công nghệ Việt Nam", "Viện Khoa học & Công nghệ Việt Nam", "central"]]);
  });

  it("reads the State Inspectorate under its name before 2005 (corpus)", () => {
    expect(read("Thông tin từ Thanh tra Nhà nước (TTNN) cho biết")[0]).toEqual(["Thanh tra Nhà nước", "Thanh tra Nhà nước", "central"]);
    const [head] = findOfficials("Tổng thanh tra nhà nước Quách Lê Thanh cho biết");
    expect(head?.positions).toEqual([{ role: "Tổng Thanh tra Nhà nước", body: "Thanh tra Nhà nước", level: "central" }]);
  });

  it("reads `BCHT.Ư`, the Central Committee written short with a dot (corpus)", () => {
    expect(read("để bầu vào BCHT.Ư Đảng khóa X.")[0]).toEqual(["BCHT.Ư", "Ban Chấp hành Trung ương Đảng", "central"]);
  });

  it("reads the Party itself under its names, apart from its committees (corpus)", () => {
    const party = (text: string) => findOrganizations(text).map((m) => [m.text, m.name, m.classification]);
    expect(party("dưới sự lãnh đạo của Đảng Cộng sản Việt Nam đứng đầu là")).toEqual([["Đảng Cộng sản Việt Nam", "Đảng Cộng sản Việt Nam", "party"]]);
    expect(party("Tổng Bí thư Đảng CSVN Nông Đức Mạnh")[0]).toEqual(["Đảng CSVN", "Đảng Cộng sản Việt Nam", "party"]);
    expect(party("thành lập Đảng Cộng sản VN để")).toEqual([["Đảng Cộng sản VN", "Đảng Cộng sản Việt Nam", "party"]]);
    expect(party("tham gia thành lập Đảng Cộng sản Đông Dương.")).toEqual([["Đảng Cộng sản Đông Dương", "Đảng Cộng sản Đông Dương", "party"]]);
    // its Central Committee stays one body, and another country's party is none of these
    expect(party("Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam")).toEqual([["Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam", "Ban Chấp hành Trung ương Đảng", "party-committee"]]);
    expect(party("Đảng Cộng sản Trung Quốc")).toEqual([]);
  });

  it("reads a department or command named after a unit of the armed forces as that unit's (corpus)", () => {
    const armed = (text: string) => findOrganizations(text).map((m) => [m.text, m.name, m.classification, m.parent, m.level]);
    expect(armed("được biên chế vào Phòng Chính trị Sư đoàn 304. Ngày")).toEqual([["Phòng Chính trị Sư đoàn 304", "Phòng Chính trị Sư đoàn 304", "armed-forces", "Sư đoàn 304", null]]);
    expect(armed("lệnh của Cục Hậu cần Quân khu 5 vào lúc")).toEqual([["Cục Hậu cần Quân khu 5", "Cục Hậu cần Quân khu 5", "armed-forces", "Quân khu 5", null]]);
    expect(armed("yêu cầu Bộ Chỉ huy Bộ đội Biên phòng tỉnh Bình Phước chủ trì")).toEqual([
      ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh Bình Phước", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Bình Phước", "armed-forces", "Bộ đội Biên phòng tỉnh Bình Phước", "province"],
    ]);
    // the border guard of a province named without its tier word, and `Bộ Chỉ huy` alone, which is no ministry
    expect(armed("Hiện Bộ đội biên phòng Quảng Trị đã lập 86 chốt").map(([text, , , , level]) => [text, level])).toEqual([["Bộ đội biên phòng Quảng Trị", "province"]]);
    expect(armed("Bộ Chỉ huy đã ra lệnh")).toEqual([]);
  });

  it("reads a national association named with a province as its chapter there (corpus)", () => {
    const chapter = (text: string) => findOrganizations(text).map((m) => [m.text, m.level, m.place]);
    expect(chapter("giữ chức Chủ tịch Hội Nông dân Việt Nam TPHCM, thay bà")).toEqual([["Hội Nông dân Việt Nam TPHCM", "province", "Thành phố Hồ Chí Minh"]]);
    expect(chapter("Hội Liên hiệp Phụ nữ Việt Nam tỉnh Bến Tre đã")).toEqual([["Hội Liên hiệp Phụ nữ Việt Nam tỉnh Bến Tre", "province", "Bến Tre"]]);
    // alone, or before anything but a province, it is the national body
    expect(chapter("Hội Nông dân Việt Nam và Hà Nội")).toEqual([["Hội Nông dân Việt Nam", "central", undefined]]);
    // a signature above its dateline
    expect(chapter("Trân trọng\nHội Liên hiệp phụ nữ Việt Nam\nTP.HCM ngày 27-4-2006")).toEqual([["Hội Liên hiệp phụ nữ Việt Nam", "central", undefined]]);
  });

  it("reads `Thường vụ` before a committee as its standing board, and no body alone (corpus)", () => {
    expect(read("Chiều 12/1, Thường vụ Tỉnh ủy Tiền Giang đã thông qua")).toEqual([["Thường vụ Tỉnh ủy Tiền Giang", "Ban Thường vụ Tỉnh ủy Tiền Giang", "province"]]);
    expect(read("sẽ đề nghị Thường vụ Thị ủy Bỉm Sơn chỉ đạo")).toEqual([["Thường vụ Thị ủy Bỉm Sơn", "Ban Thường vụ Thị ủy Bỉm Sơn", "district"]]);
    expect(read("Ông là Thường vụ, Trưởng ban")).toEqual([]);
  });

  it("reads the standing board of a mass organisation's central committee as that organisation's (corpus)", () => {
    const [board] = findOrganizations("Ban Thường vụ Trung ương Đoàn TNCS Hồ Chí Minh đã phát động");
    expect([board?.text, board?.name, board?.classification, board?.parent]).toEqual([
      "Ban Thường vụ Trung ương Đoàn TNCS Hồ Chí Minh",
      "Ban Thường vụ Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
      "mass-organization",
      "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    ]);
    // the Party's own central level is unchanged
    expect(findOrganizations("Ban Tuyên giáo Trung ương cho biết").map((m) => [m.name, m.parent])).toEqual([["Ban Tuyên giáo Trung ương", "Ban Chấp hành Trung ương Đảng"]]);
  });

  it("gives no body for `Ban Chỉ đạo` or `Ủy ban Thường vụ` alone, which point back to one named before (corpus)", () => {
    expect(read("Tại phiên họp, Ban Chỉ đạo đã thống nhất")).toEqual([]);
    // nor the standing committee alone (the National Assembly's, named before)
    expect(read("Ban Dân nguyện cũng đã có công văn gửi Ủy ban Thường vụ báo cáo là")).toEqual([["Ban Dân nguyện", "Ban Dân nguyện", "central"]]);
    expect(read("Chủ tịch nước Nguyễn Xuân Phúc - Trưởng Ban Chỉ đạo đã")).toEqual([]);
    expect(read("Phiên họp thứ 12 của Ban Chỉ đạo Cải cách tư pháp Trung ương").map(([text, , level]) => [text, level])).toEqual([
      ["Ban Chỉ đạo Cải cách tư pháp Trung ương", "central"],
    ]);
  });

  it("reads a body whose name opens in lower case as the end of its head's title (`chánh văn phòng`, `trưởng phòng`) (corpus)", () => {
    expect(read("bà Huyền Son - Chánh văn phòng UBND xã Đông Hà cho biết")).toEqual([["văn phòng UBND xã Đông Hà", "Văn phòng Ủy ban nhân dân xã Đông Hà", "commune"]]);
    expect(read("ông A, chánh văn phòng Bộ Công an, cho biết")).toEqual([["văn phòng Bộ Công an", "Văn phòng Bộ Công an", "central"]]);
    expect(read("Đại tá Vũ Minh Đức, Trưởng phòng CSGT Công an tỉnh Quảng Ninh cho biết")).toEqual([
      ["phòng CSGT Công an tỉnh Quảng Ninh", "Phòng CSGT Công an tỉnh Quảng Ninh", "province"],
    ]);
    expect(read("Bà Lê Thị Thu Ba, phó ban Tuyên giáo Tỉnh ủy cho biết")).toEqual([["ban Tuyên giáo Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy", "province"]]);
    // The body written again after the title opens at its capital; a lower-case head elsewhere opens none.
    expect(read("ông C, trưởng phòng Phòng Tổng hợp cho biết").map(([text]) => text)).toEqual(["Phòng Tổng hợp"]);
    expect(read("ông B, trưởng ban tổ chức lễ hội cho biết")).toEqual([]);
    expect(read("tại phòng họp UBND tỉnh").map(([text]) => text)).toEqual(["UBND tỉnh"]);
  });

  it("reads an inspectorate with its ministry or department as parent, or with its tier (`Thanh tra Bộ Tư pháp`, `Thanh tra tỉnh`) (corpus)", () => {
    expect(read("Dân trí đã phản ánh trước đó, Thanh tra Bộ Tư pháp đã có Kết luận")).toEqual([["Thanh tra Bộ Tư pháp", "Thanh tra Bộ Tư pháp", "central"]]);
    expect(read("Ông Lương Chí Vệ, đại diện Thanh tra Sở GTCC đã phải gọi")).toEqual([["Thanh tra Sở GTCC", "Thanh tra Sở Giao thông công chính", "province"]]);
    expect(read("trên cơ sở đơn tố cáo của công dân, Thanh tra Tỉnh Thanh Hóa đã có Báo cáo")).toEqual([["Thanh tra Tỉnh Thanh Hóa", "Thanh tra tỉnh Thanh Hóa", "province"]]);
    // `thanh tra` alone is the work, not a body; an open head may take it as its own name (`Ban Thanh tra`)
    expect(read("Đoàn thanh tra đã làm việc, Thanh tra viên cho biết")).toEqual([]);
    expect(read("1972-1973: Phó Ban Thanh tra, Ty Lâm nghiệp")).toEqual([["Ban Thanh tra", "Ban Thanh tra", null]]);
  });

  it("reads a high court or procuracy with the city where it sits as its place (corpus)", () => {
    const seated = (text: string) => findOrganizations(text).map((m) => [m.text, m.name, m.place, m.level]);
    expect(seated("Theo thông tin mới đây từ VKSND Cấp cao tại Hà Nội, tính đến ngày")).toEqual([
      ["VKSND Cấp cao tại Hà Nội", "Viện Kiểm sát nhân dân cấp cao tại Hà Nội", "Hà Nội", null],
    ]);
    expect(seated("Tòa án nhân dân cấp cao tại TP.HCM xét xử")).toEqual([
      ["Tòa án nhân dân cấp cao tại TP.HCM", "Tòa án nhân dân cấp cao tại Thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh", null],
    ]);
  });

  it("gives the central level to a body named for the whole country, not to one named for a place (corpus)", () => {
    expect(read("Chủ tịch Hội Nhà báo Việt Nam Hồng Vinh")).toEqual([["Hội Nhà báo Việt Nam", "Hội Nhà báo Việt Nam", "central"]]);
    expect(read("theo Cục Đăng kiểm VN, các xe")).toEqual([["Cục Đăng kiểm VN", "Cục Đăng kiểm VN", "central"]]);
    expect(read("ngày 5/9, Ban Trị sự Giáo hội Phật giáo Việt Nam TPHCM đã họp")).toEqual([
      ["Ban Trị sự Giáo hội Phật giáo Việt Nam TPHCM", "Ban Trị sự Giáo hội Phật giáo Việt Nam Thành phố Hồ Chí Minh", "province"],
    ]);
    expect(read("Hội Sinh viên Việt Nam tại Pháp tổ chức")).toEqual([["Hội Sinh viên Việt Nam tại Pháp", "Hội Sinh viên Việt Nam tại Pháp", null]]);
  });

  it("reads the emulation and awards bodies whole, and short forms with a hyphen as one field (corpus)", () => {
    expect(read("giám đốc 5 triệu, cán bộ của Ban Thi đua - Khen thưởng Trung ương có 3 người đến")).toEqual([
      ["Ban Thi đua - Khen thưởng Trung ương", "Ban Thi đua - Khen thưởng Trung ương", "central"],
    ]);
    expect(read("Tiếp đó, Hội đồng Thi đua Khen thưởng TP Hà Nội đã công bố")).toEqual([
      ["Hội đồng Thi đua Khen thưởng TP Hà Nội", "Hội đồng Thi đua - Khen thưởng thành phố Hà Nội", "province"],
    ]);
    expect(read("với độ cao tối đa 2,6 mét. Sở QH-KT cũng lưu ý")).toEqual([["Sở QH-KT", "Sở Quy hoạch - Kiến trúc", "province"]]);
    expect(read("Tin từ Bộ GT-VT cho biết")).toEqual([["Bộ GT-VT", "Bộ Giao thông vận tải", "central"]]);
  });

  it("reads a foreign parliament's chamber only with its country after it (corpus)", () => {
    expect(read("Thủ tướng Phan Văn Khải gặp Chủ tịch Thượng viện Canada Dan Hays")).toEqual([["Thượng viện Canada", "Thượng viện Canada", null]]);
    expect(read("Chủ tịch Hạ viện Peter Milliken")).toEqual([]);
    expect(read("Snerwood L.Boehlert, Chủ tịch Ủy ban Khoa học Hạ viện, Ủy ban")).toEqual([["Ủy ban Khoa học Hạ viện", "Ủy ban Khoa học Hạ viện", null]]);
  });

  it("reads port authorities, the army's commands and social insurance agencies (corpus)", () => {
    expect(read("Theo tin từ Cảng vụ Cần Thơ, vào lúc 20 giờ")).toEqual([["Cảng vụ Cần Thơ", "Cảng vụ Cần Thơ", null]]);
    const classified = (text: string) => findOrganizations(text).map((m) => [m.text, m.classification, m.level]);
    expect(classified("Thiếu tướng Nguyễn Quốc Duyệt - Tư lệnh Bộ Tư lệnh Thủ đô, bà")).toEqual([["Bộ Tư lệnh Thủ đô", "armed-forces", null]]);
    expect(classified("Lưu Mạnh Hà đang công tác tại Bảo hiểm xã hội tỉnh Hưng Yên.")).toEqual([["Bảo hiểm xã hội tỉnh Hưng Yên", "state-agency", "province"]]);
    expect(classified("Cơ quan BHXH VN đã hướng dẫn")).toEqual([["BHXH VN", "state-agency", "central"]]);
    expect(classified("người lao động đóng bảo hiểm xã hội")).toEqual([]);
  });

  it("reads the People's Army by its full name or short forms, not the newspaper's bare name (corpus)", () => {
    expect(read("Chủ nhiệm Tổng cục Chính trị Quân đội nhân dân Việt Nam.")).toEqual([
      ["Tổng cục Chính trị", "Tổng cục Chính trị", "central"],
      ["Quân đội nhân dân Việt Nam", "Quân đội nhân dân Việt Nam", "central"],
    ]);
    expect(read("Ngày 22/12, QĐND Việt Nam cũng đã kỷ niệm")).toEqual([["QĐND Việt Nam", "Quân đội nhân dân Việt Nam", "central"]]);
    expect(read("theo báo Quân đội nhân dân")).toEqual([]);
  });

  it("reads `Thường vụ Quốc hội`, the usual short form, as the Standing Committee, not the Assembly (corpus)", () => {
    expect(read("đã được Thường vụ Quốc hội ra nghị quyết phê chuẩn.")).toEqual([["Thường vụ Quốc hội", "Ủy ban Thường vụ Quốc hội", "central"]]);
    expect(read("Tại phiên họp Thường vụ QH, sáng 29/9").map(([text, name]) => [text, name])).toEqual([["Thường vụ QH", "Ủy ban Thường vụ Quốc hội"]]);
  });

  it("reads the Party's military commission by its name before 1961, as the press writes it (corpus)", () => {
    expect(read("Tổng quân uỷ họp quyết định chủ trương tác chiến tại Điện Biên Phủ.")).toEqual([["Tổng quân uỷ", "Tổng Quân ủy", "central"]]);
    expect(read("Bí thư Tổng Quân ủy Võ Nguyên Giáp")).toEqual([["Tổng Quân ủy", "Tổng Quân ủy", "central"]]);
  });

  it("reads `của Quốc hội` after any short name of a committee of the National Assembly (corpus)", () => {
    expect(read("Trước đó, Chủ nhiệm UB Kinh tế-Ngân sách của QH Nguyễn Đức Kiên cũng")).toEqual([
      ["UB Kinh tế-Ngân sách của QH", "Ủy ban Kinh tế và Ngân sách của Quốc hội", "central"],
    ]);
    expect(read("Tại kỳ họp năm 2003, Ủy ban về các vấn đề xã hội của Quốc hội có thuyết trình").map(([text]) => text)).toEqual(["Ủy ban về các vấn đề xã hội của Quốc hội"]);
  });

  it("reads no association where `Hội` names a festival (`Hội Báo Xuân`, the spring press fair) (corpus)", () => {
    expect(read("Tối qua (1-2), Hội Báo Xuân Ất Dậu 2005 đã bế mạc tại Hà Nội")).toEqual([]);
    expect(read("Hội Nhà báo Việt Nam").map(([text]) => text)).toEqual(["Hội Nhà báo Việt Nam"]);
  });

  it("reads quận and phường abbreviated as Q. and P. after a body (corpus)", () => {
    expect(read("UBND Q.Bình Thạnh cho biết")).toEqual([["UBND Q.Bình Thạnh", "Ủy ban nhân dân quận Bình Thạnh", "district"]]);
    expect(read("Công an Q.10 đã")).toEqual([["Công an Q.10", "Công an quận 10", "district"]]);
    expect(read("UBND Q. Tân Bình")).toEqual([["UBND Q. Tân Bình", "Ủy ban nhân dân quận Tân Bình", "district"]]);
    expect(read("Bí thư Đảng ủy P.15 cho biết")).toEqual([["Đảng ủy P.15", "Đảng ủy phường 15", "commune"]]);
    // one capitalised word is a person's initial, not a district
    expect(read("UBND Q.Anh")).toEqual([["UBND", "Ủy ban nhân dân", null]]);
  });

  it("reads the State Bank by its acronym, and its acronym in brackets before `Việt Nam` (corpus)", () => {
    const abbreviated = (text: string) => findOrganizations(text).map((m) => [m.text, m.name, m.abbreviation ?? null]);
    expect(abbreviated("Ngân hàng Nhà nước (NHNN) Việt Nam chính thức đưa")).toEqual([["Ngân hàng Nhà nước (NHNN) Việt Nam", "Ngân hàng Nhà nước", "NHNN"]]);
    expect(abbreviated("được NHNN đưa vào lưu thông")).toEqual([["NHNN", "Ngân hàng Nhà nước", "NHNN"]]);
    expect(abbreviated("Ủy ban Trung ương Mặt trận Tổ quốc (MTTQ) VN")).toEqual([
      ["Ủy ban Trung ương Mặt trận Tổ quốc (MTTQ) VN", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "MTTQ"],
    ]);
  });

  it("gives a body named with another country's people that country (corpus)", () => {
    expect(read("cảm ơn Chính phủ và nhân dân Campuchia đã giúp đỡ")).toEqual([["Chính phủ", "Chính phủ Campuchia", null]]);
    expect(read("Quốc hội và nhân dân Hàn Quốc")).toEqual([["Quốc hội", "Quốc hội Hàn Quốc", null]]);
    // Vietnam's people leave Vietnam's body as it is
    expect(read("Chính phủ và nhân dân Việt Nam")).toEqual([["Chính phủ", "Chính phủ", "central"]]);
  });

  it("reads no body from the issuer's code inside a document's symbol (corpus)", () => {
    expect(read("theo Quyết định số 669/QĐ-UBND ngày 12/3 của UBND tỉnh").map(([text]) => text)).toEqual(["UBND tỉnh"]);
    expect(read("Công điện số 01/CĐ-UBND về việc")).toEqual([]);
    // a joint office's name is no symbol
    expect(read("cán bộ Văn phòng HĐND-UBND huyện Đông Anh").length).toBeGreaterThan(0);
  });

  it("gives the bodies of a locality listed before the last its place and level (corpus)", () => {
    const placed = (text: string) => findOrganizations(text).map((m) => [m.text, m.place ?? null, m.level]);
    expect(placed("Thành ủy, HĐND, UBND, Ủy ban MTTQ TPHCM tổ chức trọng thể lễ mít tinh")).toEqual([
      ["Thành ủy", "Thành phố Hồ Chí Minh", "province"],
      ["HĐND", "Thành phố Hồ Chí Minh", "province"],
      ["UBND", "Thành phố Hồ Chí Minh", "province"],
      ["Ủy ban MTTQ TPHCM", "Thành phố Hồ Chí Minh", "province"],
    ]);
    // joined by dashes, as some papers write the list
    expect(placed("Thành ủy - HĐND - UBND - Ủy ban MTTQ TPHCM đã tổ chức").map(([, place, level]) => [place, level])).toEqual(
      Array(4).fill(["Thành phố Hồ Chí Minh", "province"]),
    );
    expect(placed("kết hợp với Thành ủy-HĐND-UBND tỉnh Thái Nguyên long trọng").map(([, place]) => place)).toEqual(Array(3).fill("Thái Nguyên"));
    // another tier, and a body that is no locality's, keep their own
    expect(placed("UBND TP và UBND huyện Bình Chánh đầu tư")[0]).toEqual(["UBND TP", null, null]);
    expect(placed("Cục Lãnh sự, Sở Ngoại vụ TPHCM")[0]).toEqual(["Cục Lãnh sự", null, null]);
  });

  it("ends a body at `TP.` when one word that names no city opens the next sentence (corpus)", () => {
    expect(read("Công an TP và Bộ chỉ huy quân sự TP. Phấn khởi trước tình hình").map(([text]) => text)).toContain("Bộ chỉ huy quân sự TP");
    expect(read("để trình UBND TP. Yêu cầu của UBND TP đối với").map(([text]) => text)).toEqual(["UBND TP", "UBND TP"]);
    // a city after the dot and a space is still read
    expect(read("UBND TP. Vũng Tàu cho biết").map(([text]) => text)).toEqual(["UBND TP. Vũng Tàu"]);
    expect(read("UBND TP. Huế cho biết").map(([text]) => text)).toEqual(["UBND TP. Huế"]);
  });

  it("reads the ministries listed by their fields after one, sharing its head word (corpus)", () => {
    expect(read("Đoàn công tác gồm các Bộ Ngoại giao, Quốc phòng, Công an, Y tế, Giao thông vận tải tiếp tục thực hiện")).toEqual([
      ["Bộ Ngoại giao", "Bộ Ngoại giao", "central"],
      ["Quốc phòng", "Bộ Quốc phòng", "central"],
      ["Công an", "Bộ Công an", "central"],
      ["Y tế", "Bộ Y tế", "central"],
      ["Giao thông vận tải", "Bộ Giao thông vận tải", "central"],
    ]);
    expect(read("đại diện các Bộ Công an, GD-ĐT, KH-ĐT để giải quyết").map(([, name]) => name)).toEqual(["Bộ Công an", "Bộ Giáo dục và Đào tạo", "Bộ Kế hoạch và Đầu tư"]);
    // a field that opens another body's name ends the list: the provinces' police are no ministry
    expect(read("Bộ Công an, Công an các tỉnh phối hợp").map(([text]) => text)).toEqual(["Bộ Công an"]);
  });

  it("joins two fields by `và` in a name that the country's name closes, and no other (corpus)", () => {
    expect(read("ông Lại Hồng Thanh - Phó tổng cục trưởng Tổng cục Địa chất và Khoáng sản Việt Nam - cho biết")).toEqual([
      ["Tổng cục Địa chất và Khoáng sản Việt Nam", "Tổng cục Địa chất và Khoáng sản Việt Nam", "central"],
    ]);
    // two bodies, and two communes, joined by `và`: not one name (nor the first alone, where `và` may go on with it,
    // unless the second opens with a body's head: see below)
    expect(read("Phòng Cảnh sát Hình sự và Tổ chức Rồng Xanh đã đưa về")).toEqual([["Phòng Cảnh sát Hình sự", "Phòng Cảnh sát Hình sự", null]]);
    expect(read("xã Hội Đông và Tân Hương có 100.000 con gà")).toEqual([]);
  });

  it("ends a steering committee's task before `làm việc` (to work), and keeps `việc làm` (employment) in it (corpus)", () => {
    expect(read("Thứ trưởng Bộ Y tế Nguyễn Trường Sơn, Phó Trưởng ban Chỉ đạo Quốc gia phòng, chống dịch Covid-19 làm trưởng đoàn").map(([text]) => text)).toEqual([
      "Bộ Y tế",
      "ban Chỉ đạo Quốc gia phòng, chống dịch Covid-19",
    ]);
    expect(read("Ban Chỉ đạo Quốc gia phòng, chống dịch Covid-19 làm việc với tỉnh").map(([text]) => text)).toEqual(["Ban Chỉ đạo Quốc gia phòng, chống dịch Covid-19"]);
    expect(read("Ban Chỉ đạo xóa đói giảm nghèo và việc làm tỉnh Hà Nam").map(([text]) => text)).toEqual(["Ban Chỉ đạo xóa đói giảm nghèo và việc làm tỉnh Hà Nam"]);
  });

  it("takes no abbreviation from an international body's acronym in a name, or from a name written in capitals (corpus)", () => {
    const abbreviation = (text: string) => findOrganizations(text).map((m) => [m.text, m.abbreviation ?? null]);
    expect(abbreviation("đại diện Ban Thư ký Quốc gia ASEAN cho biết")).toEqual([["Ban Thư ký Quốc gia ASEAN", null]]);
    expect(abbreviation("Ủy ban Quốc gia UNESCO Việt Nam")[0]?.[1]).toBeNull();
    expect(abbreviation("NGHỊ QUYẾT CỦA BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG")).toEqual([["BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG", null]]);
    // an acronym beside a syllable in capitals is still one
    expect(abbreviation("BCH TƯ Đảng")[0]?.[1]).toBe("BCH TƯ");
  });

  it("writes an acronym joined by `&` tight, spaces around it or not, as the same body is written elsewhere (corpus)", () => {
    const abbreviation = (text: string) => findOrganizations(text).map((m) => m.abbreviation ?? null);
    expect(abbreviation("Bộ GD &amp; ĐT cho biết")).toEqual(["GD&ĐT"]);
    expect(abbreviation("Bộ GD & ĐT cho biết")).toEqual(["GD&ĐT"]);
    expect(abbreviation("Bộ GD&ĐT cho biết")).toEqual(["GD&ĐT"]);
    expect(abbreviation("Sở TN & MT TP Đà Nẵng")).toEqual(["TN&MT"]);
  });

  it("reads huyện abbreviated as H. after a body, by a name and never by a number (corpus)", () => {
    expect(read("chuyển hồ sơ cho Công an H.Bình Chánh để")).toEqual([["Công an H.Bình Chánh", "Công an huyện Bình Chánh", "district"]]);
    expect(read("Chánh văn phòng UBND H.Dương Minh Châu nói")).toEqual([["văn phòng UBND H.Dương Minh Châu", "Văn phòng Ủy ban nhân dân huyện Dương Minh Châu", "district"]]);
    // huyện are named, not numbered; one word is a byline's initial
    expect(read("UBND H.5 cho biết")).toEqual([["UBND", "Ủy ban nhân dân", null]]);
    expect(read("UBND H.Dũng")).toEqual([["UBND", "Ủy ban nhân dân", null]]);
  });

  it("takes no body inside the names Tây Ban Nha and Ban Mê (Thuột)", () => {
    // the pair of countries is the committee's name, and no "Ban Nha" body starts inside it
    expect(findOrganizations("Ủy ban Hỗn hợp VN-Tây Ban Nha diễn ra tại Hà Nội").map((m) => m.text)).toEqual(["Ủy ban Hỗn hợp VN-Tây Ban Nha"]);
    expect(findOrganizations("Bộ trưởng Ngoại giao Tây Ban Nha Ana Placio")).toEqual([]);
    expect(findOrganizations("lễ hội Đêm trắng Ban Mê lần đầu tiên")).toEqual([]);
  });

  it("reads a pair of countries joined by a dash as part of the name (Việt – Lào, Việt Nam - Cuba)", () => {
    expect(read("Chủ tịch Hội Hữu nghị Việt – Lào TPHCM. Ảnh")).toEqual([["Hội Hữu nghị Việt – Lào TPHCM", "Hội Hữu nghị Việt – Lào Thành phố Hồ Chí Minh", "province"]]);
    expect(read("Ủy ban Hữu nghị Việt - Trung họp")).toEqual([["Ủy ban Hữu nghị Việt - Trung", "Ủy ban Hữu nghị Việt - Trung", null]]);
    expect(read("Hội Hữu nghị Việt Nam - Cuba tỉnh Nghệ An")).toEqual([["Hội Hữu nghị Việt Nam - Cuba tỉnh Nghệ An", "Hội Hữu nghị Việt Nam - Cuba tỉnh Nghệ An", "province"]]);
    // a dash before another body is no pair
    expect(read("Bộ Ngoại giao Việt Nam - Bộ trưởng")).toEqual([["Bộ Ngoại giao", "Bộ Ngoại giao", "central"]]);
  });

  it("reads Trung ương written short in a listed name, and Đảng after a central organ of the Party", () => {
    expect(read("Nguồn tin từ Văn phòng T.Ư Đảng cho biết")).toEqual([["Văn phòng T.Ư Đảng", "Văn phòng Trung ương Đảng", "central"]]);
    expect(read("Ban Tuyên giáo TƯ Đảng chỉ đạo")).toEqual([["Ban Tuyên giáo TƯ Đảng", "Ban Tuyên giáo Trung ương", "central"]]);
    expect(read("Ủy ban Kiểm tra Trung ương Đảng kết luận")).toEqual([["Ủy ban Kiểm tra Trung ương Đảng", "Ủy ban Kiểm tra Trung ương", "central"]]);
    // no Đảng after a body that is not the Party's
    expect(read("Ủy ban TW MTTQ Việt Nam. Đảng")).toEqual([["Ủy ban TW MTTQ Việt Nam", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "central"]]);
  });

  it("reads an institute the table does not list only as the body of its head's title", () => {
    expect(read("Viện trưởng Viện Chăn nuôi cho biết")).toEqual([["Viện Chăn nuôi", "Viện Chăn nuôi", null]]);
    expect(read("theo Viện Y khoa Garvan")).toEqual([]);
    expect(read("Viện Kiểm sát nhân dân tỉnh Long An")).toEqual([["Viện Kiểm sát nhân dân tỉnh Long An", "Viện Kiểm sát nhân dân tỉnh Long An", "province"]]);
  });

  it("reads a steering committee by its task up to the qualifier that closes its name (corpus)", () => {
    expect(read("UBND tỉnh Hà Nam giao Ban chỉ đạo phòng, chống dịch Covid-19 huyện Lý Nhân chủ trì")).toEqual([
      ["UBND tỉnh Hà Nam", "Ủy ban nhân dân tỉnh Hà Nam", "province"],
      ["Ban chỉ đạo phòng, chống dịch Covid-19 huyện Lý Nhân", "Ban Chỉ đạo phòng, chống dịch Covid-19 huyện Lý Nhân", "district"],
    ]);
    expect(read("Thủ tướng yêu cầu Ban chỉ đạo phòng chống lụt bão trung ương theo dõi")).toEqual([
      ["Ban chỉ đạo phòng chống lụt bão trung ương", "Ban Chỉ đạo phòng chống lụt bão Trung ương", "central"],
    ]);
    expect(read("tại cuộc họp Ban chỉ đạo phòng chống dịch Covid-19 TPHCM trưa 30/4")).toEqual([
      ["Ban chỉ đạo phòng chống dịch Covid-19 TPHCM", "Ban Chỉ đạo phòng chống dịch Covid-19 Thành phố Hồ Chí Minh", "province"],
    ]);
    // a qualifier written first: the task ends before a mark or a verb
    expect(read("Theo báo cáo của Ban Chỉ đạo Trung ương về PCTT, năm 2020")).toEqual([["Ban Chỉ đạo Trung ương về PCTT", "Ban Chỉ đạo Trung ương về PCTT", "central"]]);
    expect(read("Ban Chỉ đạo Cải cách tư pháp Trung ương đã tổ chức")).toEqual([["Ban Chỉ đạo Cải cách tư pháp Trung ương", "Ban Chỉ đạo Cải cách tư pháp Trung ương", "central"]]);
    // the place its qualifier names is the committee's place (the levels are read above and in the bloc's test)
    expect(read("Ban Chỉ đạo phòng, chống dịch Covid-19 thành phố Hà Nội đã họp")[0]?.[2]).toBe("province");
    expect(placed("Ban Chỉ đạo phòng, chống dịch Covid-19 thành phố Hà Nội đã họp")).toEqual([["Ban Chỉ đạo phòng, chống dịch Covid-19 thành phố Hà Nội", "Hà Nội"]]);
    expect(placed("Ban chỉ đạo phòng, chống dịch Covid-19 huyện Lý Nhân chủ trì")).toEqual([["Ban chỉ đạo phòng, chống dịch Covid-19 huyện Lý Nhân", "Lý Nhân"]]);
    expect(placed("Ban Chỉ đạo phòng chống lụt bão Trung ương")).toEqual([["Ban Chỉ đạo phòng chống lụt bão Trung ương", null]]);
    expect(placed("Phó bí thư Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Thanh Hóa.")).toEqual([["Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Thanh Hóa", "Thanh Hóa"]]);
    // a task of other words, or no qualifier to close it: no name is given
    expect(read("Ban chỉ đạo tuyển sinh của Bộ sẽ xem xét")).toEqual([]);
    expect(read("Ban chỉ đạo phòng chống dịch đã họp")).toEqual([]);
  });

  it("reads TƯ as Trung ương in capitals only: tư is a word (tư pháp, tư vấn, tư cách)", () => {
    const names = (text: string) => findOrganizations(text).map((m) => m.name);
    expect(names("phối hợp với Văn phòng Tư vấn di truyền")).not.toContain("Văn phòng Trung ương");
    expect(names("Ban Thẩm tra tư cách đại biểu")).not.toContain("Ban Thẩm tra Trung ương");
    expect(names("Ban Nội chính tư pháp tỉnh")).not.toContain("Ban Nội chính Trung ương");
    expect(names("Ban Tổ chức TƯ Đảng")).toEqual(["Ban Tổ chức Trung ương"]);
  });

  it("reads the committees of a people's council, also after a dash, and xã hội as society, not a commune (corpus)", () => {
    expect(read("Ông Nguyễn Minh Hoàng - trưởng Ban kinh tế &amp; ngân sách - nhấn mạnh")).toEqual([["Ban kinh tế &amp; ngân sách", "Ban Kinh tế - Ngân sách", null]]);
    expect(read("ông Nguyễn Thành Rum, Trưởng Ban Văn hóa Xã hội - HĐND TPHCM, nhấn mạnh")).toEqual([
      ["Ban Văn hóa Xã hội - HĐND TPHCM", "Ban Văn hóa - Xã hội Hội đồng nhân dân Thành phố Hồ Chí Minh", "province"],
    ]);
    expect(read("Ban Khoa học tự nhiên, Ban Khoa học xã hội - Nhân văn").map(([, , level]) => level)).not.toContain("commune");
  });

  it("reads the National Assembly's culture committee with dashes for its commas (corpus)", () => {
    expect(read("ý kiến của Phó chủ nhiệm Ủy ban Văn hóa - giáo dục - thanh niên, thiếu niên và nhi đồng Nguyễn Viết Chức")).toEqual([
      ["Ủy ban Văn hóa - giáo dục - thanh niên, thiếu niên và nhi đồng", "Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng của Quốc hội", "central"],
    ]);
  });

  it("reads a field whose comma is written as a dash, with và or & (corpus)", () => {
    const textAndName = (text: string) => findOrganizations(text).map((m) => [m.text, m.name]);
    expect(textAndName("ông Đỗ Văn Bình - Giám đốc Sở Văn hóa - Thể thao & Du lịch cho biết")).toEqual([["Sở Văn hóa - Thể thao & Du lịch", "Sở Văn hóa, Thể thao và Du lịch"]]);
    expect(textAndName("giao Sở Văn hóa - Thể thao và Du lịch chủ trì")).toEqual([["Sở Văn hóa - Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch"]]);
  });

  it("reads the Front's member organisations of youth and of the elderly, national and local (corpus)", () => {
    expect(read("Phó chủ tịch Hội LHTN Việt Nam, Tổng biên tập")).toEqual([["Hội LHTN Việt Nam", "Hội Liên hiệp Thanh niên Việt Nam", "central"]]);
    expect(read("anh Thái Bảo - Chủ tịch Hội LHTN tỉnh Đồng Nai, anh")).toEqual([["Hội LHTN tỉnh Đồng Nai", "Hội Liên hiệp Thanh niên tỉnh Đồng Nai", "province"]]);
    expect(read("Phó Chủ tịch Hội Người cao tuổi VN Đỗ Trọng Ngoạn")).toEqual([["Hội Người cao tuổi VN", "Hội Người cao tuổi Việt Nam", "central"]]);
  });

  it("reads Việt Nam written VN in any name, and a national association's central committee as the association (corpus)", () => {
    expect(read("gửi lời chia buồn sâu sắc đến Hội Cựu chiến binh VN và gia đình")).toEqual([["Hội Cựu chiến binh VN", "Hội Cựu chiến binh Việt Nam", "central"]]);
    expect(read("Tổng LĐLĐ VN, Trung ương Hội Liên hiệp Phụ nữ VN, Trung ương Đoàn")).toEqual([
      ["Tổng LĐLĐ VN", "Tổng Liên đoàn Lao động Việt Nam", "central"],
      ["Trung ương Hội Liên hiệp Phụ nữ VN", "Hội Liên hiệp Phụ nữ Việt Nam", "central"],
      ["Trung ương Đoàn", "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh", "central"],
    ]);
    // without the country too; T.Ư before the name is not part of its acronym
    expect(first("lãnh đạo T.Ư Hội LHPN cần kiên quyết")).toMatchObject({ text: "T.Ư Hội LHPN", name: "Hội Liên hiệp Phụ nữ Việt Nam", abbreviation: "LHPN", level: "central" });
    expect(first("T.Ư Hội Người cao tuổi đã kiến nghị")).toMatchObject({ name: "Hội Người cao tuổi Việt Nam", level: "central" });
    // a council (Hội đồng) is no association
    expect(read("Trung ương Hội đồng Dân tộc").map((m) => m[0])).not.toContain("Trung ương Hội đồng Dân tộc");
  });

  it("reads a body's acronym in brackets before its tier or place as part of it (corpus)", () => {
    expect(first("ông Bùi Văn Sang, Phó Giám đốc Kho bạc Nhà nước (KBNN) tỉnh Phú Yên; nguyên")).toMatchObject({
      text: "Kho bạc Nhà nước (KBNN) tỉnh Phú Yên",
      name: "Kho bạc Nhà nước tỉnh Phú Yên",
      abbreviation: "KBNN",
      level: "province",
      place: "Phú Yên",
    });
    expect(read("Sáng 10/9, Sở Giao thông - Công chánh (GTCC) TP Hồ Chí Minh đã tổ chức")).toEqual([
      ["Sở Giao thông - Công chánh (GTCC) TP Hồ Chí Minh", "Sở Giao thông công chính Thành phố Hồ Chí Minh", "province"],
    ]);
    // a national force's command in a province too
    expect(read("Đồn Biên phòng Ia Rvê, Bộ đội Biên phòng (BĐBP) tỉnh Đắk Lắk cho biết")).toEqual([
      ["Bộ đội Biên phòng (BĐBP) tỉnh Đắk Lắk", "Bộ đội Biên phòng tỉnh Đắk Lắk", "province"],
    ]);
    // with nothing after the brackets, they are not the body's
    expect(read("Sở Y tế (SYT) cho biết")).toEqual([["Sở Y tế", "Sở Y tế", "province"]]);
  });

  it("reads the traffic police department and the traffic safety committees of the provinces beside the national one (corpus)", () => {
    expect(read("báo cáo của Ban An toàn giao thông tỉnh Quảng Bình thì năm 2003")).toEqual([
      ["Ban An toàn giao thông tỉnh Quảng Bình", "Ban An toàn giao thông tỉnh Quảng Bình", "province"],
    ]);
    expect(read("theo đề xuất của Cục Cảnh sát giao thông; siết lại, Cục CSGT yêu cầu")).toEqual([
      ["Cục Cảnh sát giao thông", "Cục Cảnh sát giao thông", "central"],
      ["Cục CSGT", "Cục Cảnh sát giao thông", "central"],
    ]);
    expect(read("Ủy ban An toàn giao thông Quốc gia và Ban ATGT TP")).toEqual([
      ["Ủy ban An toàn giao thông Quốc gia", "Ủy ban An toàn giao thông Quốc gia", "central"],
      ["Ban ATGT TP", "Ban An toàn giao thông thành phố", null],
    ]);
  });

  it("reads the electoral bodies: the national council and the committees of each tier", () => {
    expect(read("Chiều 27/4, Hội đồng bầu cử quốc gia tổ chức họp báo")).toEqual([["Hội đồng bầu cử quốc gia", "Hội đồng bầu cử quốc gia", "central"]]);
    expect(read("Ủy ban Bầu cử tỉnh Thanh Hóa vừa có quyết định")).toEqual([["Ủy ban Bầu cử tỉnh Thanh Hóa", "Ủy ban bầu cử tỉnh Thanh Hóa", "province"]]);
    expect(read("được Ủy ban bầu cử xã Quảng Yên lựa chọn")).toEqual([["Ủy ban bầu cử xã Quảng Yên", "Ủy ban bầu cử xã Quảng Yên", "commune"]]);
  });

  it("reads the Party committee of a unit as one body, at the unit's level, with the unit as its parent (corpus)", () => {
    expect(first("Sáng 27/4, Đảng ủy Bộ Lao động - Thương binh và Xã hội đã tổ chức")).toMatchObject({
      text: "Đảng ủy Bộ Lao động - Thương binh và Xã hội",
      name: "Đảng ủy Bộ Lao động - Thương binh và Xã hội",
      classification: "party-committee",
      level: "central",
      parent: "Bộ Lao động - Thương binh và Xã hội",
    });
    expect(read("Là bí thư Đảng ủy Bộ GTVT, ông từng")).toEqual([["Đảng ủy Bộ GTVT", "Đảng ủy Bộ Giao thông vận tải", "central"]]);
    expect(read("Đảng ủy Công an tỉnh Nghệ An và Chi bộ Sở Tư pháp")).toEqual([
      ["Đảng ủy Công an tỉnh Nghệ An", "Đảng ủy Công an tỉnh Nghệ An", "province"],
      ["Chi bộ Sở Tư pháp", "Chi bộ Sở Tư pháp", "province"],
    ]);
    // of the unit's staff (corpus)
    expect(read("Phó Bí thư Ðảng ủy cơ quan Bộ Giao thông vận tải nói rằng")).toEqual([
      ["Ðảng ủy cơ quan Bộ Giao thông vận tải", "Đảng ủy cơ quan Bộ Giao thông vận tải", "central"],
    ]);
    // a Party committee of a Party committee is two bodies; a place still comes first
    expect(read("Đảng ủy Tỉnh ủy")).toEqual([["Đảng ủy", "Đảng ủy", null], ["Tỉnh ủy", "Tỉnh ủy", "province"]]);
    expect(read("Đảng ủy xã Yên Hồ")).toEqual([["Đảng ủy xã Yên Hồ", "Đảng ủy xã Yên Hồ", "commune"]]);
  });

  it("reads the Party committees directly under the Central Committee, before and since 2025, and the special zones' bodies", () => {
    expect(read("theo hướng dẫn của Đảng ủy Khối các cơ quan Trung ương, trong 2 ngày")).toEqual([
      ["Đảng ủy Khối các cơ quan Trung ương", "Đảng ủy Khối các cơ quan Trung ương", "central"],
    ]);
    expect(read("Đảng ủy các cơ quan Đảng Trung ương tổ chức hội nghị")).toEqual([["Đảng ủy các cơ quan Đảng Trung ương", "Đảng ủy các cơ quan Đảng Trung ương", "central"]]);
    expect(first("Bí thư Đảng ủy MTTQ, các đoàn thể Trung ương")).toMatchObject({ name: "Đảng ủy Mặt trận Tổ quốc Việt Nam, các đoàn thể Trung ương", level: "central" });
    // Đảng ủy Chính phủ and Đảng ủy Quốc hội are Party committees of a unit
    expect(read("Đảng ủy Chính phủ và Đảng ủy Quốc hội")).toEqual([
      ["Đảng ủy Chính phủ", "Đảng ủy Chính phủ", "central"],
      ["Đảng ủy Quốc hội", "Đảng ủy Quốc hội", "central"],
    ]);
    expect(read("UBND đặc khu Phú Quốc và Đảng ủy đặc khu Vân Đồn")).toEqual([
      ["UBND đặc khu Phú Quốc", "Ủy ban nhân dân đặc khu Phú Quốc", "commune"],
      ["Đảng ủy đặc khu Vân Đồn", "Đảng ủy đặc khu Vân Đồn", "commune"],
    ]);
  });

  it("reads a country after a body, or after của, as that country's body, of no tier of Vietnam's", () => {
    expect(read("Chính phủ Singapore đang triển khai")).toEqual([["Chính phủ Singapore", "Chính phủ Singapore", null]]);
    expect(read("Bộ trưởng Bộ Quốc phòng Trung Quốc Tào Cương Xuyên")).toEqual([["Bộ Quốc phòng Trung Quốc", "Bộ Quốc phòng Trung Quốc", null]]);
    expect(read("Bộ Giáo dục Singapore cho biết")).toEqual([["Bộ Giáo dục Singapore", "Bộ Giáo dục Singapore", null]]);
    expect(read("Hội Mặt trời Pháp ngữ")).toEqual([["Hội Mặt trời Pháp ngữ", "Hội Mặt trời Pháp ngữ", null]]);
    expect(read("Chính phủ đã quyết định")).toEqual([["Chính phủ", "Chính phủ", "central"]]);
    // after của (of) too (corpus); Việt Nam after của leaves the body Vietnam's
    expect(read("ngày 6/8/2018, Ủy ban Đối ngoại của Hàn Quốc có văn bản")).toEqual([["Ủy ban Đối ngoại của Hàn Quốc", "Ủy ban Đối ngoại của Quốc hội Hàn Quốc", null]]);
    expect(read("Bộ Ngoại giao của Việt Nam")).toEqual([["Bộ Ngoại giao", "Bộ Ngoại giao", "central"]]);
  });

  it("reads the Border Guard's command in a province, at the province's level (corpus)", () => {
    expect(read("yêu cầu Bộ Chỉ huy Bộ đội Biên phòng tỉnh Bình Phước chủ trì")).toEqual([["Bộ Chỉ huy Bộ đội Biên phòng tỉnh Bình Phước", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Bình Phước", "province"]]);
    expect(read("Bộ đội Biên phòng tỉnh triển khai trực")).toEqual([["Bộ đội Biên phòng tỉnh", "Bộ đội Biên phòng tỉnh", "province"]]);
    expect(read("Bộ đội Biên phòng đã")).toEqual([["Bộ đội Biên phòng", "Bộ đội Biên phòng", "central"]]);
  });

  it("reads army units by their number or name", () => {
    expect(findOrganizations("Chính ủy Quân khu 7 và Bộ đội Biên phòng").map((m) => [m.name, m.classification, m.level])).toEqual([
      ["Quân khu 7", "armed-forces", null],
      ["Bộ đội Biên phòng", "armed-forces", "central"],
    ]);
  });

  it.each([["Trưởng Ban Dân vận các huyện"], ["đại biểu HĐND các cấp"], ["phối hợp với UBND cùng cấp thông báo"], ["lực lượng công an"], ["phố cổ Hội An"], ["trưởng ban tổ chức lễ hội"]])("leaves out %j: a kind of body or no body", (input) => {
    expect(findOrganizations(input).map((m) => m.text)).toEqual([]);
  });

  it("returns mentions that validate against the schema", () => {
    for (const m of findOrganizations("Ban Dân vận Tỉnh ủy, HĐND tỉnh Hà Tĩnh, Bộ Công an, Hội Nông dân xã Yên Hồ")) {
      expect(OrganizationMention.safeParse(m).success).toBe(true);
    }
  });
});

describe("a local body written without its place takes the place of the one body of its kind the text names with one", () => {
  /** Each body found: its text, name, level and place. */
  const placed = (text: string) => findOrganizations(text).map((m) => [m.text, m.name, m.level, m.place ?? null]);

  it("gives `UBND TP` the city of `UBND TP.HCM`, and keeps the name as written (corpus)", () => {
    expect(placed("UBND TP.HCM vừa họp. Sau đó, UBND TP đã chỉ đạo các quận")).toEqual([
      ["UBND TP.HCM", "Ủy ban nhân dân Thành phố Hồ Chí Minh", "province", "Thành phố Hồ Chí Minh"],
      ["UBND TP", "Ủy ban nhân dân thành phố", "province", "Thành phố Hồ Chí Minh"],
    ]);
  });

  it("reads the full name after the short one too (a headline before its lead), and at each tier", () => {
    expect(placed("Thành ủy họp bàn\nNgày 5/3, Thành ủy Hà Nội đã họp")).toEqual([
      ["Thành ủy", "Thành ủy", "province", "Hà Nội"],
      ["Thành ủy Hà Nội", "Thành ủy Hà Nội", "province", "Hà Nội"],
    ]);
    expect(placed("UBND huyện Cầu Ngang cho biết. Theo UBND huyện, đường đã xong").at(-1)).toEqual(["UBND huyện", "Ủy ban nhân dân huyện", "district", "Cầu Ngang"]);
    expect(placed("Sở Y tế thành phố Hải Phòng cho biết. Sở Y tế đã họp").at(-1)).toEqual(["Sở Y tế", "Sở Y tế", "province", "Hải Phòng"]);
  });

  it("gives none when the text names two bodies of that kind with places", () => {
    expect(placed("UBND tỉnh Nghệ An và UBND tỉnh Hà Tĩnh đã họp. UBND tỉnh đề nghị").at(-1)).toEqual(["UBND tỉnh", "Ủy ban nhân dân tỉnh", "province", null]);
  });

  it("gives none in a paragraph that names another province (corpus: `Cùng ngày, tại TP Hồ Chí Minh`)", () => {
    expect(placed("Ủy ban MTTQ TP Hà Nội đã họp.\nCùng ngày, tại TP Hồ Chí Minh, Ủy ban MTTQ thành phố tổ chức lễ").at(-1)?.[3]).toBeNull();
    expect(placed("Ủy ban MTTQ TP Hà Nội đã họp.\nCùng ngày, Ủy ban MTTQ thành phố tổ chức lễ").at(-1)?.[3]).toBe("Hà Nội");
  });

  it("gives none to a longer body that opens with the same words, nor to a mass organisation named without its tier", () => {
    expect(placed("Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Thanh Hóa họp. Đảng ủy đã chỉ đạo").at(-1)?.[3]).toBeNull();
    // `Hội Liên hiệp Phụ nữ` alone is as often the national union (corpus: `Hội Liên hiệp Phụ nữ (LHPN) Việt Nam`).
    expect(placed("Hội LHPN TP Đà Nẵng cho biết. Hội Liên hiệp Phụ nữ đã").at(-1)?.[3]).toBeNull();
    expect(placed("LĐLĐ TPHCM cho biết. LĐLĐ TP đã đề nghị").at(-1)).toEqual(["LĐLĐ TP", "Liên đoàn Lao động thành phố", "province", "Thành phố Hồ Chí Minh"]);
  });

  it("gives none to a body named as a kind at a tier (seed 003: `… ở cấp xã, thôn`), but reads `cấp` the verb as no tier", () => {
    const front = "Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội huyện Bắc Mê họp. Kiện toàn các chức danh Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội ở cấp xã, thôn";
    expect(placed(front).at(-1)?.[3]).toBeNull();
    expect(placed("HĐND thành phố Phan Thiết họp. Tại tổ bầu cử, phiếu bầu cử HĐND ba cấp đã").at(-1)?.[3]).toBeNull();
    expect(placed("Chi cục Thú y vừa đề nghị UBND tỉnh Long An, sau đó đề nghị UBND tỉnh cấp 100 triệu đồng").at(-1)?.[3]).toBe("Long An");
  });

  it("leaves central bodies alone", () => {
    expect(placed("UBND TP.HCM đề nghị Chính phủ và Bộ Y tế").slice(1).map((m) => m[3])).toEqual([null, null]);
  });
});

describe("a body's own acronym in brackets right after its name", () => {
  it("is its abbreviation, in its span: one mention, not two (corpus)", () => {
    expect(read("Quốc hội (QH) đã thông qua")).toEqual([["Quốc hội (QH)", "Quốc hội", "central"]]);
    expect(findOrganizations("Bộ Chính trị (BCT) họp")[0]?.abbreviation).toBe("BCT");
    expect(read("Ban Chấp hành Trung ương Đảng (BCH T.Ư) họp")).toEqual([["Ban Chấp hành Trung ương Đảng (BCH T.Ư)", "Ban Chấp hành Trung ương Đảng", "central"]]);
    // and a kind stays a kind
    expect(read("ứng cử đại biểu Hội đồng nhân dân (HĐND) các cấp")).toEqual([]);
  });

  it("is not another body's acronym", () => {
    expect(read("Quốc hội (BCT)").map((m) => m[0])).toEqual(["Quốc hội", "BCT"]);
  });
});

describe("a word written short inside a name", () => {
  it("is not the body's abbreviation: `ĐH` is `Đại học` (corpus)", () => {
    expect(first("ĐH Quốc gia Hà Nội cho biết")).toMatchObject({ name: "Đại học Quốc gia Hà Nội", abbreviation: undefined });
    expect(first("ĐHQG TPHCM cho biết")?.abbreviation).toBe("ĐHQG");
  });
});
