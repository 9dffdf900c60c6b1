import { tokenize, type Token } from "./tokenize";

interface Node<T> {
  readonly next: Map<string, Node<T>>;
  value: T | undefined;
}

/** A phrase table keyed by lower-cased words, matched longest-first over tokens. */
export interface Lexicon<T> {
  /** The longest phrase starting at token `at`: its value and the index just past it, or null. */
  match(tokens: readonly Token[], at: number): { value: T; end: number } | null;
  /** Every lower-cased word of every phrase, at any place in it. */
  readonly words: ReadonlySet<string>;
  /** Every phrase as its lower-cased tokens (the first: a token that is none of them starts no match). */
  readonly phrases: readonly (readonly string[])[];
}

// Abbreviations that are also words in lower case: matched in capitals only (`TƯ` is Trung ương, `tư` is a word of
// `tư pháp`, `đầu tư`). Every other key is matched without regard to case.
const CASE_SENSITIVE: ReadonlySet<string> = new Set(["TƯ"]);

/** The key of a token in a lexicon: its lower case, or its text for an abbreviation of {@link CASE_SENSITIVE} in capitals. */
const keyOf = (token: Token): string => (token.acronym && CASE_SENSITIVE.has(token.text) ? token.text : token.lower);

/**
 * Builds a {@link Lexicon} from phrases written as text (tokenised the way input is), once,
 * at module load. The first phrase given for a key wins.
 *
 * @internal
 * @example
 * ```ts
 * import { buildLexicon } from "./lexicon";
 * import { tokenize } from "./tokenize";
 * const roles = buildLexicon([["Chủ tịch", "chair"], ["Phó Chủ tịch", "vice-chair"]]);
 * roles.match(tokenize("phó chủ tịch UBND"), 0); // { value: "vice-chair", end: 3 }
 * ```
 */
export const buildLexicon = <T>(entries: Iterable<readonly [string, T]>): Lexicon<T> => {
  const root: Node<T> = { next: new Map(), value: undefined };
  const words = new Set<string>();
  const phrases: string[][] = [];
  // All phrases tokenised as one text, a line each (no token crosses a line break), not as a thousand short texts:
  // V8 tunes the tokenizer to what it sees first, and after short texts it read articles a seventh slower.
  const list = [...entries];
  const tokens = tokenize(list.map(([phrase]) => phrase).join("\n"));
  let t = 0;
  let end = 0;
  for (const [phrase, value] of list) {
    end += phrase.length;
    const keys: string[] = [];
    const lowers: string[] = [];
    for (; t < tokens.length && tokens[t]!.start < end; t++) {
      keys.push(keyOf(tokens[t]!));
      lowers.push(tokens[t]!.lower);
    }
    end++; // the line break
    let node = root;
    if (lowers.length > 0) phrases.push(lowers);
    for (const lower of lowers) words.add(lower);
    for (const key of keys) {
      let child = node.next.get(key);
      if (child === undefined) {
        child = { next: new Map(), value: undefined };
        node.next.set(key, child);
      }
      node = child;
    }
    if (node !== root && node.value === undefined) node.value = value;
  }
  return {
    words,
    phrases,
    match(tokens, at) {
      let node: Node<T> | undefined = root;
      let value: T | undefined;
      let end = -1;
      for (let i = at; i < tokens.length; i++) {
        node = node.next.get(keyOf(tokens[i]!));
        if (node === undefined) break;
        if (node.value !== undefined) {
          value = node.value;
          end = i + 1;
        }
      }
      // One object per match found, none per word tried.
      return end < 0 ? null : { value: value as T, end };
    },
  };
};
