import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ROLE_LEXICON } from "../officials/role-phrase";
import { normalize } from "../normalize";
import { WordList } from "../places/word-list";
import { anchorFinder, bothAnchorsOver, eitherAnchor } from "./anchor-words";
import { BODY_HEADS } from "./body-phrase";
import { buildLexicon } from "./lexicon";
import { tokenize } from "./tokenize";

const allAnchors = (next: (text: string, from: number) => number, text: string): number[] => {
  const found: number[] = [];
  for (let at = next(text, 0); at >= 0; at = next(text, at + 1)) found.push(at);
  return found;
};

/** Token starts where one of the lexicons matches (capitalised when asked): what the finder must never miss. */
const matchStarts = (lexicons: readonly { match: (t: ReturnType<typeof tokenize>, i: number) => unknown }[], text: string, capitalOnly: boolean) => {
  const tokens = tokenize(text);
  return tokens.filter((t, i) => (!capitalOnly || t.capital) && lexicons.some((l) => l.match(tokens, i) !== null)).map((t) => t.start);
};

const PIECES = [
  "Chủ tịch ", "chủ tịch ", "Bí thư ", "bí quyết ", "Thủ tướng ", "UVTV ", "Ủy viên ", "người phát ngôn ", "Người ", "Tỉnh ủy viên ",
  "Ban Dân vận ", "ban ", "Bộ ", "bộ ", "Quân khu ", "Đ/c ", "Cam-pu-chia ", "HĐND ", "UBND ", "Văn phòng ", "Văn ", "Sở ", "4Ban ",
  "(", ")", ",", ".", "-", "\n", "  ", "x", "Đ", "Ủ", "ủy", "TP.HCM ", "T.Ư ", "MTTQ, ", "2", "𝐀", "😀",
];
const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })), { maxLength: 40 }).map((parts) => normalize(parts.join("")));

describe("anchorFinder", () => {
  it("is given tables whose every phrase starts with a letter, the only starts it looks at", () => {
    for (const lexicon of [ROLE_LEXICON, ...BODY_HEADS]) {
      for (const phrase of lexicon.phrases) expect(phrase[0]).toMatch(/^\p{L}/u);
    }
  });

  it("finds a phrase at a word start, in any case, and not a word that only begins like one", () => {
    const next = anchorFinder([buildLexicon([["Bí thư", true]])], false);
    expect(allAnchors(next, "Ông là bí thư, BÍ THƯ và Bí\nthư; không phải bí quyết hay Ủybí thư")).toEqual([7, 15, 25]);
  });

  it("with capitalOnly, skips lower-case words", () => {
    const next = anchorFinder([buildLexicon([["Ban Dân vận", true]])], true);
    expect(allAnchors(next, "ban dân vận và Ban Dân vận")).toEqual([15]);
  });

  it("never misses where the role table matches (officials)", () => {
    const next = anchorFinder([ROLE_LEXICON], false);
    fc.assert(
      fc.property(text, (input) => {
        const found = new Set(allAnchors(next, input));
        for (const start of matchStarts([ROLE_LEXICON], input, false)) expect(found.has(start)).toBe(true);
      }),
      { numRuns: 300, seed: 8 },
    );
  });

  it("never misses where a body head matches, capitalised (organizations)", () => {
    const next = anchorFinder(BODY_HEADS, true);
    fc.assert(
      fc.property(text, (input) => {
        const found = new Set(allAnchors(next, input));
        for (const start of matchStarts(BODY_HEADS, input, true)) expect(found.has(start)).toBe(true);
      }),
      { numRuns: 300, seed: 8 },
    );
  });

  it("over a word list of the text, finds what the scan of its characters finds", () => {
    const finders = [anchorFinder([ROLE_LEXICON], false), anchorFinder(BODY_HEADS, true)];
    fc.assert(
      fc.property(text, (input) => {
        for (const next of finders) expect(allAnchors(next.over(new WordList(input)), input)).toEqual(allAnchors(next, input));
      }),
      { numRuns: 300, seed: 8 },
    );
  });

  it("over a word list, answers an offset that goes back", () => {
    const next = anchorFinder([ROLE_LEXICON], false).over(new WordList("Bí thư và Chủ tịch"));
    expect([next("Bí thư và Chủ tịch", 5), next("Bí thư và Chủ tịch", 0), next("Bí thư và Chủ tịch", 11)]).toEqual([10, 0, -1]);
  });
});

describe("eitherAnchor", () => {
  it("finds the anchors of both finders, in order", () => {
    const roles = anchorFinder([ROLE_LEXICON], false);
    const bodies = anchorFinder(BODY_HEADS, true);
    fc.assert(
      fc.property(text, (input) => {
        const both = [...new Set([...allAnchors(roles, input), ...allAnchors(bodies, input)])].sort((a, b) => a - b);
        expect(allAnchors(eitherAnchor(roles, bodies), input)).toEqual(both);
      }),
      { numRuns: 300, seed: 8 },
    );
  });
});

describe("bothAnchorsOver", () => {
  const roles = anchorFinder([ROLE_LEXICON], false);
  const bodies = anchorFinder(BODY_HEADS, true);
  const over = bothAnchorsOver(roles, bodies);

  it("finds what eitherAnchor finds over the text, in one pass over a word list of it", () => {
    fc.assert(
      fc.property(text, (input) => {
        expect(allAnchors(over(new WordList(input)), input)).toEqual(allAnchors(eitherAnchor(roles, bodies), input));
      }),
      { numRuns: 300, seed: 8 },
    );
  });

  it("answers an offset that goes back", () => {
    const input = "Bí thư và Ban Dân vận";
    const next = over(new WordList(input));
    expect([next(input, 5), next(input, 0), next(input, 11)]).toEqual([10, 0, -1]);
  });
});
