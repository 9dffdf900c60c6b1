import { describe, expect, it } from "vitest";
import { normalize } from "../normalize";
import { findDates } from "./find-dates";
import { codeKind, NORMALIZING, SPACE, WORD } from "./normalizing-characters";
import { isWordCode } from "./text-context";

const everyCodeUnit = Array.from({ length: 0x10000 }, (_, code) => code);
// NFC singletons (U+212A KELVIN SIGN → K, U+0374 → U+02B9) are left as written: no date word holds one.
const notSingleton = everyCodeUnit.filter((code) => String.fromCharCode(code).normalize("NFC") === String.fromCharCode(code));

describe("codeKind", () => {
  it("says a letter or digit exactly as isWordCode does, for every UTF-16 code unit", () => {
    const disagree = everyCodeUnit.filter((code) => ((codeKind(code) & WORD) !== 0) !== isWordCode(code));
    expect(disagree).toEqual([]);
  });

  it("flags every code unit (NFC singletons aside) that the normaliser changes between two letters", () => {
    const missed = notSingleton.filter((code) => {
      const text = `x${String.fromCharCode(code)}y`;
      return normalize(text) !== text && (codeKind(code) & NORMALIZING) === 0;
    });
    expect(missed.map((code) => code.toString(16))).toEqual([]);
  });

  it.each([
    ["ngày", 0x6e, WORD],
    ["20", 0x32, WORD],
    ["a space", 0x20, SPACE],
    ["NBSP", 0xa0, NORMALIZING],
    ["a combining acute", 0x301, WORD | NORMALIZING],
    ["Ð (U+00D0)", 0xd0, WORD | NORMALIZING],
    ["“", 0x201c, 0],
  ])("reads %s", (_, code, kind) => {
    expect(codeKind(code)).toBe(kind);
  });
});

describe("text read as it is, or normalised first", () => {
  it.each([
    ["Sáng  ngày 20/5, Tỉnh ủy", "Sáng ngày 20/5, Tỉnh ủy"],
    ["Sáng\u00a0ngày 20/5, Tỉnh uỷ", "Sáng ngày 20/5, Tỉnh ủy"],
    ["Sáng nga\u0300y 20/5", "Sáng ngày 20/5"],
    ["Ngày&nbsp;14-1", "Ngày 14-1"],
  ])("finds in %j what it finds in %j", (raw, clean) => {
    const strip = (ms: ReturnType<typeof findDates>) => ms.map(({ start: _s, end: _e, text: _t, ...rest }) => rest);
    const found = findDates(raw, { ref: "2022-05-21" });
    expect(found.length).toBe(1);
    expect(strip(found)).toEqual(strip(findDates(clean, { ref: "2022-05-21" })));
    expect(raw.slice(found[0]!.start, found[0]!.end)).toBe(found[0]!.text);
  });
});
