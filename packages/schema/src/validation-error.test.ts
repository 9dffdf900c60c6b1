import { describe, expect, it } from "vitest";
import { Article } from "./article";
import { Mention } from "./mention";
import { PartialDate } from "./partial-date";
import { explainError, formatIssues, formatPath } from "./validation-error";

describe("explainError", () => {
  it("names the field and what was expected for an impossible date", () => {
    const result = PartialDate.safeParse({ day: 31, month: 2 });
    expect(result.success).toBe(false);
    expect(explainError(result.error!)).toEqual([{ path: "day", message: "expected a day that exists in month 2 (at most 29), got 31" }]);
  });

  it("follows the branch of a union that got furthest", () => {
    const result = Mention.safeParse({ kind: "date", start: 0, end: 9, text: "Ngày 14-1", value: { value: { day: 14, month: 13 }, grain: "day", calendar: "solar" } });
    expect(result.success).toBe(false);
    const paths = explainError(result.error!).map((issue) => issue.path);
    expect(paths).toContain("value.value.month");
  });

  it("writes deep paths as code reaches them", () => {
    const result = Article.safeParse({ id: "Bad Id", language: "vi" });
    const lines = formatIssues(result.error!);
    expect(lines).toContain("id: expected an id of lower-case ASCII letters, digits and hyphens");
    expect(lines.some((line) => line.startsWith("headline: "))).toBe(true);
  });
});

describe("formatPath", () => {
  it.each([
    [["mentions", 3, "value", "date", "day"], "mentions[3].value.date.day"],
    [[], ""],
    [["@type"], '["@type"]'],
  ])("writes %j as %s", (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});
