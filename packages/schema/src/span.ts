import { z } from "zod";

/** The three fields every span and mention has. */
export interface SpanFields {
  start: number;
  end: number;
  text: string;
}

/** Whether a span starts no later than it ends. */
export const spanIsOrdered = (span: SpanFields): boolean => span.start <= span.end;

/** Whether a span's offsets cover exactly as many code units as its text has. */
export const spanFitsText = (span: SpanFields): boolean => span.end - span.start === span.text.length;

/**
 * A stretch of the input text, by UTF-16 offsets into the exact string given (as
 * `String.prototype.slice` counts), with the text it covers.
 *
 * @example
 * ```ts
 * import { Span } from "@vnpol/schema";
 * const body = "Ngày 14-1, Ban Dân vận Tỉnh ủy tổ chức hội nghị.";
 * Span.parse({ start: 0, end: 9, text: body.slice(0, 9) }); // "Ngày 14-1"
 * ```
 */
export const Span = z
  .object({
    start: z.number().int().min(0).describe("Offset of the first UTF-16 code unit, from 0."),
    end: z.number().int().min(0).describe("Offset just past the last UTF-16 code unit; `text` is `input.slice(start, end)`."),
    text: z.string().describe("The text covered, exactly as in the input."),
  })
  .refine(spanIsOrdered, { message: "expected start <= end", path: ["end"] })
  .refine(spanFitsText, { message: "expected end - start to equal the length of text", path: ["text"] })
  .meta({ title: "Span" })
  .describe("A stretch of the input by UTF-16 offsets, with its text.");
export type Span = z.infer<typeof Span>;

/** The fields of {@link Span}, for mentions that extend it. */
export const spanShape = {
  start: z.number().int().min(0).describe("Offset of the first UTF-16 code unit of the mention in the input."),
  end: z.number().int().min(0).describe("Offset just past the mention; `text` is `input.slice(start, end)`."),
  text: z.string().describe("The mention exactly as written in the input."),
};
