import { describe, expect, it } from "vitest";
import { digitRunStarts, nextDigitFrom } from "./digit-runs";

describe("digitRunStarts", () => {
  it.each([
    ["Kết luận số 43-KL/TU, ngày 24/6/2022", [12, 27, 30, 32]],
    ["số31-QĐ/TW", [2]],
    ["không có số nào", []],
    ["", []],
    ["٣ Arabic-Indic digits are not ASCII ones: 7", [42]],
  ])("%s", (text, starts) => {
    expect(digitRunStarts(text)).toEqual(starts);
  });

  it("gives the same starts on a second call (no state kept between calls)", () => {
    const text = "Nghị định 30/2020/NĐ-CP";
    expect(digitRunStarts(text)).toEqual(digitRunStarts(text));
  });
});

describe("nextDigitFrom", () => {
  it("is the first ASCII digit at or after an offset, as a character-by-character scan finds it", () => {
    const text = "Quyết định 12/QĐ-TTg, 1/2 và 2021 x";
    const starts = digitRunStarts(text);
    const cursor = { run: 0 };
    for (let from = 0; from <= text.length; from++) {
      let expected = from;
      while (expected < text.length && !/[0-9]/.test(text[expected]!)) expected++;
      expect(nextDigitFrom(text, starts, cursor, from)).toBe(expected < text.length ? expected : -1);
    }
  });
});
