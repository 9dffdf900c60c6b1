import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { OfficialMention } from "@vnpol/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeWithOffsets } from "../normalize";
import { tokenize } from "../organizations/tokenize";
import { findOfficials, findOfficialsIn, readOfficialsAt } from "./find-officials";

/** What the scan over every token of the text finds: the reference the windows near role words must equal. */
const everyToken = (input: string): OfficialMention[] => {
  const normalized = normalizeWithOffsets(input);
  const tokens = tokenize(normalized.text);
  const mentions: OfficialMention[] = [];
  const step = readOfficialsAt(normalized, input, mentions);
  for (let i = 0; i < tokens.length; ) i = step(tokens, i);
  return mentions;
};

const CORPUS = fileURLToPath(new URL("../../../../../shared/corpus/news.jsonl", import.meta.url));
/** The first `count` articles of ../shared/corpus (title and text), or null when it is absent. */
const corpusSample = (count: number): string[] | null =>
  existsSync(CORPUS)
    ? readFileSync(CORPUS, "utf8")
        .split("\n", count)
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { title?: string; text: string })
        .map((r) => (r.title ? `${r.title}\n${r.text}` : r.text))
    : null;

// Title syntax, names, and plain words that no read takes (where the windows are cut).
const PIECES = [
  "đồng chí ", "Đ/c ", "ông ", "Ông ", "bà ", "Các đồng chí: ", "các đồng chí ", "nguyên ", "Nguyễn Văn Lộc ", "Lê Mạnh Cường ",
  "Y-Ngông Niê Kđăm ", "Trần ", "Hà Tĩnh ", "Phó ", "Bí thư ", "bí thư ", "Chủ tịch ", "Thường trực ", "Trưởng Ban ", "UVTV ",
  "Ủy viên ", "Tỉnh ủy ", "HĐND ", "UBND ", "tỉnh ", "huyện ", "Bộ Chính trị ", "Thủ tướng ", "Đại tướng ", "TS. ", "được bầu làm ",
  "khóa XV ", "kiêm ", "và ", "hôm nay ", "trời mưa to ", "rất ", "vui ", "lắm ", ", ", "; ", ": ", " - ", "(", ")", ". ", "\n",
  "(bên phải), ", "(sinh năm 1950), ", "(dân tộc Mông), ", "(người dân) ",
];
const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })), { maxLength: 60 }).map((parts) => parts.join(""));

describe("findOfficialsIn reads only near role words, and finds what a scan of every token finds", () => {
  it("on random text of names, titles and plain words", () => {
    fc.assert(
      fc.property(text, (input) => {
        expect(findOfficialsIn(normalizeWithOffsets(input), input)).toEqual(everyToken(input));
      }),
      { numRuns: 300, seed: 8 },
    );
  });

  it("on real articles", (context) => {
    const sample = corpusSample(60);
    if (sample === null) return context.skip("no corpus at ../shared/corpus");
    for (const input of sample) expect(findOfficialsIn(normalizeWithOffsets(input), input)).toEqual(everyToken(input));
  });

  it("reads a title past an aside in brackets as the scan of every token does (audit, corpus)", () => {
    for (const input of [
      "trò chuyện với ông Phan Xuân Biên (bên phải), Chủ tịch Hội Hữu nghị Việt – Lào TPHCM. Ảnh",
      "Hôm qua, ông Phan Xuân Biên (sinh năm 1950), Chủ tịch UBND tỉnh Hà Tĩnh cho biết",
      "ổn định cuộc sống Ông Lê Hữu Thăng (bên trái), Phó Chủ tịch UBND tỉnh Quảng Trị, đang thăm hỏi",
    ]) {
      expect(findOfficialsIn(normalizeWithOffsets(input), input)).toEqual(everyToken(input));
    }
    expect(findOfficials("Hôm qua, ông Phan Xuân Biên (sinh năm 1950), Chủ tịch UBND tỉnh Hà Tĩnh cho biết")[0]?.positions[0]?.body).toBe("Ủy ban nhân dân tỉnh Hà Tĩnh");
  });

  it("a title far from the last one, after plain words, is still found with its name", () => {
    const input = "Đồng chí Lê Văn Hà, Bí thư Tỉnh ủy dự. Hôm nay trời mưa to rất lâu mà vui lắm. Ông Trần Văn Bình, Chủ tịch UBND tỉnh phát biểu.";
    expect(findOfficials(input).map((m) => m.person)).toEqual(["Lê Văn Hà", "Trần Văn Bình"]);
  });
});
