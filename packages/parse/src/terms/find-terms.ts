import type { Span, Term } from "@vnpol/schema";
import { VnpolParseError } from "../errors";
import { normalizeWithOffsets, type NormalizedText } from "../normalize";
import { scanTerms } from "./scan-terms";

/** A term found in text: its span and its {@link Term} fields. */
export type TermMention = Span & Term;

/**
 * Finds terms of office and numbered legislatures or congresses in Vietnamese text:
 * `nhiệm kỳ 2021 - 2026`, `khóa XV` (also `khoá`), `Đại hội XIII`, `lần thứ XIV`. Mentions are
 * in text order with offsets into `text` as given.
 *
 * @example
 * ```ts
 * import { findTerms } from "@vnpol/parse";
 * const [legislature, term] = findTerms("bầu cử đại biểu Quốc hội khóa XV và HĐND các cấp nhiệm kỳ 2021 - 2026");
 * legislature?.ordinal;  // 15
 * term?.text;            // "nhiệm kỳ 2021 - 2026"
 * term?.startYear;       // 2021
 * ```
 */
export const findTerms = (text: string): TermMention[] => findTermsIn(normalizeWithOffsets(text), text);

/**
 * {@link findTerms} over text already normalised with `normalizeWithOffsets`, so that callers
 * running several finders on one text normalise it once. Offsets are into `input`, the text as given.
 *
 * @example
 * ```ts
 * import { normalizeWithOffsets } from "../normalize";
 * import { findTermsIn } from "./find-terms";
 * const input = "Quốc hội khoá XV";
 * findTermsIn(normalizeWithOffsets(input), input)[0]?.text; // "khoá XV"
 * ```
 */
export const findTermsIn = (normalized: NormalizedText, input: string): TermMention[] =>
  scanTerms(normalized.text).map(({ start, end, term }) => {
    const from = normalized.toOriginal(start);
    const to = normalized.toOriginal(end);
    return { start: from, end: to, text: input.slice(from, to), ...term };
  });

/**
 * Reads one term expression (`nhiệm kỳ 2021 - 2026`, `khóa XV`, `Đại hội XIII`, `lần thứ XIV`);
 * null when the whole string is not one.
 *
 * @example
 * ```ts
 * import { parseTerm } from "@vnpol/parse";
 * parseTerm("nhiệm kỳ 2021 - 2026"); // { startYear: 2021, endYear: 2026, ordinal: null }
 * parseTerm("khóa XV");              // { startYear: null, endYear: null, ordinal: 15 }
 * parseTerm("khóa XV của Quốc hội"); // null
 * ```
 */
export const parseTerm = (expression: string): Term | null => {
  const text = normalizeWithOffsets(expression).text.trim();
  const [only, ...rest] = scanTerms(text);
  return only !== undefined && rest.length === 0 && only.start === 0 && only.end === text.length ? only.term : null;
};

/**
 * Like {@link parseTerm}, but throws a `VnpolParseError` when the string is not one term.
 *
 * @example
 * ```ts
 * import { parseTermOrThrow } from "@vnpol/parse";
 * parseTermOrThrow("khóa XIII").ordinal; // 13
 * ```
 */
export const parseTermOrThrow = (expression: string): Term => {
  const term = parseTerm(expression);
  if (term === null) throw new VnpolParseError("a term such as `nhiệm kỳ 2021 - 2026`, `khóa XV` or `Đại hội XIII`", expression);
  return term;
};
