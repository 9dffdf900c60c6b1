import type { WordList } from "../places/word-list";
import { LETTER_KEY_SEED as SEED, letterKeyOf as keyOf, LOWERED, LOWERED_TABLE_SIZE as TABLE_SIZE, loweredOf, mixLetter as mix } from "./letter-key";
import type { Lexicon } from "./lexicon";
import { caseOf, classOf, isSpace } from "./tokenize";

/** Finds where a phrase of some lexicons may start in normalised text, without tokenising it. */
export type AnchorFinder = (text: string, from: number) => number;

/** An {@link AnchorFinder} that can also go by the words of a {@link WordList} of the text. */
export interface Anchors extends AnchorFinder {
  /**
   * The same finder for `words.text` (and no other text), which visits only the words whose key
   * opens a phrase instead of every character: the scan shared by the finders of `extract`.
   */
  over(words: WordList): AnchorFinder;
}

/** The {@link Anchors} of some lexicons, with what a scan of a word list asks of them (see {@link bothAnchorsOver}). */
export interface LexiconAnchors extends Anchors {
  /** @internal */
  readonly byWord: WordTables;
}

/**
 * A finder's tables for a scan of the words of a {@link WordList} (see `Anchors.over`).
 *
 * @internal
 */
export interface WordTables {
  /** By the low 16 bits of a key: 1 for a word alone, 2 for a first word of a pair. */
  readonly firstKeys: Uint8Array;
  /** By the low 16 bits of a first and a second word's keys mixed: 1 when they may open a phrase. */
  readonly pairKeys: Uint8Array;
  /** Whether a code unit may open a phrase (a capital, when the finder wants one). */
  readonly startsFirst: (code: number) => boolean;
  /** -1 when a phrase may start at `start` of `text`, as the scan of the characters decides. */
  readonly readAt: (text: string, start: number) => number;
}

const LETTER = 1;
const DIGIT = 2;
const LOWER = 2;

// A word is keyed by the hash of its leading letters, lower-cased (`letterKeyOf`): a word whose key is not in the
// set opens no phrase; a key in it (or a collision) is then checked with the next word.

/** Bits of a word's key that index the tables of a scan of a word list. */
const KEY_BITS = 0xffff;

/** Letters of a word's key that are tested before the rest is read: most words differ from every first word by then. */
const PREFIX_LETTERS = 3;

/** The hash of a word's first PREFIX_LETTERS letters (fewer when it is shorter), as the scan sees it midway. */
const prefixKeyOf = (word: string): number => {
  let hash = SEED;
  for (let i = 0; i < word.length && i < PREFIX_LETTERS && loweredOf(word.charCodeAt(i)) !== 0; i++) hash = mix(hash, loweredOf(word.charCodeAt(i)));
  return hash;
};

const isLetters = (word: string): boolean => {
  for (let i = 0; i < word.length; i++) if (loweredOf(word.charCodeAt(i)) === 0) return false;
  return word.length > 0;
};

/** The keys of the first words of the phrases, and of their first two words. */
interface Keys {
  /** First words that are a phrase alone, or have other characters than letters (`đ/c`): a candidate at once. */
  readonly alone: Set<number>;
  /** First words followed by a second word in some phrase. */
  readonly first: Set<number>;
  /** First and second words together. */
  readonly pairs: Set<number>;
  /** By the low 16 bits of a prefix key: 1 when a first word starts with that prefix. */
  readonly prefixes: Uint8Array;
  /** The lower-cased first letters of the first words. */
  readonly initials: Set<number>;
}

const keysOf = (lexicons: readonly Lexicon<unknown>[]): Keys => {
  const prefixes = new Uint8Array(0x10000);
  const keys = { alone: new Set<number>(), first: new Set<number>(), pairs: new Set<number>(), prefixes, initials: new Set<number>() };
  for (const lexicon of lexicons) {
    for (const phrase of lexicon.phrases) {
      const [first, second] = phrase;
      const key = keyOf(first!);
      prefixes[prefixKeyOf(first!) & 0xffff] = 1;
      keys.initials.add(loweredOf(first!.charCodeAt(0)));
      if (!isLetters(first!) || second === undefined) keys.alone.add(key);
      else {
        keys.first.add(key);
        keys.pairs.add(mix(key, keyOf(second)));
      }
    }
  }
  return keys;
};

/**
 * Compiles, once, a finder of the offsets where a phrase of `lexicons` may start: the start
 * of a word (capitalised, when `capitalOnly`) whose tokens a lexicon matches there. One scan
 * of the characters hashes each word's letters, and a first word's hash is checked with the
 * next word's. Never misses a phrase start whose first word starts with a letter (every table
 * it is given, as the tests check); may return a few offsets that are not one.
 *
 * @internal
 * @example
 * ```ts
 * import { anchorFinder } from "./anchor-words";
 * import { buildLexicon } from "./lexicon";
 * const next = anchorFinder([buildLexicon([["Bí thư", true]])], false);
 * next("Ông là bí thư chi bộ", 0); // 7
 * next("Ông là bí quyết", 0);      // -1
 * ```
 */
export const anchorFinder = (lexicons: readonly Lexicon<unknown>[], capitalOnly: boolean): LexiconAnchors => {
  const { alone, first, pairs, prefixes, initials } = keysOf(lexicons);
  /** The key of the first word after the spaces at `at`, paired with `key`. */
  const pairAt = (text: string, at: number, key: number): number => {
    let i = at;
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    let hash = SEED;
    for (; i < text.length; i++) {
      const lowered = loweredOf(text.charCodeAt(i));
      if (lowered === 0) break;
      hash = mix(hash, lowered);
    }
    return mix(key, hash);
  };
  // Per code unit below TABLE_SIZE: 1 for a letter a first word starts with (a capital, when capitalOnly).
  const starts = new Uint8Array(TABLE_SIZE);
  for (let code = 0; code < TABLE_SIZE; code++) {
    if (LOWERED[code] !== 0 && initials.has(LOWERED[code]!) && !(capitalOnly && caseOf(code) === LOWER)) starts[code] = 1;
  }
  const startsFirst = (c: number): boolean => (c < TABLE_SIZE ? starts[c] === 1 : classOf(c) === LETTER && !(capitalOnly && caseOf(c) === LOWER));
  /**
   * Reads at `start`, a letter that may start a first word: -1 when a phrase may start there,
   * else the offset to scan on from (past the letters read, which start nothing).
   */
  const readAt = (text: string, start: number): number => {
    const n = text.length;
    let i = start + 1;
    // A letter inside a word starts nothing.
    const before = start > 0 ? classOf(text.charCodeAt(start - 1)) : 0;
    if (before === LETTER || before === DIGIT) return i;
    let hash = mix(SEED, loweredOf(text.charCodeAt(start)));
    let lowered = i < n ? loweredOf(text.charCodeAt(i)) : 0;
    for (let letters = 1; lowered !== 0 && letters < PREFIX_LETTERS; letters++) {
      hash = mix(hash, lowered);
      i++;
      lowered = i < n ? loweredOf(text.charCodeAt(i)) : 0;
    }
    if (prefixes[hash & 0xffff] === 0) return i;
    while (lowered !== 0) {
      hash = mix(hash, lowered);
      i++;
      lowered = i < n ? loweredOf(text.charCodeAt(i)) : 0;
    }
    if (alone.has(hash)) return -1;
    if (!first.has(hash) || i >= n) return i;
    // The second token starts after the spaces, or right here: a mark or a number (`tỉnh,`), keyed as no letters;
    // a word that goes on (`TP4`, `Ban.Tổ`) is no first word of letters.
    return pairs.has(isSpace(text.charCodeAt(i)) ? pairAt(text, i, hash) : mix(hash, SEED)) ? -1 : i;
  };
  // The scan of the characters, with `readAt` written into its loop (a call per candidate costs it a fifth more).
  const scan: AnchorFinder = (text, from) => {
    const n = text.length;
    let i = from;
    while (i < n) {
      // Jump to the next letter that may start a first word (one lookup a character), then look back.
      for (; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c < TABLE_SIZE ? starts[c] === 1 : startsFirst(c)) break;
      }
      if (i >= n) break;
      const before = i > 0 ? classOf(text.charCodeAt(i - 1)) : 0;
      const start = i++;
      // A letter inside a word starts nothing.
      if (before === LETTER || before === DIGIT) continue;
      let hash = mix(SEED, loweredOf(text.charCodeAt(start)));
      let lowered = i < n ? loweredOf(text.charCodeAt(i)) : 0;
      for (let letters = 1; lowered !== 0 && letters < PREFIX_LETTERS; letters++) {
        hash = mix(hash, lowered);
        i++;
        lowered = i < n ? loweredOf(text.charCodeAt(i)) : 0;
      }
      if (prefixes[hash & 0xffff] === 0) continue;
      while (lowered !== 0) {
        hash = mix(hash, lowered);
        i++;
        lowered = i < n ? loweredOf(text.charCodeAt(i)) : 0;
      }
      if (alone.has(hash)) return start;
      if (!first.has(hash) || i >= n) continue;
      if (pairs.has(isSpace(text.charCodeAt(i)) ? pairAt(text, i, hash) : mix(hash, SEED))) return start;
    }
    return -1;
  };
  // By the low 16 bits of a key: 1 for a word alone, 2 for a first word of a pair; and 1 for a pair of words.
  const firstKeys = new Uint8Array(KEY_BITS + 1);
  for (const key of alone) firstKeys[key & KEY_BITS]! |= 1;
  for (const key of first) firstKeys[key & KEY_BITS]! |= 2;
  const pairKeys = new Uint8Array(KEY_BITS + 1);
  for (const key of pairs) pairKeys[key & KEY_BITS] = 1;
  const byWord: WordTables = { firstKeys, pairKeys, startsFirst, readAt };
  const merged = mergeTables([byWord]);
  // Where a phrase may start, a letter follows a character that is no letter or digit: a word's start, unless
  // an astral character stands before it (a surrogate pair, one word for the list, two characters for the scan).
  const over = (words: WordList): AnchorFinder => (words.surrogates ? scan : overWords(merged, words));
  return Object.assign(scan, { over, byWord });
};

/** The tables of one or two finders as one: finder k's first-key bits at 2k and 2k + 1, its pair bit at k. */
interface MergedTables {
  readonly finders: readonly WordTables[];
  readonly firstKeys: Uint8Array;
  readonly pairKeys: Uint8Array;
}

const mergeTables = (finders: readonly WordTables[]): MergedTables => {
  const firstKeys = new Uint8Array(KEY_BITS + 1);
  const pairKeys = new Uint8Array(KEY_BITS + 1);
  finders.forEach((tables, k) => {
    for (let key = 0; key <= KEY_BITS; key++) {
      firstKeys[key]! |= tables.firstKeys[key]! << (2 * k);
      pairKeys[key]! |= tables.pairKeys[key]! << k;
    }
  });
  return { finders, firstKeys, pairKeys };
};

/**
 * The finder of the first offset at or after `from` where a phrase of any of the merged finders
 * may start, for `words.text` (without surrogates): one pass over the words' keys for them all.
 */
const overWords = ({ finders, firstKeys, pairKeys }: MergedTables, words: WordList): AnchorFinder => {
  const keys = words.letterKeys();
  const count = words.length;
  let next = 0;
  return (text, from) => {
    let at = next;
    if (next > 0 && words.startOf(next - 1) >= from) {
      // Asked for an earlier offset: the first word at or after it, by halves.
      at = 0;
      for (let high = next; at < high; ) {
        const middle = (at + high) >>> 1;
        if (words.startOf(middle) < from) at = middle + 1;
        else high = middle;
      }
    }
    // Locals for the loop over every word (the tables are the finders', the keys the list's).
    const firsts = firstKeys;
    const pairings = pairKeys;
    for (; at < count; at++) {
      const key = keys[at]!;
      const kinds = firsts[key & KEY_BITS]!;
      if (kinds === 0) continue;
      // What `readAt` pairs a first word with is the key of the next word, or that of no letters: one of them must
      // pair (`mix` in signed form: the low bits are the same). By finder, in bits.
      const step = Math.imul(key, 0x01000193);
      const paired = pairings[(step ^ SEED) & KEY_BITS]! | (at + 1 < count ? pairings[(step ^ keys[at + 1]!) & KEY_BITS]! : 0);
      const start = words.startOf(at);
      if (start < from) continue;
      for (let k = 0; k < finders.length; k++) {
        const kind = (kinds >> (2 * k)) & 3;
        if (kind === 0 || ((kind & 1) === 0 && ((paired >> k) & 1) === 0)) continue;
        const tables = finders[k]!;
        if (tables.startsFirst(text.charCodeAt(start)) && tables.readAt(text, start) < 0) {
          next = at;
          return start;
        }
      }
    }
    next = at;
    return -1;
  };
};

/**
 * The anchors of two finders over the words of a text, for a caller that scans for both
 * (`extract`): what {@link eitherAnchor} of their `over` finders finds, in one pass over the
 * words for both instead of one each. Tables are merged once, here; the result is then asked
 * for the finder of each text's {@link WordList}.
 *
 * @internal
 * @example
 * ```ts
 * import { anchorFinder, bothAnchorsOver } from "./anchor-words";
 * import { buildLexicon } from "./lexicon";
 * import { WordList } from "../places/word-list";
 * const over = bothAnchorsOver(anchorFinder([buildLexicon([["Bí thư", true]])], false), anchorFinder([buildLexicon([["Tỉnh ủy", true]])], true));
 * const text = "Tỉnh ủy họp, bí thư phát biểu";
 * const next = over(new WordList(text));
 * [next(text, 0), next(text, 1), next(text, 14)]; // [0, 13, -1]
 * ```
 */
export const bothAnchorsOver = (a: LexiconAnchors, b: LexiconAnchors): ((words: WordList) => AnchorFinder) => {
  const merged = mergeTables([a.byWord, b.byWord]);
  // With surrogates, each finder scans the characters (see `over`).
  return (words) => (words.surrogates ? eitherAnchor(a, b) : overWords(merged, words));
};

/**
 * An {@link AnchorFinder} for the anchors of two: the nearer of theirs. Each is asked again only
 * when the scan has passed its last answer, so that the scans of two finders sharing windows
 * cost what they cost alone. Meant for one text, asked at offsets that go forward (as
 * `scanNearAnchors` asks); an offset that goes back asks both afresh.
 *
 * @internal
 * @example
 * ```ts
 * import { anchorFinder, eitherAnchor } from "./anchor-words";
 * import { buildLexicon } from "./lexicon";
 * const next = eitherAnchor(anchorFinder([buildLexicon([["Bí thư", true]])], false), anchorFinder([buildLexicon([["Tỉnh ủy", true]])], true));
 * const text = "Tỉnh ủy họp, bí thư phát biểu";
 * [next(text, 0), next(text, 1), next(text, 14)]; // [0, 13, -1]
 * ```
 */
export const eitherAnchor = (a: AnchorFinder, b: AnchorFinder): AnchorFinder => {
  let lastFrom = Number.POSITIVE_INFINITY;
  let nextA = -1;
  let nextB = -1;
  return (text, from) => {
    if (from < lastFrom) {
      nextA = a(text, from);
      nextB = b(text, from);
    } else {
      // -1 stays -1 further on; an anchor before `from` is passed.
      if (nextA >= 0 && nextA < from) nextA = a(text, from);
      if (nextB >= 0 && nextB < from) nextB = b(text, from);
    }
    lastFrom = from;
    return nextA < 0 ? nextB : nextB < 0 ? nextA : Math.min(nextA, nextB);
  };
};
