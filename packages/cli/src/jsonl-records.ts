import { createInterface } from "node:readline";
import { Readable } from "node:stream";
import { decodeUtf8Chunks } from "./utf8-decode";

/** One non-blank line of a JSONL input: its parsed value, or why it is not JSON. */
export type JsonlLine =
  | { line: number; ok: true; value: unknown }
  | { line: number; ok: false; reason: string };

/**
 * Reads JSONL (one JSON value per line) from a stream of bytes, one line at a time with
 * `readline`, so memory stays constant whatever the file's size. Blank lines are skipped but
 * counted, so `line` is the line number an editor shows. A line that is not JSON is yielded
 * with its reason (the caller decides whether to go on); bytes that are not UTF-8 throw an
 * `InputError`, since nothing after them can be trusted.
 *
 * @example
 * ```ts
 * import { Readable } from "node:stream";
 * import { readJsonl } from "@vnpol/cli";
 * const bytes = Readable.from([Buffer.from('{"id":"a","text":"Ngày 14-1"}\n\n{"id":\n')]);
 * for await (const entry of readJsonl(bytes, "news.jsonl")) console.log(entry);
 * // { line: 1, ok: true, value: { id: "a", text: "Ngày 14-1" } }
 * // { line: 3, ok: false, reason: "not JSON: …" }
 * ```
 */
export async function* readJsonl(chunks: AsyncIterable<Buffer | string>, source: string): AsyncGenerator<JsonlLine> {
  const lines = createInterface({ input: Readable.from(decodeUtf8Chunks(chunks, source)), crlfDelay: Infinity });
  let line = 0;
  try {
    for await (const text of lines) {
      line += 1;
      if (text.trim() === "") continue;
      let entry: JsonlLine;
      try {
        entry = { line, ok: true, value: JSON.parse(text) };
      } catch (error) {
        entry = { line, ok: false, reason: `not JSON: ${(error as Error).message}` };
      }
      yield entry;
    }
  } finally {
    lines.close();
  }
}
