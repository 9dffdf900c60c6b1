import { describe, expect, it } from "vitest";
import { isPreviousWordIn, previousWord } from "./text-context";
import { wordSetOf } from "./word-set";

describe("wordSetOf", () => {
  const words = wordSetOf(["ngày", "năm", "nhiệm", "kỳ"]);

  it("finds a word of the set between two offsets, in any case", () => {
    const text = "Sáng Ngày 20/5, NĂM 2022, nhiệm KỲ";
    expect(words(text, 5, 9)).toBe(true);
    expect(words(text, 16, 19)).toBe(true);
    expect(words(text, 26, 31)).toBe(true);
    expect(words(text, 32, 34)).toBe(true);
  });

  it("rejects other words, parts of words and words of the set run on", () => {
    const text = "Sáng ngàyx năm nay ngà";
    expect(words(text, 0, 4)).toBe(false); // Sáng
    expect(words(text, 5, 10)).toBe(false); // ngàyx
    expect(words(text, 5, 8)).toBe(false); // ngà, a part of ngàyx
    expect(words(text, 15, 18)).toBe(false); // nay: same first letter and length as năm
    expect(words(text, 19, 22)).toBe(false); // ngà at the end
    expect(words(text, 3, 3)).toBe(false); // empty
  });

  it("refuses a word it could never find", () => {
    expect(() => wordSetOf(["Ngày"])).toThrow(/lower case/);
    expect(() => wordSetOf([""])).toThrow(/lower case/);
  });
});

describe("isPreviousWordIn", () => {
  const words = wordSetOf(["ngày", "năm", "từ"]);

  it("answers as previousWord and a set would, on the same texts", () => {
    const texts = ["ngày 20", "Ngày20", "năm  2022", "Từ 1", " 5", "5", "(ngày) 5", "ngàyngàyngàyngàyngày 5", "NGÀY 5", "ngày\u00a05"];
    for (const text of texts) {
      for (let at = 0; at <= text.length; at++) {
        expect(isPreviousWordIn(words, text, at), `${text} @${at}`).toBe(["ngày", "năm", "từ"].includes(previousWord(text, at)));
      }
    }
  });
});
