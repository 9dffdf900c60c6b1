import { documentKindWords, type DocumentKindWord } from "./document-kind-words";
import { isWordCodeAt, lowerCodeAt } from "./word-chars";

/** A kind word found in normalised text: where it starts, as written, and its row. */
export interface KindWordAt {
  readonly start: number;
  readonly written: string;
  readonly word: DocumentKindWord;
}

interface KindWordCodes {
  readonly word: DocumentKindWord;
  readonly codes: readonly number[];
}

// Kind words by the lower-case code of their first letter, longest first: a lookup tests a few.
const KIND_BY_FIRST = new Map<number, KindWordCodes[]>();
// The same by their last letter: a number's anchor looks back at the word before it.
const KIND_BY_LAST = new Map<number, KindWordCodes[]>();
for (const word of documentKindWords) {
  const codes = [...word.word].map((ch) => ch.charCodeAt(0));
  for (const [map, key] of [[KIND_BY_FIRST, codes[0]!], [KIND_BY_LAST, codes[codes.length - 1]!]] as const) {
    const list = map.get(key) ?? [];
    list.push({ word, codes });
    map.set(key, list);
  }
}
// Longest gap `số : ` between a kind word and its number, after the space that ends the word.
const MAX_SO = 5;

const matchesAt = (t: string, i: number, codes: readonly number[]) => {
  for (let k = 1; k < codes.length; k++) if (lowerCodeAt(t, i + k) !== codes[k]) return false;
  return !isWordCodeAt(t, i + codes.length);
};

/** The longest kind word that starts a word at `i`, or null. */
const kindWordAt = (t: string, i: number): KindWordAt | null => {
  if (!isWordCodeAt(t, i) || isWordCodeAt(t, i - 1)) return null;
  const candidates = KIND_BY_FIRST.get(lowerCodeAt(t, i));
  if (candidates === undefined) return null;
  for (const { word, codes } of candidates) {
    if (matchesAt(t, i, codes)) return { start: i, written: t.slice(i, i + codes.length), word };
  }
  return null;
};

/** Pushes the kind word that ends exactly at `end`, if the forward reading finds it there. */
const pushEndingAt = (t: string, end: number, out: KindWordAt[]) => {
  const candidates = KIND_BY_LAST.get(lowerCodeAt(t, end - 1));
  if (candidates === undefined) return;
  for (const { codes } of candidates) {
    const start = end - codes.length;
    let k = 0;
    while (k < codes.length && lowerCodeAt(t, start + k) === codes[k]) k++;
    if (k < codes.length) continue;
    // The longest word at `start` is the one read forwards: it must be this one.
    const found = kindWordAt(t, start);
    if (found !== null && start + found.written.length === end) out.push(found);
  }
};

// `s` of `số` as /iu matches it: s, S and the long s that folds to it.
const isS = (code: number) => (code | 0x20) === 0x73 || code === 0x17f;

/** Pushes the kind words that may introduce the number at `d`: `Kind d`, `Kind số d`, `Kind khẩn số: d`. */
const pushBefore = (t: string, d: number, out: KindWordAt[]) => {
  const mark = out.length;
  for (let so = 0; so <= MAX_SO; so++) {
    const at = d - so;
    // No `số` (so = 0), or `số` right after a space: the caller checks the exact form.
    if (so === 1 || (so > 1 && !(isS(t.charCodeAt(at)) && lowerCodeAt(t, at + 1) === 0x1ed1))) continue;
    if (t.charCodeAt(at - 1) !== 0x20) continue;
    pushEndingAt(t, at - 1, out);
    if (t.startsWith(" khẩn", at - 6)) pushEndingAt(t, at - 6, out);
  }
  // Text order among the few found here (insertion sort, usually zero or one item).
  for (let k = mark + 1; k < out.length; k++) {
    const item = out[k]!;
    let m = k;
    while (m > mark && out[m - 1]!.start > item.start) {
      out[m] = out[m - 1]!;
      m--;
    }
    out[m] = item;
  }
};

/**
 * The kind words of a normalised text that may introduce a number (`Nghị quyết 09`, `Quyết định
 * số 269`, `Công điện khẩn số: 5`), in text order. A kind word is the longest one that starts a
 * word; numbers are cheap anchors, so the scan looks only at the few words before each run of
 * digits (`digitStarts`, from `digitRunStarts`) instead of at every word of the text. The caller
 * checks the exact gap before the number.
 *
 * @example
 * ```ts
 * import { digitRunStarts } from "./digit-runs";
 * import { numberedKindWords } from "./numbered-kind-words";
 * const text = "Theo Nghị quyết số 09 và kế hoạch 5 năm";
 * numberedKindWords(text, digitRunStarts(text)).map((k) => k.written); // ["Nghị quyết", "kế hoạch"]
 * numberedKindWords("quyết định của Tỉnh ủy", []); // []
 * ```
 */
export const numberedKindWords = (t: string, digitStarts: readonly number[]): KindWordAt[] => {
  const out: KindWordAt[] = [];
  // Only a run's first digit can follow a kind word.
  for (const d of digitStarts) pushBefore(t, d, out);
  return out;
};
