import { describe, expect, it } from "vitest";
import { isoDateOf, parseRefOption, refOfArticle } from "./ref-date";

describe("reference days", () => {
  it.each([
    ["2022-12-27", "2022-12-27"],
    ["2021-05-02T08:00:00+07:00", "2021-05-02"],
    ["2024-02-29", "2024-02-29"],
    ["2023-02-29", null],
    ["27/12/2022", null],
    ["hôm qua", null],
  ])("isoDateOf(%j) is %j", (value, iso) => {
    expect(isoDateOf(value)).toBe(iso);
  });

  it("--ref refuses what is not a day", () => {
    expect(parseRefOption("2022-12-27")).toBe("2022-12-27");
    expect(() => parseRefOption("27/12/2022")).toThrow("--ref: expected a day as YYYY-MM-DD");
  });

  it("takes an article's publication day, else its event day, and never a partial date", () => {
    const published = { year: 2022, month: 12, day: 27, hour: 22, minute: 37 };
    expect(refOfArticle({ datePublished: published, eventDate: { year: 2022, month: 12, day: 26 } })).toBe("2022-12-27");
    expect(refOfArticle({ datePublished: null, eventDate: { start: { year: 2021, month: 7, day: 1 }, end: { year: 2021, month: 7, day: 3 } } })).toBe("2021-07-01");
    expect(refOfArticle({ datePublished: { year: 2021, month: 7 }, eventDate: { year: 2021 } })).toBeUndefined();
    expect(refOfArticle({})).toBeUndefined();
  });
});
