import { describe, expect, it } from "vitest";
import { bodyStart } from "./front-matter";

describe("bodyStart", () => {
  it.each([
    ["---\nid: 001-dan-van-2021\n---\nNgày 14-1, Ban Dân vận Tỉnh ủy", "Ngày 14-1, Ban Dân vận Tỉnh ủy"],
    ["---\r\nid: a\r\n...\r\nNgày 14-1", "Ngày 14-1"],
    ["---\nheadline: Hội nghị\n---", ""],
  ])("skips the front matter of %j", (file, body) => {
    expect(file.slice(bodyStart(file))).toBe(body);
  });

  it.each([
    "Ngày 14-1, Ban Dân vận Tỉnh ủy",
    "---\nid: never closed\nNgày 14-1",
    "--- not a fence\nid: a\n---\n",
    "",
  ])("reads %j as all body", (file) => {
    expect(bodyStart(file)).toBe(0);
  });
});
