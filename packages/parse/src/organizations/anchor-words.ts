import type { Lexicon } from "./lexicon";
import { caseOf, classOf, isSpace } from "./tokenize";

/** Finds where a phrase of some lexicons may start in normalised text, without tokenising it. */
export type AnchorFinder = (text: string, from: number) => number;

const LETTER = 1;
const DIGIT = 2;
const LOWER = 2;
const TABLE_SIZE = 0x2000;

const lowerCode = (code: number): number => {
  const lower = String.fromCharCode(code).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
};

// Per code unit below TABLE_SIZE: its lower-case code unit when it is a letter, 0 otherwise —
// one lookup tells a letter and gives what the word's key is made of.
const LOWERED = new Uint16Array(TABLE_SIZE);
for (let code = 0; code < TABLE_SIZE; code++) LOWERED[code] = classOf(code) === LETTER ? lowerCode(code) : 0;

const loweredOf = (code: number): number => (code < TABLE_SIZE ? LOWERED[code]! : classOf(code) === LETTER ? lowerCode(code) : 0);

// A word is keyed by the hash of its leading letters, lower-cased: a word whose key is not in the
// set opens no phrase; a key in it (or a collision) is then checked with the next word.
const mix = (hash: number, code: number): number => (Math.imul(hash, 0x01000193) ^ code) >>> 0;
/** The hash of no letters: the key of a token that starts with a mark or a digit. */
const SEED = 0x811c9dc5;

const keyOf = (word: string): number => {
  let hash = SEED;
  for (let i = 0; i < word.length && loweredOf(word.charCodeAt(i)) !== 0; i++) hash = mix(hash, loweredOf(word.charCodeAt(i)));
  return hash;
};

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
export const anchorFinder = (lexicons: readonly Lexicon<unknown>[], capitalOnly: boolean): AnchorFinder => {
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
  return (text, from) => {
    const n = text.length;
    let i = from;
    while (i < n) {
      // Jump to the next letter that may start a first word (one lookup a character), then look back.
      for (; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c < TABLE_SIZE ? starts[c] === 1 : classOf(c) === LETTER && !(capitalOnly && caseOf(c) === LOWER)) break;
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
      // The second token starts after the spaces, or right here: a mark or a number (`tỉnh,`), keyed as no letters;
      // a word that goes on (`TP4`, `Ban.Tổ`) is no first word of letters.
      if (pairs.has(isSpace(text.charCodeAt(i)) ? pairAt(text, i, hash) : mix(hash, SEED))) return start;
    }
    return -1;
  };
};
