/** One word or punctuation mark of normalised text, with its offsets in that text. */
export interface Token {
  /** Offset of the first UTF-16 code unit in the normalised text. */
  readonly start: number;
  /** Offset just past the token. */
  readonly end: number;
  /** The token as written. */
  readonly text: string;
  /** Lower-cased text, the key of every lexicon lookup. */
  readonly lower: string;
  /** A word (letters or digits), as opposed to one punctuation mark. */
  readonly word: boolean;
  /** A word whose first letter is upper case (`Nguyễn`, `HĐND`, `TP.HCM`). */
  readonly capital: boolean;
  /** A word of two or more letters, all upper case (`HĐND`, `UVTV`): never part of a name. */
  readonly acronym: boolean;
  /** Whether whitespace separates this token from the one before it. */
  readonly spaceBefore: boolean;
  /** Whether a line break separates this token from the one before it (names and bodies never span one). */
  readonly lineBefore: boolean;
}

// A word is letters/digits, joined inside by `.`, `/` or an apostrophe (`T.Ư`, `Đ/c`, `H'Hen`)
// when a letter or digit follows the joiner; anything else that is not a space is one mark.
// One pass over the characters, each classified once (ASCII by range, the rest cached).
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const NUMBER = /\p{N}/u;
const UPPER = 1;
const LOWER = 2;
const TABLE_SIZE = 0x2000; // Latin, combining marks and Vietnamese (U+1EA0–U+1EFF) all lie below

// Per code unit below TABLE_SIZE: class in the low bits (1 letter/mark, 2 digit), case above.
const TABLE = new Uint8Array(TABLE_SIZE);
for (let code = 0; code < TABLE_SIZE; code++) {
  const ch = String.fromCharCode(code);
  const cls = LETTER_OR_MARK.test(ch) ? 1 : NUMBER.test(ch) ? 2 : 0;
  const letterCase = cls !== 1 ? 0 : ch !== ch.toLowerCase() ? UPPER : ch !== ch.toUpperCase() ? LOWER : 0;
  TABLE[code] = cls | (letterCase << 2);
}

/**
 * The class of a UTF-16 code unit: 1 a letter or mark, 2 a digit, 3 a high surrogate (a pair is
 * one mark), 0 anything else (space, punctuation).
 *
 * @internal
 * @example
 * ```ts
 * import { classOf } from "./tokenize";
 * [classOf("ủ".charCodeAt(0)), classOf("7".charCodeAt(0)), classOf(",".charCodeAt(0))]; // [1, 2, 0]
 * ```
 */
export const classOf = (code: number): number => {
  if (code < TABLE_SIZE) return TABLE[code]! & 3;
  if (code >= 0xd800 && code <= 0xdbff) return 3;
  const ch = String.fromCharCode(code);
  return LETTER_OR_MARK.test(ch) ? 1 : NUMBER.test(ch) ? 2 : 0;
};

/** Class and case of a code unit at or above TABLE_SIZE, packed as in TABLE. */
const infoOf = (code: number): number => classOf(code) | (caseOf(code) << 2);

/**
 * The case of a letter's code unit: 1 upper, 2 lower, 0 neither (a mark, a digit, a space).
 *
 * @internal
 * @example
 * ```ts
 * import { caseOf } from "./tokenize";
 * [caseOf("Đ".charCodeAt(0)), caseOf("đ".charCodeAt(0)), caseOf(" ".charCodeAt(0))]; // [1, 2, 0]
 * ```
 */
export const caseOf = (code: number): number => {
  if (code < TABLE_SIZE) return TABLE[code]! >> 2;
  const ch = String.fromCharCode(code);
  return ch !== ch.toLowerCase() ? UPPER : ch !== ch.toUpperCase() ? LOWER : 0;
};

/**
 * Whether a code unit separates tokens as whitespace.
 *
 * @internal
 * @example
 * ```ts
 * import { isSpace } from "./tokenize";
 * [isSpace(0x20), isSpace(0x0a), isSpace(0x2c)]; // [true, true, false]
 * ```
 */
export const isSpace = (code: number): boolean => code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0x0b || code === 0x0c || code === 0xa0;
const isJoiner = (code: number) => code === 0x2e || code === 0x2f || code === 0x27 || code === 0x2019;

/**
 * Splits normalised text into words and punctuation marks, keeping offsets; linear in the
 * length of the text.
 *
 * @internal
 * @example
 * ```ts
 * import { tokenize } from "./tokenize";
 * tokenize("Đ/c Lộc, UVTV").map((t) => t.text); // ["Đ/c", "Lộc", ",", "UVTV"]
 * ```
 */
export const tokenize = (text: string): Token[] => {
  const tokens: Token[] = [];
  tokenizeInto(text, 0, text.length, tokens);
  return tokens;
};

/**
 * Tokenises `text` from offset `from` — 0 or the first of a run of whitespace characters, where tokenising starts
 * afresh, so the tokens are exactly those {@link tokenize} makes there — and appends them to
 * `tokens`, stopping at the first whitespace after a token at or after `until`. Returns that offset (or the
 * text's length): where to go on from. Lets a finder tokenise only the stretches it reads.
 *
 * @internal
 * @example
 * ```ts
 * import { tokenizeInto, type Token } from "./tokenize";
 * const tokens: Token[] = [];
 * tokenizeInto("Bí thư Tỉnh ủy Hà Tĩnh", 6, 12, tokens); // 14
 * tokens.map((t) => t.text); // ["Tỉnh", "ủy"]
 * ```
 */
export const tokenizeInto = (text: string, from: number, until: number, tokens: Token[]): number => {
  const n = text.length;
  let previousEnd = from;
  let i = from;
  let sawLine = false;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      if (i >= until && i === previousEnd) return i; // at the start of a run of spaces, so a newline in it is seen when going on
      if (code === 0x0a) sawLine = true;
      i++;
      continue;
    }
    const start = i;
    let word = false;
    let firstCase = 0;
    let uppers = 0;
    let lowers = 0;
    const cls = classOf(code);
    if (cls === 1 || cls === 2) {
      word = true;
      let previous = 0; // class and case of the code unit before i, inside the word
      while (i < n) {
        const c = text.charCodeAt(i);
        const info = c < TABLE_SIZE ? TABLE[c]! : infoOf(c);
        const k = info & 3;
        if (k === 1 || k === 2) {
          // "Bắc Kạn31.", "pháp4": a number glued to a word (numbered lists) is a token of its own.
          if (k === 2 && i > start && previous === (1 | (LOWER << 2))) break;
          if (k === 1) {
            const cs = info >> 2;
            if (cs === UPPER) uppers++;
            else if (cs === LOWER) lowers++;
            if (firstCase === 0 && cs !== 0) firstCase = cs;
          }
          previous = info;
          i++;
          continue;
        }
        previous = 0;
        const after = i + 1 < n ? classOf(text.charCodeAt(i + 1)) : 0;
        // A dot joins abbreviations (T.Ư, TP.HCM, GS.TS) but not a word written on after it (TP.Hà Nội).
        const dotOk = c !== 0x2e || after === 2 || (caseOf(text.charCodeAt(i + 1)) === UPPER && !(i + 2 < n && caseOf(text.charCodeAt(i + 2)) === LOWER));
        if (isJoiner(c) && (after === 1 || after === 2) && dotOk) {
          i++;
          continue;
        }
        break;
      }
    } else {
      i += cls === 3 && i + 1 < n ? 2 : 1; // a surrogate pair is one mark
    }
    const raw = text.slice(start, i);
    // Dashes are one key for the lexicons; most words are already lower case.
    const lower = raw === "–" || raw === "—" ? "-" : uppers === 0 ? raw : raw.toLowerCase();
    tokens.push({
      start,
      end: i,
      text: raw,
      lower,
      word,
      capital: firstCase === UPPER,
      acronym: uppers >= 2 && lowers === 0,
      spaceBefore: start > previousEnd || start === 0,
      lineBefore: sawLine,
    });
    sawLine = false;
    previousEnd = i;
  }
  return n;
};
