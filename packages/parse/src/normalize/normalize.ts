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

const isCombiningMark = (code: number) => code >= 0x0300 && code <= 0x036f;

// Spaces that scraped pages use where a plain space is meant.
const isOddSpace = (code: number) =>
  code === 0x09 || code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000;

// Characters with no visible effect in this text: zero-width space/joiners, BOM, soft hyphen.
const isInvisible = (code: number) => code === 0x200b || code === 0x200c || code === 0x200d || code === 0xfeff || code === 0xad;

// Letters that look like Đ/đ and are typed for it: Ð (U+00D0, Icelandic eth), Ɖ (U+0189), ð (U+00F0).
const LOOK_ALIKES: Readonly<Record<number, string>> = { 0xd0: "Đ", 0x189: "Đ", 0xf0: "đ" };

const ENTITY_MAX = 10;

/** Decodes the HTML entity starting at `input[at] === "&"`; returns its text and length, or null. */
const decodeEntity = (input: string, at: number): [string, number] | null => {
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

const isLetterAt = (text: string, index: number): boolean => {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return /[\p{L}\p{M}]/u.test(text[index]!); // a stray mark also means the syllable goes on
};

/** Moves tone marks of final `oa`/`oe`/`uy` to one style; never changes the length. */
const placeToneMarks = (text: string, style: "new" | "old"): string => {
  const table = style === "new" ? OLD_TO_NEW : NEW_TO_OLD;
  let out = "";
  let copied = 0;
  for (let i = 0; i + 1 < text.length; i++) {
    const first = text.charCodeAt(i) | 0x20;
    // Fast reject: the pair starts with o/u (any tone in the new style) or a toned o/u.
    if (first !== 0x6f && first !== 0x75 && text.charCodeAt(i) < 0xc0) continue;
    const pair = text.slice(i, i + 2);
    const replacement = table.get(pair);
    if (replacement === undefined) continue;
    if (isLetterAt(text, i + 2)) continue; // a final consonant follows: one placement only
    const base = pair.normalize("NFD")[0]!.toLowerCase();
    if (base === "u" && (text.charCodeAt(i - 1) | 0x20) === 0x71) continue; // qu + y: not the pair uy
    out += text.slice(copied, i) + replacement;
    copied = i + 2;
    i++;
  }
  return copied === 0 ? text : out + text.slice(copied);
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
  const map = new Int32Array(n + 1);
  let out = "";
  let length = 0;
  let runStart = 0; // start of the input run copied unchanged into `out`
  let lastWasSpace = false;

  const flush = (upTo: number) => {
    if (upTo > runStart) {
      for (let k = runStart; k < upTo; k++) map[length + k - runStart] = k;
      out += input.slice(runStart, upTo);
      length += upTo - runStart;
    }
  };
  const emit = (text: string, origin: number) => {
    for (let k = 0; k < text.length; k++) map[length + k] = origin;
    out += text;
    length += text.length;
  };

  let i = 0;
  while (i < n) {
    let code = input.charCodeAt(i);
    let width = 1;
    let replacement: string | null = null;

    if (code === 0x26) {
      const entity = decodeEntity(input, i);
      if (entity) {
        [replacement, width] = entity;
        code = replacement.charCodeAt(0);
        if (replacement.length === 1 && (isOddSpace(code) || code === 0x20)) replacement = " ";
      }
    } else if (isOddSpace(code)) {
      replacement = " ";
    } else if (isInvisible(code)) {
      replacement = "";
    } else if (LOOK_ALIKES[code] !== undefined) {
      replacement = LOOK_ALIKES[code]!;
    } else if (i + 1 < n && isCombiningMark(input.charCodeAt(i + 1))) {
      let end = i + 1;
      while (end < n && isCombiningMark(input.charCodeAt(end))) end++;
      const cluster = input.slice(i, end);
      const composed = cluster.normalize("NFC");
      if (composed !== cluster) {
        replacement = composed;
        width = end - i;
      }
    }
    if (replacement !== null && replacement !== "" && replacement !== " " && isCombiningMark(input.charCodeAt(i + width))) {
      // Marks typed after an entity or a look-alike compose with it.
      let end = i + width;
      while (end < n && isCombiningMark(input.charCodeAt(end))) end++;
      replacement = (replacement + input.slice(i + width, end)).normalize("NFC");
      width = end - i;
    }

    const isSpace = replacement === " " || (replacement === null && code === 0x20);
    if (isSpace && lastWasSpace) {
      flush(i);
      i += width;
      runStart = i;
      continue;
    }
    lastWasSpace = isSpace;
    if (replacement !== null) {
      flush(i);
      emit(replacement, i);
      i += width;
      runStart = i;
    } else {
      i += 1;
    }
  }
  flush(n);
  map[length] = n;
  const text = placeToneMarks(out, options.toneStyle ?? "new");
  return {
    text,
    toOriginal: (index: number) => map[Math.max(0, Math.min(index, length))]!,
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
