import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { letterKeyOf } from "../organizations/letter-key";
import { WordList } from "./word-list";
import { isCapitalized, wordTokens } from "./word-tokens";

// Vietnamese words and the characters that end them, plus the odd ones: astral letters and
// symbols, lone surrogates, a capital whose lower case is two code units, a final sigma, and
// letters past the tables (Kelvin sign, Roman numeral, CJK, full width).
const PIECES = ["tỉnh", "Hà Tĩnh", "THÀNH PHỐ", "TP.HCM", "đ/c", "Đại hội", " ", "  ", ", ", "-", "\n", "1975", "XIII", "ǅa", "İ", "ΣΑΣ", "𝐀𝐁", "😀", "\u212a", "Ⅻ", "中文", "Ａｂ", "\ud835", "\udc00", "̀"];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((pieces) => pieces.join(""));

describe("WordList", () => {
  it("reads `Chủ tịch UBND tỉnh Hà Tĩnh.` as its five words", () => {
    const words = new WordList("Chủ tịch UBND tỉnh Hà Tĩnh.");
    expect(Array.from({ length: words.length }, (_, k) => words.textOf(k))).toEqual(["Chủ", "tịch", "UBND", "tỉnh", "Hà", "Tĩnh"]);
    expect(words.isCapitalized(0)).toBe(true);
    expect(words.isCapitalized(2)).toBe(false);
    expect(words.is(3, "tỉnh")).toBe(true);
    expect(words.is(0, "chủ")).toBe(true);
    expect(words.isSpaceBefore(4)).toBe(true);
    expect(words.gapBefore(0)).toBe("");
  });

  it("finds the words wordTokens finds, and answers as their strings do", () => {
    fc.assert(
      fc.property(texts, (text) => {
        const words = new WordList(text);
        const tokens = wordTokens(text);
        expect(words.length).toBe(tokens.length);
        tokens.forEach((token, k) => {
          expect(words.get(k)).toEqual(token);
          expect(words.textOf(k)).toBe(token.text);
          expect(words.isCapitalized(k)).toBe(isCapitalized(token.text));
          expect(words.isSpaceBefore(k)).toBe(words.gapBefore(k) === " ");
          // `is` compares with a Vietnamese word: no sigma, no surrogate, as long in lower case (not `İ`).
          if (!/[σς\ud800-\udfff]/.test(token.lower) && token.lower.length === token.text.length) expect(words.is(k, token.lower)).toBe(true);
          for (const word of ["tỉnh", "đại", "hội", "i"]) expect(words.is(k, word)).toBe(token.lower === word);
        });
        expect(words.get(-1)).toBeUndefined();
        expect(words.get(tokens.length)).toBeUndefined();
      }),
      { numRuns: 300, seed: 8 },
    );
  });

  it("keys each word as letterKeyOf does, and tells a text with surrogates", () => {
    fc.assert(
      fc.property(texts, (text) => {
        const words = new WordList(text);
        const keys = words.letterKeys();
        for (let k = 0; k < words.length; k++) expect(keys[k]! >>> 0).toBe(letterKeyOf(words.textOf(k)));
        expect(words.surrogates).toBe(/[\ud800-\udfff]/.test(text));
      }),
      { numRuns: 300, seed: 8 },
    );
  });

  it("grows past the room it guesses for a text of one-letter words", () => {
    const words = new WordList("a ".repeat(100));
    expect(words.length).toBe(100);
    expect(words.startOf(99)).toBe(198);
  });
});
