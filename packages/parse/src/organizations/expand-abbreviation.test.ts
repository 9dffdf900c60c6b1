import { describe, expect, it } from "vitest";
import { expandAbbreviation } from "./expand-abbreviation";

describe("expandAbbreviation", () => {
  it.each([
    ["HĐND", "Hội đồng nhân dân"],
    ["HĐND tỉnh", "Hội đồng nhân dân tỉnh"],
    ["HĐND huyện", "Hội đồng nhân dân huyện"],
    ["UBND xã", "Ủy ban nhân dân xã"],
    ["Ủy ban MTTQ", "Ủy ban Mặt trận Tổ quốc"],
    ["UVTV", "Ủy viên Ban Thường vụ"],
    ["UVBTV Tỉnh uỷ", "Ủy viên Ban Thường vụ Tỉnh ủy"],
    ["UV BTV", "Ủy viên Ban Thường vụ"],
    ["TUV", "Tỉnh ủy viên"],
    ["ĐBQH", "Đại biểu Quốc hội"],
    ["LĐLĐ tỉnh", "Liên đoàn Lao động tỉnh"],
    ["HND", "Hội Nông dân"],
    ["Hội CCB", "Hội Cựu chiến binh"],
    ["BCH Đảng bộ", "Ban Chấp hành Đảng bộ"],
    ["BCH TW", "Ban Chấp hành Trung ương Đảng"],
    ["Ban Dân vận T.Ư", "Ban Dân vận Trung ương"],
    ["Ban Tổ chức TW", "Ban Tổ chức Trung ương"],
    ["UBND TP", "Ủy ban nhân dân thành phố"],
    ["UBND TP.HCM", "Ủy ban nhân dân Thành phố Hồ Chí Minh"],
  ])("%s → %s", (input, expected) => {
    expect(expandAbbreviation(input)).toBe(expected);
  });

  it("gives the same answer for old-style tone marks and NFD input", () => {
    expect(expandAbbreviation("UVTV Huyện uỷ".normalize("NFD"))).toBe("Ủy viên Ban Thường vụ Huyện ủy");
  });

  it.each([["Tỉnh ủy"], ["hôm nay"], [""], ["tp"]])("returns null for %j, which holds no abbreviation", (input) => {
    expect(expandAbbreviation(input)).toBeNull();
  });
});
