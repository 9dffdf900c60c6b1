import { describe, expect, it } from "vitest";
import { VnpolParseError } from "../errors";
import { parseDate, parseDateOrThrow } from "./parse-date";

describe("parseDate", () => {
  it("reads Ngày 14-1 with the year of its article (seed 001)", () => {
    expect(parseDate("Ngày 14-1", { ref: "2021-01-15" })).toMatchObject({ start: 0, end: 9, value: { year: 2021, month: 1, day: 14 }, grain: "day" });
  });

  it("accepts forms that are ambiguous in running text: 14-1, 4/4", () => {
    expect(parseDate("14-1")?.value).toEqual({ month: 1, day: 14 });
    expect(parseDate("4/4")?.value).toEqual({ month: 4, day: 4 });
  });

  it("allows spaces and punctuation at the edges, with offsets into the input", () => {
    const found = parseDate("  (nhiệm kỳ 2021 - 2026). ");
    expect(found).toMatchObject({ start: 3, end: 23, text: "nhiệm kỳ 2021 - 2026", grain: "range" });
  });

  it("returns null when the expression holds more than one date or something else", () => {
    expect(parseDate("Kỳ họp thứ 7")).toBeNull();
    expect(parseDate("Ngày 14-1 và ngày 15-1")).toBeNull();
    expect(parseDate("Ngày 14-1 Ban Dân vận")).toBeNull();
    expect(parseDate("")).toBeNull();
  });
});

describe("parseDateOrThrow", () => {
  it("returns the date: 22:37 27/12/2022", () => {
    expect(parseDateOrThrow("22:37 27/12/2022").value).toEqual({ year: 2022, month: 12, day: 27, hour: 22, minute: 37 });
  });

  it("throws a VnpolParseError that says what was expected and keeps the input", () => {
    expect(() => parseDateOrThrow("138/138")).toThrow(VnpolParseError);
    try {
      parseDateOrThrow("138/138");
    } catch (error) {
      expect((error as VnpolParseError).input).toBe("138/138");
      expect((error as VnpolParseError).expected).toMatch(/date/);
    }
  });
});
