import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { OrganizationMention } from "@vnpol/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeWithOffsets } from "../normalize";
import type { OfficialMention } from "@vnpol/schema";
import { findOfficialsIn, readOfficialsAt, ROLE_ANCHORS } from "../officials/find-officials";
import { TITLE_PHRASE_WORDS } from "../officials/title-phrase";
import { WordList } from "../places/word-list";
import { bothAnchorsOver } from "./anchor-words";
import { BODY_PHRASE_WORDS } from "./body-phrase";
import { BODY_HEAD_ANCHORS, findOrganizationsIn, readOrganizationsAt, TITLED_HEADS, withPlaces } from "./find-organizations";
import { isInert, scanNearAnchors } from "./anchored-scan";
import { tokenize } from "./tokenize";

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

/** What the scan over every token of the text finds: the reference the windows must equal. */
const everyToken = (input: string): OrganizationMention[] => {
  const normalized = normalizeWithOffsets(input);
  const tokens = tokenize(normalized.text);
  const mentions: OrganizationMention[] = [];
  const step = readOrganizationsAt(normalized, input, mentions);
  for (let i = 0; i < tokens.length; ) i = step(tokens, i);
  return withPlaces(mentions, input);
};
const windowed = (input: string) => findOrganizationsIn(normalizeWithOffsets(input), input);

// Bodies, places, names, and plain words that no read takes (the runs where windows are cut).
const PIECES = [
  "Ban Dân vận ", "Tỉnh ủy ", "Huyện uỷ ", "HĐND ", "UBND ", "tỉnh ", "huyện ", "xã ", "Hà Tĩnh ", "Bà Rịa - Vũng Tàu ", "Bộ ", "Cục ",
  "Ban Chỉ đạo ", "Quân khu 7 ", "Trung ương ", "TP.HCM ", "các ", "cấp ", "Nguyễn Văn An ", "Sở Y tế ", "Ủy ban ", "Hội ", "An ",
  "hôm nay ", "trời mưa to ", "rất ", "đẹp ", "lắm ", "chơi ", "vui ", ", ", ". ", "\n", "(", ")", " - ", "12 ", "x",
  "trưởng phòng ", "chánh văn phòng ", "phó ban ", "Phòng ", "CSGT ", "Công an ",
];
const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })), { maxLength: 60 }).map((parts) => parts.join(""));

describe("findOrganizationsIn reads only near body heads, and finds what a scan of every token finds", () => {
  it("on random text of bodies, places and plain words", () => {
    fc.assert(fc.property(text, (input) => {
        expect(windowed(input)).toEqual(everyToken(input));
      }), { numRuns: 300, seed: 8 });
  });

  it("on real articles", (context) => {
    const sample = corpusSample(60);
    if (sample === null) return context.skip("no corpus at ../shared/corpus");
    for (const input of sample) expect(windowed(input)).toEqual(everyToken(input));
  });

  it("cuts at plain lower-case words only: never at a lexicon word, a capital or a number", () => {
    const [plain, lexicon, capital, number] = tokenize("mưa tỉnh Mưa 12");
    const words = new Set(["tỉnh"]);
    expect([plain, lexicon, capital, number].map((t) => isInert(t!, words))).toEqual([true, false, false, false]);
  });
});

/** Officials and organizations read in one scan, as `extract` reads them. */
const shared = (input: string) => {
  const normalized = normalizeWithOffsets(input);
  const words = new WordList(normalized.text);
  const officials: OfficialMention[] = [];
  const organizations: OrganizationMention[] = [];
  const anchors = bothAnchorsOver(ROLE_ANCHORS, BODY_HEAD_ANCHORS)(words);
  scanNearAnchors(normalized.text, anchors, TITLE_PHRASE_WORDS, [readOfficialsAt(normalized, input, officials), readOrganizationsAt(normalized, input, organizations)]);
  return { officials, organizations: withPlaces(organizations, input) };
};
const alone = (input: string) => {
  const normalized = normalizeWithOffsets(input);
  return { officials: findOfficialsIn(normalized, input), organizations: findOrganizationsIn(normalized, input) };
};
const TITLES = ["Bí thư ", "Chủ tịch ", "Phó Chủ tịch UBND tỉnh ", "đồng chí ", "ông ", "Các đồng chí: ", "nguyên ", "Ủy viên Ban Thường vụ ", "UVTV, ", "Lê Văn Hùng, "];
const mixed = fc.array(fc.oneof(fc.constantFrom(...PIECES, ...TITLES), fc.string({ maxLength: 3 })), { maxLength: 60 }).map((parts) => parts.join(""));

describe("one scan for officials and organizations (extract)", () => {
  it("rests on the words of titles holding those of bodies", () => {
    for (const word of BODY_PHRASE_WORDS) expect(TITLE_PHRASE_WORDS.has(word)).toBe(true);
  });

  it("anchors at every title after which a body may open in lower case (`trưởng phòng CSGT`): each is a role", () => {
    for (const phrase of TITLED_HEADS.phrases) {
      const title = phrase.join(" ");
      expect(ROLE_ANCHORS(`ông ${title} X`, 0)).toBe(4);
    }
  });

  it("finds what each finder finds alone, on random text", () => {
    fc.assert(fc.property(mixed, (input) => {
        expect(shared(input)).toEqual(alone(input));
      }), { numRuns: 300, seed: 8 });
  });

  it("finds what each finder finds alone, on real articles", (context) => {
    const sample = corpusSample(60);
    if (sample === null) return context.skip("no corpus at ../shared/corpus");
    for (const input of sample) expect(shared(input)).toEqual(alone(input));
  });
});
