import { describe, expect, it } from "vitest";
import { withYearFrom } from "./event-year";
import { findEvents } from "./find-events";

describe("withYearFrom: an event's day written without its year, dated by the article's day", () => {
  it("takes the year that puts the day nearest to the article's day", () => {
    expect(withYearFrom({ day: 23, month: 5 }, "2021-05-24")).toEqual({ year: 2021, month: 5, day: 23 });
    // news reports recent events: 27/12 in an article of 3 January is last year's, 2/1 in one of 28 December next year's
    expect(withYearFrom({ day: 27, month: 12 }, "2022-01-03")).toEqual({ year: 2021, month: 12, day: 27 });
    expect(withYearFrom({ day: 2, month: 1 }, "2021-12-28")).toEqual({ year: 2022, month: 1, day: 2 });
    // a month with no day, as findDates dates one
    expect(withYearFrom({ month: 1 }, "2006-12-28")).toEqual({ year: 2007, month: 1 });
    expect(withYearFrom({ month: 5 }, "2006-04-28")).toEqual({ year: 2006, month: 5 });
  });

  it("dates a period, into the next year when it crosses the new year", () => {
    expect(withYearFrom({ start: { day: 17, month: 4 }, end: { day: 24, month: 4 } }, "2021-04-30")).toEqual({
      start: { year: 2021, month: 4, day: 17 },
      end: { year: 2021, month: 4, day: 24 },
    });
    expect(withYearFrom({ start: { day: 27, month: 12 }, end: { day: 3, month: 1 } }, "2022-01-05")).toEqual({
      start: { year: 2021, month: 12, day: 27 },
      end: { year: 2022, month: 1, day: 3 },
    });
  });

  it("leaves a date with its year, a day that no near year has, and any date without a readable ref as they are", () => {
    expect(withYearFrom({ year: 2005, month: 4, day: 17 }, "2021-04-30")).toEqual({ year: 2005, month: 4, day: 17 });
    expect(withYearFrom({ start: { day: 30, month: 4 }, end: { year: 2006, month: 5, day: 1 } }, "2021-04-30")).toEqual({ start: { day: 30, month: 4 }, end: { year: 2006, month: 5, day: 1 } });
    // 29 February: only 2024 has one among 2022, 2023 and 2024, the years near an article of 2023
    expect(withYearFrom({ day: 29, month: 2 }, "2023-03-01")).toEqual({ year: 2024, month: 2, day: 29 });
    expect(withYearFrom({ day: 29, month: 2 }, "2022-03-01")).toEqual({ day: 29, month: 2 });
    expect(withYearFrom({ day: 23, month: 5 }, undefined)).toEqual({ day: 23, month: 5 });
    expect(withYearFrom({ day: 23, month: 5 }, "23/5/2021")).toEqual({ day: 23, month: 5 });
  });

  it("is what findEvents gives with ref, and no year without (corpus)", () => {
    // unc-news_society_049, published 29 April 2021
    const text = "Sáng 9/4, UBND tỉnh tổ chức Hội nghị sơ kết quý I.";
    expect(findEvents(text, { ref: "2021-04-29" })[0]?.date).toEqual({ year: 2021, month: 4, day: 9 });
    expect(findEvents(text)[0]?.date).toEqual({ day: 9, month: 4 });
  });
});
