/**
 * The error every `*OrThrow` function throws: it says what was expected and keeps the input.
 *
 * @example
 * ```ts
 * import { parseDocumentNumberOrThrow, VnpolParseError } from "@vnpol/parse";
 * try {
 *   parseDocumentNumberOrThrow("hello");
 * } catch (error) {
 *   if (error instanceof VnpolParseError) console.log(error.expected, error.input);
 * }
 * ```
 */
export class VnpolParseError extends Error {
  override readonly name = "VnpolParseError";
  /** What the function expected, in words: `a document number such as 269-QĐ/TU or 30/2020/NĐ-CP`. */
  readonly expected: string;
  /** The input as given, kept whole. */
  readonly input: string;

  constructor(expected: string, input: string) {
    const shown = input.length > 80 ? `${input.slice(0, 77)}...` : input;
    super(`expected ${expected}, got ${JSON.stringify(shown)}`);
    this.expected = expected;
    this.input = input;
  }
}
