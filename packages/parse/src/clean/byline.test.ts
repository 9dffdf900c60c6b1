import { describe, expect, it } from "vitest";
import { parseByline } from "./byline";

describe("parseByline", () => {
  it.each([
    ["Tin: Đào Quyên", [{ role: "text", name: "Đào Quyên", affiliation: null }]], // seed 000
    ["Ảnh: Thành Tâm", [{ role: "photo", name: "Thành Tâm", affiliation: null }]], // seed 000
    ["Trần Thông Thái-BDVTU", [{ role: "author", name: "Trần Thông Thái", affiliation: "BDVTU" }]], // seed 002
    ["Chu Thanh Hoài (Ban Dân vận Tỉnh ủy)", [{ role: "author", name: "Chu Thanh Hoài", affiliation: "Ban Dân vận Tỉnh ủy" }]], // seed 004
    ["Phương Thảo: Huyện Bắc Mê", [{ role: "author", name: "Phương Thảo", affiliation: "Huyện Bắc Mê" }]], // seed 003
    ["Tô Hà thực hiện", [{ role: "author", name: "Tô Hà", affiliation: null }]], // nld interview
    ["Hưng Thành", [{ role: "author", name: "Hưng Thành", affiliation: null }]],
    [
      "Tin, ảnh: Minh Hà",
      [
        { role: "text", name: "Minh Hà", affiliation: null },
        { role: "photo", name: "Minh Hà", affiliation: null },
      ],
    ],
    [
      "Ảnh: Lê Hiếu, Hồng Nhung",
      [
        { role: "photo", name: "Lê Hiếu", affiliation: null },
        { role: "photo", name: "Hồng Nhung", affiliation: null },
      ],
    ],
  ])("%s", (line, credits) => {
    expect(parseByline(line)).toEqual({ credits, source: null });
  });

  it.each([
    ["Theo TGPN", "TGPN"],
    ["Theo TT&GĐ", "TT&GĐ"],
    ["Nguồn: VnExpress", "VnExpress"],
  ])("%s names the source %s", (line, source) => {
    expect(parseByline(line)).toEqual({ credits: [], source });
  });

  it.each([
    "Đại biểu dự hội nghị.",
    "Điểm cầu Bình Dương",
    "Trao tặng Giấy khen cho 06 đơn vị",
    "Theo đánh giá của Ban Dân vận Trung ương, trong 6 tháng đầu năm 2021",
    "Video: Trien_khai_nhiem_vu_trong_tam_cua_Khoi_Dan_Van_tinh_2022.mp4",
    "Các đồng chí: Phạm Văn Hậu, Phó Bí thư Thường trực Tỉnh ủy",
    "Chính trị",
    "",
  ])("%s is no byline", (line) => {
    expect(parseByline(line)).toBeNull();
  });
});

describe("parseByline: the separators between names, with any spaces around them", () => {
  it.each([
    ["Ảnh: Lê Hiếu ,  Hồng Nhung", "photo", ["Lê Hiếu", "Hồng Nhung"]],
    ["Ảnh: Lê Hiếu;Hồng Nhung", "photo", ["Lê Hiếu", "Hồng Nhung"]],
    ["Tin: Minh Hà và  Đào Quyên", "text", ["Minh Hà", "Đào Quyên"]],
    ["Tin: Minh Hà , , Hồng Nhung", "text", ["Minh Hà", "Hồng Nhung"]],
  ])("%s", (line, role, names) => {
    expect(parseByline(line)).toEqual({ credits: names.map((name) => ({ role, name, affiliation: null })), source: null });
  });

  it.each([
    ["Trần Văn A (Báo Nhân Dân)", { credits: [{ role: "author", name: "Trần Văn A", affiliation: "Báo Nhân Dân" }], source: null }],
    ["Trần Văn A  (Báo Nhân Dân)", { credits: [{ role: "author", name: "Trần Văn A", affiliation: "Báo Nhân Dân" }], source: null }],
    [" (Báo Nhân Dân)", null],
  ])("a name and its affiliation in parentheses: %s", (line, expected) => {
    expect(parseByline(line)).toEqual(expected);
  });
});
