import { describe, expect, it } from "vitest";
import { VnpolParseError } from "../errors";
import { normalizeWithOffsets } from "../normalize";
import { findDatesIn } from "./find-dates";
import { findDates, lunarToSolar, parseDate, parseDateOrThrow, solarToLunar } from "./index";

// The @example blocks of the exports, run as written: the API docs must not lie.
describe("TSDoc examples", () => {
  it("findDates", () => {
    const [first] = findDates("Sáng ngày 27/12, Ban Dân vận Tỉnh ủy tổ chức Hội nghị", { ref: "2022-12-27" });
    expect(first?.text).toBe("Sáng ngày 27/12");
    expect(first?.value).toEqual({ year: 2022, month: 12, day: 27 });
    expect(first?.grain).toBe("day");
    expect(first?.partOfDay).toBe("morning");
    expect(findDates("Hoàn thành 138/138 nhà ở, Kỳ họp thứ 7")).toEqual([]);
  });

  it("findDatesIn", () => {
    const input = "Ngày&nbsp;14-1, Ban Dân vận Tỉnh uỷ";
    const [first] = findDatesIn(normalizeWithOffsets(input), input, { ref: "2021-01-14" });
    expect(first?.text).toBe("Ngày&nbsp;14-1");
    expect(first?.value).toEqual({ year: 2021, month: 1, day: 14 });
  });

  it("DateOptions and the mentions", () => {
    expect(findDates("Ngày 14-1, Ban Dân vận Tỉnh ủy", { ref: "2021-01-14" })[0]?.value).toEqual({ year: 2021, month: 1, day: 14 });
    const [m] = findDates("quý I/2023");
    expect(m).not.toHaveProperty("kind");
    expect(m?.value).toEqual({ start: { year: 2023, month: 1 }, end: { year: 2023, month: 3 } });
    expect(m?.grain).toBe("quarter");
  });

  it("parseDate", () => {
    expect(parseDate("Ngày 14-1", { ref: "2021-01-15" })?.value).toEqual({ year: 2021, month: 1, day: 14 });
    expect(parseDate("nhiệm kỳ 2021 - 2026")?.grain).toBe("range");
    expect(parseDate("Kỳ họp thứ 7")).toBeNull();
  });

  it("parseDateOrThrow", () => {
    expect(parseDateOrThrow("22:37 27/12/2022").value).toEqual({ year: 2022, month: 12, day: 27, hour: 22, minute: 37 });
    expect(() => parseDateOrThrow("138/138")).toThrow(VnpolParseError);
  });

  it("solarToLunar and lunarToSolar", () => {
    expect(solarToLunar({ year: 2022, month: 2, day: 1 })).toEqual({ year: 2022, month: 1, day: 1, leap: false });
    expect(lunarToSolar({ year: 2023, month: 1, day: 1, leap: false })).toEqual({ year: 2023, month: 1, day: 22 });
  });
});
