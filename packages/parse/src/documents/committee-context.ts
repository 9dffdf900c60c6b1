/** Which committee a text names: a province's (Tỉnh ủy) or a city's (Thành ủy). */
export type Committee = "province" | "city";

// Names of a province's or a centrally-run city's Party committee as articles write them.
const COMMITTEE = /tỉnh ủy|đảng bộ tỉnh|thành ủy|đảng bộ thành phố/giu;

/**
 * The Tỉnh ủy / Thành ủy mentions of a normalised text, to tell which one a `TU` symbol means
 * (Hướng dẫn 36-HD/VPTW gives both the code `TU`). Built once per text, queried per mention.
 */
export interface CommitteeContext {
  /** The committee named nearest before `at` in the same paragraph, else the only one the text names, else null. */
  committeeAt(at: number): Committee | null;
}

/**
 * Collects the committee mentions of `text` in one pass.
 *
 * @example
 * ```ts
 * import { committeeContext } from "./committee-context";
 * const text = "Thành ủy Hà Nội ban hành văn bản số 112-CV/TU.";
 * committeeContext(text).committeeAt(35); // "city"
 * committeeContext("Chương trình số 03-CTr/TU").committeeAt(16); // null
 * ```
 */
export const committeeContext = (text: string): CommitteeContext => {
  const found: { at: number; committee: Committee }[] = [];
  for (const match of text.matchAll(COMMITTEE)) {
    const word = match[0].toLowerCase();
    found.push({ at: match.index, committee: word.startsWith("tỉnh") || word.endsWith("tỉnh") ? "province" : "city" });
  }
  const newlines: number[] = [];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) newlines.push(i);
  // Index of the paragraph that holds offset `at`, by binary search over the newlines.
  const paragraphOf = (at: number): number => {
    let lo = 0;
    let hi = newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (newlines[mid]! < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const kinds = new Set(found.map((f) => f.committee));
  const only = kinds.size === 1 ? found[0]!.committee : null;
  let cursor = 0;
  let lastAt = -1;
  return {
    committeeAt(at: number): Committee | null {
      // Queries come in text order; restart when they do not, so a stray query stays correct.
      if (at < lastAt) cursor = 0;
      lastAt = at;
      while (cursor < found.length && found[cursor]!.at < at) cursor++;
      const before = found[cursor - 1];
      if (before !== undefined && paragraphOf(before.at) === paragraphOf(at)) return before.committee;
      return only;
    },
  };
};
