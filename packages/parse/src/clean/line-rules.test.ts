import { describe, expect, it } from "vitest";
import { isCounterHeading, keyOf } from "./line-rules";

describe("keyOf: a short line's comparison key", () => {
  it.each([
    ["- Tin khác :", "tin khác"],
    ["» Xem thêm |", "xem thêm"],
    ["  :: Bình luận  :|", "bình luận"],
    ["Đang online: 12", "đang online: 12"],
    [" : ", ""],
  ])("%s → %s", (line, key) => {
    expect(keyOf(line)).toBe(key);
  });

  it("is null for a line longer than any label", () => {
    expect(keyOf("Sáng 27/12, Ban Dân vận Tỉnh ủy tổ chức hội nghị. ".repeat(10))).toBeNull();
  });
});

describe("isCounterHeading: a visit counter's heading, with or without its figure", () => {
  it.each([
    ["lượt truy cập", true],
    ["lượt truy cập: 1.234.567", true],
    ["đang online: 12", true],
    ["hôm nay : 5,6", true],
    ["tin khác: 12", false],
    ["12 lượt truy cập", false],
  ])("%s → %s", (key, expected) => {
    expect(isCounterHeading(key)).toBe(expected);
  });
});
