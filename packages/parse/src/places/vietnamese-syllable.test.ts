import { describe, expect, it } from "vitest";
import { isVietnameseSyllable } from "./vietnamese-syllable";

describe("isVietnameseSyllable", () => {
  it.each(["Nguyễn", "Thuột", "Xoài", "Quy", "Nghĩa", "Giá", "Khánh", "Uông", "Yên", "Kon", "Kạn", "Trường", "Đức", "Rạch", "Tháp"])("accepts %s", (word) => {
    expect(isVietnameseSyllable(word)).toBe(true);
  });
  it.each(["Petersburg", "Vegas", "Diego", "Phnom", "St", "London", "Francisco", "Krông", "Pleiku", "Síp1", ""])("refuses %s", (word) => {
    expect(isVietnameseSyllable(word)).toBe(false);
  });
});
