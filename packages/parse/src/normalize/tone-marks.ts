/**
 * Tone-mark placement in the vowel pairs `oa`, `oe` and `uy` at the end of a syllable.
 *
 * Vietnamese writes the mark on the first vowel ("new" style: hòa, hòe, thủy — the style of
 * the Ministry of Education's spelling rules in Quyết định 1989/QĐ-BGDĐT of 2018) or on the
 * second ("old" style: hoà, hoè, thuỷ). Both are correct and both appear, even in one article,
 * so text is brought to one style before matching. Pairs followed by a final consonant
 * (hoàng, thuyết) have one placement only and are left alone, and `qu` + y (quý) is a
 * consonant plus a vowel, not the pair `uy`.
 *
 * Each row: a toned vowel written old style → the same syllable written new style.
 */
const TONES = ["\u0300", "\u0301", "\u0309", "\u0303", "\u0323"] as const; // huyền, sắc, hỏi, ngã, nặng

const PAIRS = [
  ["o", "a"],
  ["o", "e"],
  ["u", "y"],
] as const;

const compose = (base: string, tone: string) => (base + tone).normalize("NFC");

/** old-style pair (e.g. "oà") → new-style pair ("òa"), both cases. */
export const OLD_TO_NEW: ReadonlyMap<string, string> = new Map(
  PAIRS.flatMap(([first, second]) =>
    TONES.flatMap((tone) =>
      [
        [first, second],
        [first.toUpperCase(), second.toUpperCase()],
        [first.toUpperCase(), second],
      ].map(([a, b]) => [a! + compose(b!, tone), compose(a!, tone) + b!] as [string, string]),
    ),
  ),
);

/** new-style pair (e.g. "òa") → old-style pair ("oà"). */
export const NEW_TO_OLD: ReadonlyMap<string, string> = new Map([...OLD_TO_NEW].map(([oldStyle, newStyle]) => [newStyle, oldStyle]));
