import { NAMED_ENTITIES } from "./html-entities";
import { NEW_TO_OLD, OLD_TO_NEW } from "./tone-marks";

/** Options of {@link normalize}. */
export interface NormalizeOptions {
  /**
   * Where tone marks go in `oa`, `oe`, `uy` at the end of a syllable: `"new"` (hòa, thủy —
   * the default, the style of current official spelling) or `"old"` (hoà, thuỷ).
   */
  toneStyle?: "new" | "old";
}

/** Normalised text with a way back to the offsets of the input it came from. */
export interface NormalizedText {
  /** The normalised text. */
  readonly text: string;
  /**
   * The offset in the original input of offset `index` of {@link NormalizedText.text}
   * (`0 ≤ index ≤ text.length`). A span `[s, e)` of the normalised text covers
   * `input.slice(toOriginal(s), toOriginal(e))`.
   */
  toOriginal(index: number): number;
}

// What each UTF-16 code unit needs: most need nothing, and the scan skips them in one test.
const PLAIN = 0;
const AMPERSAND = 1;
const SPACE = 2;
const ODD_SPACE = 3;
const INVISIBLE = 4;
const LOOK_ALIKE = 5;
const MARK = 6;
const OTHER_SCRIPT = 7; // may change under NFC in ways the scan does not handle: checked at the end
const TONE_SECOND = 8; // unchanged itself, but the second vowel of a pair whose tone mark the default style moves (oà → òa)

// The vowels of the pairs each style rewrites, as a fast filter before any lookup.
const vowelFilter = (pairs: Iterable<string>, at: 0 | 1) => {
  const filter = new Uint8Array(0x10000);
  for (const pair of pairs) filter[pair.charCodeAt(at)] = 1;
  return filter;
};
const FILTERS = {
  new: { first: vowelFilter(OLD_TO_NEW.keys(), 0), second: vowelFilter(OLD_TO_NEW.keys(), 1) },
  old: { first: vowelFilter(NEW_TO_OLD.keys(), 0), second: vowelFilter(NEW_TO_OLD.keys(), 1) },
};

// Letters that look like Đ/đ and are typed for it: Ð (U+00D0, Icelandic eth), Ɖ (U+0189), ð (U+00F0).
const LOOK_ALIKES: Readonly<Record<number, string>> = { 0xd0: "Đ", 0x189: "Đ", 0xf0: "đ" };

const KIND = (() => {
  const kind = new Uint8Array(0x10000);
  kind[0x26] = AMPERSAND;
  kind[0x20] = SPACE;
  // Spaces that scraped pages use where a plain space is meant.
  for (const code of [0x09, 0xa0, 0x202f, 0x205f, 0x3000]) kind[code] = ODD_SPACE;
  for (let code = 0x2000; code <= 0x200a; code++) kind[code] = ODD_SPACE;
  // No visible effect in this text: zero-width space and joiners, BOM, soft hyphen.
  for (const code of [0x200b, 0x200c, 0x200d, 0xfeff, 0xad]) kind[code] = INVISIBLE;
  for (const code of Object.keys(LOOK_ALIKES)) kind[Number(code)] = LOOK_ALIKE;
  for (let code = 0x0300; code <= 0x036f; code++) kind[code] = MARK;
  // Vietnamese needs only Latin letters (precomposed below U+0250 and in U+1E00–U+1EFF),
  // punctuation and symbols; anything else may hold marks or singletons that NFC changes.
  for (let code = 0x0370; code < 0x10000; code++) {
    if ((code >= 0x1e00 && code <= 0x1eff) || (code >= 0x2002 && code <= 0x20cf) || kind[code] !== PLAIN) continue;
    kind[code] = OTHER_SCRIPT;
  }
  for (let code = 0; code < 0x10000; code++) if (kind[code] === PLAIN && FILTERS.new.second[code] === 1) kind[code] = TONE_SECOND;
  return kind;
})();

// What the main scan reads per code unit: SPACE_STEP for the plain space, the KIND shifted up
// for anything else (PLAIN stays 0), so that a plain unit or a space after no space passes
// with one test and a space after a space is caught by the same test.
const SPACE_STEP = 1;
const STEP = Uint8Array.from(KIND, (kind) => (kind === SPACE ? SPACE_STEP : kind << 1));

/**
 * Whether {@link normalizeWithOffsets} may change a UTF-16 code unit on its own (a mark, an
 * entity's `&`, an odd space, an invisible character, a look-alike, a character of another
 * script). A plain space is not counted: only a run of them changes. Finders that read text
 * as it is when nothing would change use this, so they and the normaliser agree.
 */
export const normalizeMayChange = (code: number): boolean => {
  const kind = KIND[code]!;
  return kind !== PLAIN && kind !== SPACE && kind !== TONE_SECOND;
};

const isCombiningMark = (code: number) => code >= 0x0300 && code <= 0x036f;

const ENTITY_MAX = 10;

/**
 * Decodes the HTML entity starting at `input[at] === "&"`; returns its text and length, or
 * null when there is none (the `&` stays as it is).
 *
 * @internal
 * @example
 * ```ts
 * import { decodeEntity } from "./normalize";
 * decodeEntity("a &amp; b", 2); // ["&", 5]
 * decodeEntity("a & b", 2);     // null
 * ```
 */
export const decodeEntity = (input: string, at: number): [string, number] | null => {
  const limit = Math.min(input.length, at + ENTITY_MAX);
  let semi = -1;
  for (let j = at + 1; j < limit; j++) {
    if (input.charCodeAt(j) === 0x3b) {
      semi = j;
      break;
    }
  }
  if (semi < 0) return null;
  const body = input.slice(at + 1, semi);
  let text: string | undefined;
  if (body.startsWith("#x") || body.startsWith("#X")) {
    if (/^#[xX][0-9a-fA-F]{1,6}$/.test(body)) text = codePoint(Number.parseInt(body.slice(2), 16));
  } else if (body.startsWith("#")) {
    if (/^#[0-9]{1,7}$/.test(body)) text = codePoint(Number.parseInt(body.slice(1), 10));
  } else {
    text = Object.hasOwn(NAMED_ENTITIES, body) ? NAMED_ENTITIES[body] : undefined;
  }
  return text === undefined ? null : [text, semi + 1 - at];
};

const codePoint = (value: number): string | undefined =>
  value > 0 && value <= 0x10ffff && !(value >= 0xd800 && value <= 0xdfff) ? String.fromCodePoint(value) : undefined;

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

const isLetterAt = (text: string, index: number): boolean => {
  if (index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return LETTER_OR_MARK.test(text[index]!); // a stray mark also means the syllable goes on
};

// Pairs u + y in either style, which after q are a consonant and a vowel instead.
const UY_PAIRS: ReadonlySet<string> = new Set(
  [...OLD_TO_NEW.keys(), ...NEW_TO_OLD.keys()].filter((pair) => pair.normalize("NFD")[0]!.toLowerCase() === "u"),
);

/** Moves the tone mark of the pair ending at `i` (`oà` → `òa`), or returns undefined when that pair stays. */
const movedPair = (text: string, i: number, table: ReadonlyMap<string, string>): string | undefined => {
  const replacement = table.get(text.slice(i - 1, i + 1));
  if (replacement === undefined) return undefined;
  if (isLetterAt(text, i + 1)) return undefined; // a final consonant follows: one placement only
  if (i >= 2 && (text.charCodeAt(i - 2) | 0x20) === 0x71 && UY_PAIRS.has(text.slice(i - 1, i + 1))) return undefined; // qu + y: not the pair uy
  return replacement;
};

/**
 * Moves tone marks of final `oa`/`oe`/`uy` to one style; never changes the length. `at`, when
 * given, lists the only places where a pair may end (found by the caller's scan).
 */
const placeToneMarks = (text: string, style: "new" | "old", at?: readonly number[]): string => {
  const table = style === "new" ? OLD_TO_NEW : NEW_TO_OLD;
  const { first: FIRST_VOWEL, second: SECOND_VOWEL } = FILTERS[style];
  let out = "";
  let copied = 0;
  const move = (i: number) => {
    const replacement = movedPair(text, i, table);
    if (replacement === undefined) return;
    out += text.slice(copied, i - 1) + replacement;
    copied = i + 1;
  };
  if (at !== undefined) for (const i of at) move(i);
  else {
    for (let i = 1; i < text.length; i++) {
      if (SECOND_VOWEL[text.charCodeAt(i)] === 0 || FIRST_VOWEL[text.charCodeAt(i - 1)] === 0) continue;
      move(i);
    }
  }
  return copied === 0 ? text : out + text.slice(copied);
};

// A character that NFC may merge into the one before it: a mark, or a Hangul vowel or final jamo.
const JOINS_PREVIOUS = /[\p{M}\u1160-\u11ff]/u;

/** NFC of `text` by clusters (a character and the marks after it), with each output unit's origin. */
const composeClusters = (text: string, origins: Int32Array | null): { text: string; origins: Int32Array } => {
  const originOf = (index: number) => (origins === null ? index : origins[index]!);
  const parts: string[] = [];
  const out: number[] = [];
  let i = 0;
  while (i < text.length) {
    const start = i;
    i += text.codePointAt(i)! > 0xffff ? 2 : 1;
    while (i < text.length && JOINS_PREVIOUS.test(String.fromCodePoint(text.codePointAt(i)!))) i += text.codePointAt(i)! > 0xffff ? 2 : 1;
    const cluster = text.slice(start, i);
    const composed = cluster.normalize("NFC");
    parts.push(composed);
    if (composed === cluster) for (let k = start; k < i; k++) out.push(originOf(k));
    else for (let k = 0; k < composed.length; k++) out.push(originOf(start));
  }
  return { text: parts.join(""), origins: Int32Array.from(out) };
};

/**
 * Normalises Vietnamese text and keeps the way back to the input's offsets: Unicode NFC;
 * one tone-mark style (`uỷ` → `ủy`, `hoà` → `hòa`, `khoá` → `khóa`; or the reverse); `Ð`
 * (U+00D0) and other look-alikes → `Đ`; HTML entities left by scrapers (`&amp;`, `&#7897;`)
 * decoded; non-breaking and other odd spaces → a space, runs of spaces and tabs → one;
 * zero-width characters and soft hyphens dropped. Newlines and letter case are kept.
 *
 * Every `find*` of this package matches on this text and maps offsets back, so old-style and
 * new-style, NFC and NFD input give the same results.
 *
 * @example
 * ```ts
 * import { normalizeWithOffsets } from "@vnpol/parse";
 * const input = "Huyện uỷ&nbsp;&amp; HĐND";
 * const n = normalizeWithOffsets(input);
 * n.text;                                        // "Huyện ủy & HĐND"
 * input.slice(n.toOriginal(11), n.toOriginal(15)); // "HĐND"
 * ```
 */
export const normalizeWithOffsets = (input: string, options: NormalizeOptions = {}): NormalizedText => {
  const n = input.length;
  let map: Int32Array | null = null; // stays null while the text keeps its length: offsets are the same
  let out = "";
  let length = 0;
  let runStart = 0; // start of the input run copied unchanged into `out`
  // 1 when what is written so far ends with a space (a run of spaces keeps one), else 0.
  let spaceBefore = 0;
  let otherScript = false; // a character beyond what Vietnamese needs was seen
  const tonePairs: number[] = []; // where a pair whose tone mark the default style moves ends, in the input

  const flush = (upTo: number) => {
    if (upTo > runStart) {
      if (map !== null) for (let k = runStart; k < upTo; k++) map[length + k - runStart] = k;
      out += input.slice(runStart, upTo);
      length += upTo - runStart;
    }
  };
  const emit = (text: string, origin: number, width: number) => {
    if (map === null && text.length === width && origin === length) {
      out += text; // same length, same place: offsets stay the identity
      length += text.length;
      return;
    }
    if (map === null) {
      map = new Int32Array(n + 1);
      for (let k = 0; k < length; k++) map[k] = k;
    }
    for (let k = 0; k < text.length; k++) map[length + k] = origin;
    out += text;
    length += text.length;
  };

  const firstOfPair = FILTERS.new.first;
  for (let i = 0; i < n; i++) {
    // A plain code unit, or a space after no space, passes with one test and no branch of its own.
    const step = STEP[input.charCodeAt(i)]!;
    if (((step & ~SPACE_STEP) | (step & spaceBefore)) === 0) {
      spaceBefore = step;
      continue;
    }
    if (step === SPACE_STEP) {
      // A space after a space: dropped.
      flush(i);
      if (map === null) emit("", i, 1); // dropping text ends the identity
      runStart = i + 1;
      continue;
    }
    const kind = step >> 1;
    const wasSpace = spaceBefore;
    spaceBefore = 0;
    if (kind === TONE_SECOND) {
      if (i > 0 && firstOfPair[input.charCodeAt(i - 1)] === 1) tonePairs.push(i);
      continue;
    }
    if (kind === OTHER_SCRIPT) {
      otherScript = true;
      continue;
    }
    let replacement: string;
    let width = 1;
    let origin = i;
    if (kind === AMPERSAND) {
      const entity = decodeEntity(input, i);
      if (entity === null) continue;
      [replacement, width] = entity;
      if (replacement.length === 1 && (replacement === " " || KIND[replacement.charCodeAt(0)] === ODD_SPACE)) replacement = " ";
    } else if (kind === ODD_SPACE) {
      replacement = " ";
    } else if (kind === INVISIBLE) {
      replacement = "";
    } else if (kind === LOOK_ALIKE) {
      replacement = LOOK_ALIKES[input.charCodeAt(i)]!;
    } else {
      // A combining mark: compose it with the letter before it, when that letter is still unwritten.
      let end = i + 1;
      while (end < n && isCombiningMark(input.charCodeAt(end))) end++;
      if (runStart > i - 1 || i === 0) {
        otherScript = true; // a mark with no letter left to join: let the final check decide
        i = end - 1;
        continue;
      }
      const cluster = input.slice(i - 1, end);
      replacement = cluster.normalize("NFC");
      if (replacement === cluster) {
        i = end - 1;
        continue;
      }
      origin = i - 1;
      width = end - origin;
    }
    if (replacement !== "" && replacement !== " " && isCombiningMark(input.charCodeAt(origin + width))) {
      // Marks typed after an entity or a look-alike compose with it.
      let end = origin + width;
      while (end < n && isCombiningMark(input.charCodeAt(end))) end++;
      replacement = (replacement + input.slice(origin + width, end)).normalize("NFC");
      width = end - origin;
    }
    if (replacement === " " && wasSpace === 1) {
      flush(origin);
      if (map === null) emit("", origin, width); // dropping text ends the identity
      spaceBefore = 1;
    } else {
      flush(origin);
      emit(replacement, origin, width);
      spaceBefore = replacement === "" ? wasSpace : replacement === " " ? 1 : 0;
    }
    runStart = origin + width;
    i = runStart - 1;
  }
  flush(n);
  if (otherScript && out.normalize("NFC") !== out) {
    // Rare input the fast scan does not compose (other scripts' marks, singletons such as
    // U+2F800, Hangul jamo): compose it cluster by cluster, keeping the offsets.
    const composed = composeClusters(out, map === null ? null : (map as Int32Array).subarray(0, length));
    out = composed.text;
    length = out.length;
    map = new Int32Array(length + 1); // NFC can lengthen text (composition exclusions)
    map.set(composed.origins);
  }
  // Tone marks: in the default style, at the pairs the scan saw, unless something else changed
  // the text (a change may make a pair); else by a scan of their own.
  const style = options.toneStyle ?? "new";
  const text = placeToneMarks(out, style, style === "new" && out === input ? tonePairs : undefined);
  const offsets = map as Int32Array | null;
  if (offsets === null) return { text, toOriginal: (index: number) => Math.max(0, Math.min(index, n)) };
  offsets[length] = n;
  return {
    text,
    toOriginal: (index: number) => offsets[Math.max(0, Math.min(index, length))]!,
  };
};

/**
 * Normalises Vietnamese text: NFC, one tone-mark style, `Đ` look-alikes, HTML entities,
 * spaces. See {@link normalizeWithOffsets} for what changes and how to map offsets back.
 * Idempotent: `normalize(normalize(x)) === normalize(x)`.
 *
 * @example
 * ```ts
 * import { normalize } from "@vnpol/parse";
 * normalize("Uỷ ban nhân dân  tỉnh Khánh Hoà"); // "Ủy ban nhân dân tỉnh Khánh Hòa"
 * normalize("QÐ-TTg");                          // "QĐ-TTg" (U+00D0 → U+0110)
 * normalize("Khánh Hòa", { toneStyle: "old" }); // "Khánh Hoà"
 * ```
 */
export const normalize = (input: string, options: NormalizeOptions = {}): string => normalizeWithOffsets(input, options).text;
