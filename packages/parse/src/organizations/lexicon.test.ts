import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildLexicon } from "./lexicon";
import { tokenize } from "./tokenize";

/** The longest phrase at token `at`, each phrase tokenised alone (the first given for a key wins): what `match` must answer. */
const longest = (entries: readonly (readonly [string, number])[], words: readonly string[], at: number) => {
  const seen = new Set<string>();
  let best: { value: number; end: number } | null = null;
  for (const [phrase, value] of entries) {
    const keys = tokenize(phrase).map((t) => t.lower);
    if (keys.length === 0 || seen.has(keys.join("\n"))) continue;
    seen.add(keys.join("\n"));
    if (keys.every((key, k) => words[at + k] === key) && (best === null || at + keys.length > best.end)) best = { value, end: at + keys.length };
  }
  return best;
};

// Pieces that test where a phrase's tokens end: joiners, dashes, digits glued to words, spaces at either end, empty phrases.
const PIECES = ["ban", "Ban", "bí", "thư", "T.Ư", "TP.", "HCM", "Đ/c", "H'", "Mông", "–", "-", ",", ".", "4", "x4", " ", "  ", "\u00a0", "/"];
const phrase = fc.array(fc.constantFrom(...PIECES), { maxLength: 4 }).map((parts) => parts.join(""));

describe("buildLexicon", () => {
  it("reads every phrase as tokenize reads it alone, though it tokenises them all at once", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(phrase, fc.nat(9)), { maxLength: 8 }), fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }), (entries, parts) => {
        const lexicon = buildLexicon(entries);
        expect(lexicon.phrases).toEqual(entries.map(([text]) => tokenize(text).map((t) => t.lower)).filter((keys) => keys.length > 0));
        const tokens = tokenize(parts.join(" "));
        const words = tokens.map((t) => t.lower);
        for (let at = 0; at <= tokens.length; at++) expect(lexicon.match(tokens, at)).toEqual(longest(entries, words, at));
      }),
      { numRuns: 500, seed: 8 },
    );
  });
});
