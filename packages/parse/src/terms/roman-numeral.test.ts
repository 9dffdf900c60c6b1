import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { intToRoman, romanToInt } from "./roman-numeral";

describe("romanToInt", () => {
  it.each([
    ["XV", 15], // khóa XV
    ["XIII", 13], // Đại hội XIII
    ["XIV", 14], // lần thứ XIV
    ["IX", 9], // lần thứ IX
    ["XVIII", 18], // HĐND tỉnh khóa XVIII
    ["MCMXCIX", 1999],
    ["MMMCMXCIX", 3999],
  ])("reads %s as %i", (numeral, value) => {
    expect(romanToInt(numeral)).toBe(value);
  });

  it.each(["IIII", "VV", "IC", "XM", "", "xv", "XV ", "ABC", "MMMM", "LL", "DD", "IL"])("rejects %j", (text) => {
    expect(romanToInt(text)).toBeNull();
  });

  it("round-trips every number from 1 to 3999", () => {
    const numbers = Array.from({ length: 3999 }, (_, index) => index + 1);
    expect(numbers.filter((n) => romanToInt(intToRoman(n) ?? "") !== n)).toEqual([]);
  });

  it("never throws and gives an integer in 1..3999 or null", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const value = romanToInt(text);
        return value === null || (Number.isInteger(value) && value >= 1 && value <= 3999 && intToRoman(value) === text);
      }),
    );
  });
});

describe("intToRoman", () => {
  it.each([
    [15, "XV"],
    [13, "XIII"],
    [4, "IV"],
    [1999, "MCMXCIX"],
  ])("writes %i as %s", (value, numeral) => {
    expect(intToRoman(value)).toBe(numeral);
  });

  it.each([0, -1, 4000, 1.5, Number.NaN])("gives null for %d", (value) => {
    expect(intToRoman(value)).toBeNull();
  });
});
