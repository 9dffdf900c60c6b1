import type { AnchorFinder } from "./anchor-words";
import { caseOf, classOf, isSpace, tokenizeInto, type Token } from "./tokenize";

const LETTER = 1;
const UPPER = 1;

// Why this is the same as a scan over every token of the text: a read (a lexicon, a name, a
// place, a title, a list) takes lexicon words, capitalised words, punctuation, numbers, and at
// most one other lower-case word in a row (the syllable of an open head, `Ban Chỉ đạo`); it
// looks at most three tokens past what it takes. So no read crosses two "inert" words in a row
// (lower-case, no digit, in no lexicon): a read before them ends by the first, the scan steps
// over the second (no read starts at an inert word), and so stands on the token after them
// whatever came before. Between such a point and the next anchor nothing is found.

/** Inert words in a row after which a scan is in step with a scan of the whole text. */
const SYNC_WORDS = 2;
/** Tokens past the sync run that a read before it may look at. */
const LOOKAHEAD = 3;
/** Characters tokenised at a time when a window grows. */
const STRIDE = 32;

/**
 * Whether no read takes this token: a lower-case word with no digit and in none of the
 * lexicons (`words`).
 *
 * @internal
 * @example
 * ```ts
 * import { isInert } from "./anchored-scan";
 * import { tokenize } from "./tokenize";
 * const [a, b] = tokenize("hôm ban");
 * [isInert(a!, new Set(["ban"])), isInert(b!, new Set(["ban"]))]; // [true, false]
 * ```
 */
export const isInert = (token: Token, words: ReadonlySet<string>): boolean => {
  if (!token.word || token.capital || words.has(token.lower)) return false;
  const text = token.text;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) return false;
  }
  return true;
};

/** Whether `text[s, e)`, between spaces, is one inert token: letters, none upper case, in no lexicon (a chunk with other characters counts as not inert, which only moves a sync point back). */
const isInertChunk = (text: string, s: number, e: number, words: ReadonlySet<string>): boolean => {
  for (let i = s; i < e; i++) {
    const code = text.charCodeAt(i);
    if (classOf(code) !== LETTER || caseOf(code) === UPPER) return false;
  }
  return !words.has(text.slice(s, e));
};

/** Where a window opens: tokenise from `from` (a run of spaces or a token's start); scan from the first token at or after `at`. */
interface SyncPoint {
  readonly from: number;
  readonly at: number;
}

/** The last run of SYNC_WORDS inert words between `limit` and the word holding `anchor`, or null. */
const syncBefore = (text: string, anchor: number, limit: number, words: ReadonlySet<string>): SyncPoint | null => {
  let end = anchor;
  while (end > limit && !isSpace(text.charCodeAt(end - 1))) end--;
  let inert = 0;
  let runEnd = -1;
  for (;;) {
    let e = end;
    while (e > limit && isSpace(text.charCodeAt(e - 1))) e--;
    if (e <= limit) return null;
    let s = e;
    while (s > limit && !isSpace(text.charCodeAt(s - 1))) s--;
    if (isInertChunk(text, s, e, words)) {
      if (inert === 0) runEnd = e;
      inert++;
      if (inert === SYNC_WORDS) {
        let from = s;
        while (from > limit && isSpace(text.charCodeAt(from - 1))) from--;
        return { from, at: runEnd };
      }
    } else {
      inert = 0;
    }
    end = s;
  }
};

/** A read at token `at` that records what it finds and returns the index to go on from (> at). */
export type ScanStep = (tokens: readonly Token[], at: number) => number;

/**
 * Runs a token scan over normalised text only where it can find something: around each
 * anchor (a word every mention holds), from the last point before it where a scan of the
 * whole text is provably in step, to the first such point after it. `step(tokens, i)` reads
 * at token `i` (recording what it finds) and returns the index to go on from (> i); `words`
 * are the words of every lexicon the reads use. Finds exactly what `step` over the tokens of
 * the whole text finds, tokenising a fraction of it.
 *
 * Several steps may share one scan (`extract` reads officials and organizations so): each
 * goes on from its own token; `nextAnchor` must find the anchors of every step (more anchors
 * only open more windows) and `words` hold the words of every step (more words only move sync
 * points on). Each step then finds what it finds alone.
 *
 * @internal
 * @example
 * ```ts
 * import { anchorFinder } from "./anchor-words";
 * import { scanNearAnchors } from "./anchored-scan";
 * import { buildLexicon } from "./lexicon";
 * const lexicon = buildLexicon([["Tỉnh ủy", true]]);
 * const seen: string[] = [];
 * scanNearAnchors("hôm qua trời mưa to quá nên Tỉnh ủy họp", anchorFinder([lexicon], true), lexicon.words, (tokens, i) => {
 *   if (lexicon.match(tokens, i) !== null) seen.push(tokens[i]!.text);
 *   return i + 1;
 * });
 * seen; // ["Tỉnh"]
 * ```
 */
export const scanNearAnchors = (text: string, nextAnchor: AnchorFinder, words: ReadonlySet<string>, step: ScanStep | readonly ScanStep[]): void => {
  // Several reads share the windows, each at its own token (see the docs); one read is the common case.
  const steps: readonly ScanStep[] = typeof step === "function" ? [step] : step;
  const at = new Array<number>(steps.length).fill(0);
  const n = text.length;
  let last: SyncPoint = { from: 0, at: 0 };
  let anchor = nextAnchor(text, 0);
  while (anchor >= 0) {
    const open = syncBefore(text, anchor, last.at, words) ?? last;
    const tokens: Token[] = [];
    // Tokenised up to here; a window grows by STRIDE characters at a time (no closure: this runs per window).
    let cursor = open.from;
    let i = 0;
    for (;;) {
      if (i < tokens.length) {
        if (tokens[i]!.start >= open.at) break;
        i++;
      } else if (cursor < n) cursor = tokenizeInto(text, cursor, cursor + STRIDE, tokens);
      else break;
    }
    at.fill(i);
    let closed = false;
    while (!closed) {
      // The next run of inert words at or after i, with the tokens a read before it may look at.
      let r = -1;
      let inert = 0;
      for (let k = i; ; k++) {
        while (k >= tokens.length && cursor < n) cursor = tokenizeInto(text, cursor, cursor + STRIDE, tokens);
        if (k >= tokens.length) break;
        if (isInert(tokens[k]!, words)) {
          inert++;
          if (inert === SYNC_WORDS) {
            r = k + 1 - SYNC_WORDS;
            break;
          }
        } else {
          inert = 0;
        }
      }
      while (r >= 0 && tokens.length < r + SYNC_WORDS + LOOKAHEAD && cursor < n) cursor = tokenizeInto(text, cursor, cursor + STRIDE, tokens);
      const stop = r < 0 ? tokens.length : r;
      for (let k = 0; k < steps.length; k++) {
        const read = steps[k]!;
        let j = at[k]!;
        while (j < stop) j = read(tokens, j);
        // No read takes two inert words: every read is now at the sync run or just inside it.
        at[k] = Math.max(j, r + SYNC_WORDS);
      }
      if (r < 0) return; // the end of the text
      i = r + SYNC_WORDS;
      const syncAt = tokens[r + SYNC_WORDS - 1]!.end;
      if (anchor < syncAt) anchor = nextAnchor(text, syncAt);
      if (anchor < 0) return;
      // An anchor beyond what is tokenised opens a window of its own.
      if (anchor >= cursor) {
        last = { from: r > 0 ? tokens[r - 1]!.end : open.from, at: syncAt };
        closed = true;
      }
    }
  }
};
