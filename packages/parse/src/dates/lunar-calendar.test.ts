import { describe, expect, it } from "vitest";
import { fromJulianDayNumber, julianDayNumber, lunarToSolar, solarToLunar } from "./lunar-calendar";

// Tết (1/1 âm lịch) as published in Vietnamese calendars; 1985 and 2007 differ from China's.
const TET_IN_VIETNAM: [number, number, number][] = [
  [1985, 1, 21],
  [2007, 2, 17],
  [2020, 1, 25],
  [2021, 2, 12],
  [2022, 2, 1],
  [2023, 1, 22],
  [2024, 2, 10],
  [2025, 1, 29],
  [2026, 2, 17],
];

describe("lunar calendar (UTC+7)", () => {
  it.each(TET_IN_VIETNAM)("Tết %i falls on %i/%i", (year, month, day) => {
    expect(lunarToSolar({ year, month: 1, day: 1, leap: false })).toEqual({ year, month, day });
    expect(solarToLunar({ year, month, day })).toEqual({ year, month: 1, day: 1, leap: false });
  });

  it("gives China's Tết with UTC+8: 20 Feb 1985 and 18 Feb 2007", () => {
    expect(lunarToSolar({ year: 1985, month: 1, day: 1, leap: false }, 8)).toEqual({ year: 1985, month: 2, day: 20 });
    expect(lunarToSolar({ year: 2007, month: 1, day: 1, leap: false }, 8)).toEqual({ year: 2007, month: 2, day: 18 });
  });

  it("knows the leap months: tháng 2 nhuận 2023 and tháng 4 nhuận 2020", () => {
    expect(lunarToSolar({ year: 2023, month: 2, day: 1, leap: true })).toEqual({ year: 2023, month: 3, day: 22 });
    expect(lunarToSolar({ year: 2020, month: 4, day: 1, leap: true })).toEqual({ year: 2020, month: 5, day: 23 });
    expect(lunarToSolar({ year: 2022, month: 2, day: 1, leap: true })).toBeNull();
  });

  it("reads rằm tháng Giêng 2022 as 15 Feb 2022 and Trung thu 2021 as 21 Sep 2021", () => {
    expect(lunarToSolar({ year: 2022, month: 1, day: 15, leap: false })).toEqual({ year: 2022, month: 2, day: 15 });
    expect(lunarToSolar({ year: 2021, month: 8, day: 15, leap: false })).toEqual({ year: 2021, month: 9, day: 21 });
  });

  it("round-trips every fifth day from 1980 to 2040", () => {
    for (let jdn = julianDayNumber(1980, 1, 1); jdn <= julianDayNumber(2040, 12, 31); jdn += 5) {
      const solar = fromJulianDayNumber(jdn);
      expect(lunarToSolar(solarToLunar(solar))).toEqual(solar);
    }
  });
});
