import type { OrganizationMention } from "@vnpol/schema";
import { describe, expect, it } from "vitest";
import { normalizeWithOffsets } from "../normalize";
import { anchorFinder, bothAnchorsOver } from "./anchor-words";
import { WordList } from "../places/word-list";
import { isInert, scanNearAnchors } from "./anchored-scan";
import { BODY_PHRASE_WORDS } from "./body-phrase";
import { findOrganizationsIn, readOrganizationsAt } from "./find-organizations";
import { buildLexicon } from "./lexicon";
import { caseOf, classOf, isSpace, tokenize, tokenizeInto, type Token } from "./tokenize";

// The @example blocks of the internal helpers behind the fast scan, run as written.
describe("TSDoc examples of the scan near anchors", () => {
  it("tokenizeInto, classOf, caseOf, isSpace", () => {
    const tokens: Token[] = [];
    expect(tokenizeInto("Bí thư Tỉnh ủy Hà Tĩnh", 6, 12, tokens)).toBe(14);
    expect(tokens.map((t) => t.text)).toEqual(["Tỉnh", "ủy"]);
    expect([classOf("ủ".charCodeAt(0)), classOf("7".charCodeAt(0)), classOf(",".charCodeAt(0))]).toEqual([1, 2, 0]);
    expect([caseOf("Đ".charCodeAt(0)), caseOf("đ".charCodeAt(0)), caseOf(" ".charCodeAt(0))]).toEqual([1, 2, 0]);
    expect([isSpace(0x20), isSpace(0x0a), isSpace(0x2c)]).toEqual([true, true, false]);
  });

  it("anchorFinder", () => {
    const next = anchorFinder([buildLexicon([["Bí thư", true]])], false);
    expect(next("Ông là bí thư chi bộ", 0)).toBe(7);
    expect(next("Ông là bí quyết", 0)).toBe(-1);
  });

  it("bothAnchorsOver", () => {
    const over = bothAnchorsOver(anchorFinder([buildLexicon([["Bí thư", true]])], false), anchorFinder([buildLexicon([["Tỉnh ủy", true]])], true));
    const text = "Tỉnh ủy họp, bí thư phát biểu";
    const next = over(new WordList(text));
    expect([next(text, 0), next(text, 1), next(text, 14)]).toEqual([0, 13, -1]);
  });

  it("isInert and scanNearAnchors", () => {
    const [a, b] = tokenize("hôm ban");
    expect([isInert(a!, new Set(["ban"])), isInert(b!, new Set(["ban"]))]).toEqual([true, false]);
    const lexicon = buildLexicon([["Tỉnh ủy", true]]);
    const seen: string[] = [];
    scanNearAnchors("hôm qua trời mưa to quá nên Tỉnh ủy họp", anchorFinder([lexicon], true), lexicon.words, (tokens, i) => {
      if (lexicon.match(tokens, i) !== null) seen.push(tokens[i]!.text);
      return i + 1;
    });
    expect(seen).toEqual(["Tỉnh"]);
  });

  it("BODY_PHRASE_WORDS, findOrganizationsIn, readOrganizationsAt", () => {
    expect([BODY_PHRASE_WORDS.has("nhân"), BODY_PHRASE_WORDS.has("mưa")]).toEqual([true, false]);
    const input = "Ngày 14-1, Ban Dân vận Tỉnh ủy tổ chức hội nghị.";
    expect(findOrganizationsIn(normalizeWithOffsets(input), input)[0]?.name).toBe("Ban Dân vận Tỉnh ủy");
    const short = "Ban Dân vận Tỉnh ủy họp";
    const mentions: OrganizationMention[] = [];
    expect(readOrganizationsAt(normalizeWithOffsets(short), short, mentions)(tokenize(short), 0)).toBe(5);
    expect(mentions[0]?.name).toBe("Ban Dân vận Tỉnh ủy");
  });
});
