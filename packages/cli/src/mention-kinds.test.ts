import { describe, expect, it } from "vitest";
import { parseOnly } from "./mention-kinds";
import { UsageError } from "./usage-error";

describe("parseOnly", () => {
  it.each([
    ["dates,documents,officials", ["date", "document", "official"]],
    ["Places, events ,organizations", ["place", "event", "organization"]],
    ["date,dates,date", ["date"]],
  ])("--only %s keeps %j", (value, kinds) => {
    expect(parseOnly(value)).toEqual(kinds);
  });

  it.each(["ngày", "dates,weather", ",", ""])("refuses --only %j", (value) => {
    expect(() => parseOnly(value)).toThrow(UsageError);
  });
});
