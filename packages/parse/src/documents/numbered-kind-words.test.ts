import { describe, expect, it } from "vitest";
import { digitRunStarts } from "./digit-runs";
import { numberedKindWords } from "./numbered-kind-words";

const kindWords = (text: string) => numberedKindWords(text, digitRunStarts(text)).map((k) => [k.start, k.written, k.word.word]);

describe("numberedKindWords: the kind words right before a number", () => {
  it.each([
    ["Nghị quyết số 09-NQ/TW", [[0, "Nghị quyết", "nghị quyết"]]],
    ["theo Quyết định 269", [[5, "Quyết định", "quyết định"]]],
    ["Công điện khẩn số: 5", [[0, "Công điện", "công điện"]]],
    ["Kết luận Số : 43-KL/TU", [[0, "Kết luận", "kết luận"]]],
    ["Chỉ thị số31-CT/TW", [[0, "Chỉ thị", "chỉ thị"]]],
    ["NĐ 38/2000/NĐ-CP", [[0, "NĐ", "nđ"]]],
    ["Thông tư liên tịch 01/2011/TTLT-BNV-BTC", [[0, "Thông tư liên tịch", "thông tư liên tịch"]]],
    ["kế hoạch 5 năm", [[0, "kế hoạch", "kế hoạch"]]],
  ])("%s", (text, expected) => {
    expect(kindWords(text)).toEqual(expected);
  });

  it("finds both `bộ luật` and the `luật` inside it, in text order, for the caller to choose", () => {
    expect(kindWords("Bộ luật 45")).toEqual([
      [0, "Bộ luật", "bộ luật"],
      [3, "luật", "luật"],
    ]);
  });

  it("reads the longest kind word at a word start, as a forward scan does: `nghị quyết liên tịch` hides `nghị quyết`", () => {
    expect(kindWords("Nghị quyết liên tịch 5")).toEqual([[0, "Nghị quyết liên tịch", "nghị quyết liên tịch"]]);
    expect(kindWords("Nghị quyết liên 5")).toEqual([]);
  });

  it.each([
    ["a letter glued before the kind word", "xNghị quyết 5", []],
    ["a kind word inside a longer word", "thông báo5", []],
    ["no space before the number", "Nghị quyết:5", []],
    ["a number that does not start a run", "Nghị quyết 1/2", [[0, "Nghị quyết", "nghị quyết"]]],
    ["no kind word at all", "ngày 24/6/2022 và năm 2021", []],
  ])("nothing more: %s", (_, text, expected) => {
    expect(kindWords(text)).toEqual(expected);
  });
});
