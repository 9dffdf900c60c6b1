import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanArticle } from "./clean-article";

// Pieces that steer the cleaner into each of its branches when strung together at random.
const TEXT_PIECES = [
  "Tin khác", "Tin cùng chuyên mục", "Xem tin theo ngày", "Thống kê truy cập", "Lượt truy cập:", "0", "Sign In", "EmailPrintAa",
  "Ý kiến bạn đọc", "{{ getLanguage('x') }}", "{{", "}}", "Tiêu đề", "Hình ảnh", "Email", "Content Type: Tin Tức", "99 lượt xem",
  "12/01/2022 09:20", "22:37 27/12/2022", "02/12/2021 |", "Chính trị", "TTTU-1.jpg", "Video: a.mp4", "Ảnh: Thành Tâm",
  "Trần Thông Thái-BDVTU", "Đại biểu dự hội nghị.", "- Kỳ họp 23.10.2024 | 16:17 PM", "Ngày 14-1, Ban Dân vận Tỉnh ủy họp.",
  "\n", "\n\n", "\r\n", " ", "\u00a0", "uỷ", "u\u0309y",
];
const HTML_PIECES = [
  "<p>", "</p>", "<p class=title>", "<p class=ngay>", "<p class=author>", "<table>", "</table>", "<tr><td>", "<td class=commentimg>",
  "<img src=a.jpg>", "<img src=b.gif width=1>", "<figure>", "<figcaption>", "<strong>", "</strong>", "<li>", "<ul class=newsother_list>",
  "<script>", "</script>", "<nav>", "<form>", "&nbsp;", "&#193;", "<br>", "<div class=share>", "</div>", "<title>", "<h1>", "<time>",
];

// Any UTF-16 string, lone surrogates included (built from code units: fast-check's "binary" unit is slow).
const anyString = fc
  .array(fc.oneof(fc.integer({ min: 0, max: 0x7f }), fc.integer({ min: 0x80, max: 0x2fff }), fc.integer({ min: 0, max: 0x10ffff })), { maxLength: 200 })
  .map((codes) => codes.map((code) => (code <= 0xffff ? String.fromCharCode(code) : String.fromCodePoint(code))).join(""));

const stringOf = (pieces: string[]) => fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 12 })), { maxLength: 40 }).map((parts) => parts.join(""));

/** What must hold for any input: no throw, blocks in order, text blocks slicing the input. */
const checkInvariants = (raw: string) => {
  const article = cleanArticle(raw);
  for (let i = 1; i < article.blocks.length; i++) expect(article.blocks[i]!.start).toBeGreaterThanOrEqual(article.blocks[i - 1]!.start);
  if (article.format === "text") for (const block of article.blocks) expect(raw.slice(block.start, block.end)).toBe(block.text);
  for (const paragraph of article.paragraphs) expect(article.body).toContain(paragraph);
  expect(article.body).not.toContain("{{");
};

describe("cleanArticle on arbitrary input", () => {
  it("never throws on arbitrary strings", () => {
    fc.assert(fc.property(anyString, (raw) => void checkInvariants(raw)), { numRuns: 150 });
  });

  it("never throws on strings made of page debris and article lines", () => {
    fc.assert(fc.property(stringOf(TEXT_PIECES), (raw) => void checkInvariants(raw)), { numRuns: 150 });
  });

  it("never throws on HTML-ish strings", () => {
    fc.assert(fc.property(stringOf([...HTML_PIECES, ...TEXT_PIECES]), (raw) => void checkInvariants(raw.startsWith("<") ? raw : `<p>${raw}`)), { numRuns: 60 });
  });

  it("stays linear on an unclosed `{{` repeated over 100 KB and on a 10 MB single line", () => {
    const time = (raw: string) => {
      const start = performance.now();
      cleanArticle(raw);
      return performance.now() - start;
    };
    // Generous bounds: a quadratic scan would take minutes on these inputs, linear work takes milliseconds.
    expect(time("{{".repeat(51_200))).toBeLessThan(1_000);
    expect(time("Ban Dân vận Tỉnh ủy tổ chức hội nghị, ".repeat(270_000).slice(0, 10_000_000))).toBeLessThan(5_000);
    expect(time(`Tiêu đề\n${"1".repeat(1_000_000)}.jpg\n${" ".repeat(1_000_000)}x`)).toBeLessThan(2_000);
  });
});
