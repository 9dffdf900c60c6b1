import { describe, expect, it } from "vitest";
import { VnpolParseError } from "../errors";
import { parseTitle, parseTitleOrThrow } from "./parse-title";

describe("parseTitle", () => {
  it.each([
    [
      "Phó Bí thư thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh",
      [
        { role: "Phó Bí thư Thường trực", body: "Tỉnh ủy", level: "province" },
        { role: "Chủ tịch", body: "Hội đồng nhân dân tỉnh", level: "province" },
      ],
    ],
    [
      "Phó Bí thư Thường trực Huyện uỷ, Chủ tịch HĐND huyện",
      [
        { role: "Phó Bí thư Thường trực", body: "Huyện ủy", level: "district" },
        { role: "Chủ tịch", body: "Hội đồng nhân dân huyện", level: "district" },
      ],
    ],
    [
      "UVTV, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam Tỉnh",
      [
        { role: "Ủy viên Ban Thường vụ", body: "Tỉnh ủy", level: "province" },
        { role: "Trưởng Ban", body: "Ban Dân vận Tỉnh ủy", level: "province" },
        { role: "Chủ tịch", body: "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", level: "province" },
      ],
    ],
    [
      "Ủy viên Bộ Chính trị, Thường trực Ban Bí thư, Chủ nhiệm Ủy ban Kiểm tra Trung ương",
      [
        { role: "Ủy viên", body: "Bộ Chính trị", level: "central" },
        { role: "Thường trực", body: "Ban Bí thư", level: "central" },
        { role: "Chủ nhiệm", body: "Ủy ban Kiểm tra Trung ương", level: "central" },
      ],
    ],
    [
      "Bí thư Trung ương Đảng, Trưởng Ban Dân vận Trung ương",
      [
        { role: "Bí thư", body: "Ban Bí thư", level: "central" },
        { role: "Trưởng Ban", body: "Ban Dân vận Trung ương", level: "central" },
      ],
    ],
    ["Ủy viên Trung ương Đảng", [{ role: "Ủy viên", body: "Ban Chấp hành Trung ương Đảng", level: "central" }]],
    ["Ủy viên dự khuyết BCH TW Đảng", [{ role: "Ủy viên dự khuyết", body: "Ban Chấp hành Trung ương Đảng", level: "central" }]],
    ["UV BCT, Bí thư Thành ủy TP.HCM", [{ role: "Ủy viên", body: "Bộ Chính trị", level: "central" }, { role: "Bí thư", body: "Thành ủy Thành phố Hồ Chí Minh", level: "province" }]],
    ["Thủ tướng", [{ role: "Thủ tướng", body: "Chính phủ", level: "central" }]],
    ["Phó Thủ tướng Chính phủ", [{ role: "Phó Thủ tướng", body: "Chính phủ", level: "central" }]],
    ["Tổng Bí thư", [{ role: "Tổng Bí thư", body: "Ban Chấp hành Trung ương Đảng", level: "central" }]],
    ["nguyên Chủ tịch nước", [{ role: "Chủ tịch nước", body: null, level: "central" }]],
    ["Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh", [{ role: "Ủy viên", body: "Tỉnh ủy", level: "province" }, { role: "Phó Chủ tịch", body: "Ủy ban nhân dân tỉnh", level: "province" }]],
    ["TUV, Bí thư Huyện ủy", [{ role: "Ủy viên", body: "Tỉnh ủy", level: "province" }, { role: "Bí thư", body: "Huyện ủy", level: "district" }]],
    ["ĐBQH khóa XV", [{ role: "Đại biểu", body: "Quốc hội", level: "central" }]],
    ["Quyền Giám đốc Sở Tư pháp", [{ role: "Quyền Giám đốc", body: "Sở Tư pháp", level: "province" }]],
    ["Chủ tịch HĐND xã", [{ role: "Chủ tịch", body: "Hội đồng nhân dân xã", level: "commune" }]],
    ["Chủ tịch Hội Nông dân tỉnh", [{ role: "Chủ tịch", body: "Hội Nông dân tỉnh", level: "province" }]],
    ["Chủ tịch HĐND", [{ role: "Chủ tịch", body: "Hội đồng nhân dân", level: null }]],
    ["Bộ trưởng Bộ Công an", [{ role: "Bộ trưởng", body: "Bộ Công an", level: "central" }]],
    ["Đại tướng, Bộ trưởng Bộ Quốc phòng", [{ role: "Bộ trưởng", body: "Bộ Quốc phòng", level: "central" }]],
    ["Phó Bí thư Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh", [{ role: "Phó Bí thư", body: "Tỉnh ủy", level: "province" }, { role: "Trưởng Đoàn", body: "Đoàn đại biểu Quốc hội tỉnh", level: "province" }]],
    ["Chủ nhiệm Ủy ban Pháp luật", [{ role: "Chủ nhiệm", body: "Ủy ban Pháp luật của Quốc hội", level: "central" }]],
    ["Bí thư Đảng đoàn HĐND tỉnh", [{ role: "Bí thư", body: "Đảng đoàn Hội đồng nhân dân tỉnh", level: "province" }]],
    ["Bí thư Chi bộ thôn Trung", [{ role: "Bí thư", body: "Chi bộ thôn Trung", level: null }]],
    ["Chánh Văn phòng Tỉnh ủy", [{ role: "Chánh Văn phòng", body: "Văn phòng Tỉnh ủy", level: "province" }]],
    // The office and the inspectorate a `Chánh` heads, in lower case too (corpus: `chánh văn phòng Bộ Y tế`, `Chánh Thanh tra Bộ Nội vụ`).
    ["chánh văn phòng Bộ Y tế", [{ role: "Chánh Văn phòng", body: "Văn phòng Bộ Y tế", level: "central" }]],
    ["Chánh Thanh tra Bộ Nội vụ", [{ role: "Chánh Thanh tra", body: "Thanh tra Bộ Nội vụ", level: "central" }]],
    // An institute the table does not list, as the body of its head (corpus: `Viện trưởng Viện Chăn nuôi Nguyễn Đăng Vang`).
    ["Viện trưởng Viện Chăn nuôi", [{ role: "Viện trưởng", body: "Viện Chăn nuôi", level: null }]],
    ["Viện trưởng Viện Lịch sử Quân sự Việt Nam", [{ role: "Viện trưởng", body: "Viện Lịch sử Quân sự Việt Nam", level: "central" }]],
    ["Phó chánh thanh tra Sở Tài nguyên và Môi trường", [{ role: "Phó Chánh Thanh tra", body: "Thanh tra Sở Tài nguyên và Môi trường", level: "province" }]],
    ["Chủ tịch UBND thành phố Hà Tĩnh", [{ role: "Chủ tịch", body: "Ủy ban nhân dân thành phố Hà Tĩnh", level: "district" }]],
    ["Chủ tịch UBND TP Hà Nội", [{ role: "Chủ tịch", body: "Ủy ban nhân dân thành phố Hà Nội", level: "province" }]],
    ["Chủ tịch UBND thành phố", [{ role: "Chủ tịch", body: "Ủy ban nhân dân thành phố", level: null }]],
  ])("%s", (title, expected) => {
    expect(parseTitle(title)).toEqual(expected);
  });

  it.each([["Đại tướng"], ["TS."], ["hôm nay"], [""], ["Trưởng Ban Dân vận các huyện"], ["đại biểu"]])("finds no post in %j", (title) => {
    expect(parseTitle(title)).toBeNull();
  });

  it("writes body names in new-style spelling whatever the input", () => {
    expect(parseTitle("Bí thư Huyện uỷ")).toEqual(parseTitle("Bí thư Huyện ủy"));
    expect(parseTitle("Bí thư Huyện uỷ")?.[0]?.body).toBe("Huyện ủy");
  });
});

describe("parseTitleOrThrow", () => {
  it("returns the posts of a title", () => {
    expect(parseTitleOrThrow("Chủ tịch nước")).toEqual([{ role: "Chủ tịch nước", body: null, level: "central" }]);
  });

  it("throws a VnpolParseError saying what was expected", () => {
    expect(() => parseTitleOrThrow("hôm nay")).toThrow(VnpolParseError);
    expect(() => parseTitleOrThrow("hôm nay")).toThrow(/expected a title/);
  });
});
