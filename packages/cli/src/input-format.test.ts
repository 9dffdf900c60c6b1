import { describe, expect, it } from "vitest";
import { formatOfPath, parseFormatOption, sniffFormat } from "./input-format";

describe("input formats", () => {
  it.each([
    ["../shared/corpus/news.jsonl", "jsonl"],
    ["tin.NDJSON", "jsonl"],
    ["articles.json", "json"],
    ["trang.htm", "html"],
    ["001-dan-van-2021.md", "markdown"],
    ["bai-viet.txt", "text"],
    ["README", "text"],
  ])("%s is read as %s", (path, format) => {
    expect(formatOfPath(path)).toBe(format);
  });

  it.each([
    ['{"id":"unc-1","text":"Ngày 25/2"}\n', "jsonl"],
    ['\uFEFF  [{"id":"a"}]', "json"],
    ['{\n  "id": "a",\n  "text": "Ngày 25/2"\n}', "json"],
    ["<p class=title>Hội nghị Ban Chấp hành</p>", "html"],
    ["---\nid: a\n---\nNgày 14-1", "markdown"],
    ["Ngày 14-1, Ban Dân vận Tỉnh ủy", "text"],
    ["", "text"],
  ])("stdin starting %j is read as %s", (head, format) => {
    expect(sniffFormat(head)).toBe(format);
  });

  it("--format accepts the known formats in any case and nothing else", () => {
    expect(parseFormatOption("HTML")).toBe("html");
    expect(() => parseFormatOption("docx")).toThrow("--format: expected one of text, markdown, html, jsonl, json");
  });
});
