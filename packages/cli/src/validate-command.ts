import { entities, explainError, type EntityName } from "@vnpol/schema";
import type { CliIo } from "./cli-io";
import { ExitCode } from "./exit-code";
import { readFileChunks, readTextFile } from "./file-input";
import { InputError } from "./input-error";
import { sniffFormat } from "./input-format";
import { readJsonl } from "./jsonl-records";
import { collectBytes, peekChunks } from "./peek-chunks";
import { writeText } from "./record-writer";
import { decodeUtf8 } from "./utf8-decode";

/** Options of `vnpol validate`. */
export interface ValidateOptions {
  /** The entity of `@vnpol/schema` every record must match; `Article` by default. */
  schema?: EntityName;
  /** Read every input as JSON (one record or an array) or JSONL instead of guessing. */
  format?: "json" | "jsonl";
  /** Report unreadable inputs and go on with the rest. */
  keepGoing?: boolean;
}

/** One record of an input, where it is, and its value or why it is not JSON. */
type Entry = { record: number; line?: number; ok: true; value: unknown } | { record: number; line?: number; ok: false; reason: string };

async function* entriesOfJsonl(chunks: AsyncIterable<Buffer | string>, source: string): AsyncGenerator<Entry> {
  let record = 0;
  for await (const entry of readJsonl(chunks, source)) {
    record += 1;
    yield entry.ok ? { record, line: entry.line, ok: true, value: entry.value } : { record, line: entry.line, ok: false, reason: entry.reason };
  }
}

function* entriesOfJson(text: string): Generator<Entry> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    yield { record: 1, ok: false, reason: `not JSON: ${(error as Error).message}` };
    return;
  }
  const records = Array.isArray(value) ? value : [value];
  for (const [index, item] of records.entries()) yield { record: index + 1, ok: true, value: item };
}

const isJsonName = (path: string): boolean => path.toLowerCase().endsWith(".json");

async function* entriesOfStdin(chunks: AsyncIterable<Buffer | string>, format: "json" | "jsonl" | undefined): AsyncGenerator<Entry> {
  const { first, all } = await peekChunks(chunks);
  if (first === null) return;
  const json = (format ?? (sniffFormat(String(first).slice(0, 1024)) === "json" ? "json" : "jsonl")) === "json";
  if (json) yield* entriesOfJson(decodeUtf8(await collectBytes(all), "-"));
  else yield* entriesOfJsonl(all, "-");
}

async function* entriesOfFile(path: string, format: "json" | "jsonl" | undefined): AsyncGenerator<Entry> {
  if (format === "json" || (format === undefined && isJsonName(path))) yield* entriesOfJson(await readTextFile(path));
  else yield* entriesOfJsonl(readFileChunks(path), path);
}

const idOf = (value: unknown): string =>
  typeof value === "object" && value !== null && "id" in value && (typeof value.id === "string" || typeof value.id === "number")
    ? ` (id ${JSON.stringify(value.id)})`
    : "";

/**
 * `vnpol validate [files…]`: checks every record against a schema of `@vnpol/schema` and
 * writes one line per problem to stdout, `file:line: record N (id "…"): field.path: what was
 * expected`, then a count on stderr. A `.json` file holds one record or an array of them;
 * anything else (and stdin) is JSONL, streamed line by line. Returns 0 when all records
 * are valid, 1 when one is not (a line that is not JSON counts as an invalid record), 2 when
 * an input cannot be read.
 *
 * @example
 * ```ts
 * import { Readable } from "node:stream";
 * import { runValidate } from "@vnpol/cli";
 * const io = {
 *   stdin: Readable.from([Buffer.from('{"start":5,"end":2,"text":""}\n')]),
 *   stdinState: "stream" as const,
 *   stdout: process.stdout,
 *   stderr: process.stderr,
 * };
 * await runValidate(["-"], { schema: "Span" }, io); // 1
 * // -:1: record 1: end: expected start <= end
 * // -:1: record 1: text: expected end - start to equal the length of text
 * ```
 */
export const runValidate = async (files: readonly string[], options: ValidateOptions, io: CliIo): Promise<ExitCode> => {
  const name = options.schema ?? "Article";
  const schema = entities[name];
  const inputs = files.length === 0 ? ["-"] : files;
  let checked = 0;
  let invalid = 0;
  let unreadable = false;

  for (const source of inputs) {
    const entries = source === "-" ? entriesOfStdin(io.stdin, options.format) : entriesOfFile(source, options.format);
    try {
      for await (const entry of entries) {
        checked += 1;
        const where = `${source}${entry.line === undefined ? "" : `:${entry.line}`}: record ${entry.record}`;
        if (!entry.ok) {
          invalid += 1;
          await writeText(io.stdout, `${where}: ${entry.reason}\n`);
          continue;
        }
        const result = schema.safeParse(entry.value);
        if (result.success) continue;
        invalid += 1;
        const lines = explainError(result.error).map(({ path, message }) => `${where}${idOf(entry.value)}: ${path === "" ? "(record)" : path}: ${message}\n`);
        await writeText(io.stdout, lines.join(""));
      }
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      unreadable = true;
      io.stderr.write(`vnpol validate: ${error.message}${options.keepGoing === true ? " (skipped)" : ""}\n`);
      if (options.keepGoing !== true) return ExitCode.usage;
    }
  }
  io.stderr.write(
    `${checked} record${checked === 1 ? "" : "s"} checked against ${name}: ${invalid === 0 ? "all valid" : `${invalid} invalid`}\n`,
  );
  if (unreadable) return ExitCode.usage;
  return invalid > 0 ? ExitCode.invalid : ExitCode.ok;
};
