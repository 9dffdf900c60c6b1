import type { OfficialMention } from "@vnpol/schema";
import { describe, expect, it } from "vitest";
import { normalizeWithOffsets } from "../normalize";
import { tokenize } from "../organizations/tokenize";
import { findOfficialsIn, readOfficialsAt } from "./find-officials";
import { TITLE_PHRASE_WORDS } from "./title-phrase";

// The @example blocks of the internal entry points of findOfficials, run as written.
describe("TSDoc examples of findOfficialsIn", () => {
  it("findOfficialsIn", () => {
    const input = "Đồng chí Trương Tấn Sang, nguyên Chủ tịch nước";
    expect(findOfficialsIn(normalizeWithOffsets(input), input)[0]?.person).toBe("Trương Tấn Sang");
  });

  it("readOfficialsAt", () => {
    const input = "Ông Lê Văn A, Chủ tịch UBND tỉnh";
    const mentions: OfficialMention[] = [];
    expect(readOfficialsAt(normalizeWithOffsets(input), input, mentions)(tokenize(input), 0)).toBe(9);
    expect(mentions[0]?.person).toBe("Lê Văn A");
  });

  it("TITLE_PHRASE_WORDS", () => {
    expect([TITLE_PHRASE_WORDS.has("kiêm"), TITLE_PHRASE_WORDS.has("mưa")]).toEqual([true, false]);
  });
});
