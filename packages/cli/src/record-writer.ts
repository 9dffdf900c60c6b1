import type { CliWritable } from "./cli-io";

/** Writes records to a stream as JSONL or as one pretty JSON array, in order, without holding them. */
export interface RecordWriter {
  write(record: unknown): Promise<void>;
  end(): Promise<void>;
}

/**
 * Writes text and waits for the stream to drain when it asks to, so output never piles up in memory.
 *
 * @example
 * ```ts
 * import { writeText } from "@vnpol/cli";
 * await writeText(process.stdout, "{}\n");
 * ```
 */
export const writeText = (out: CliWritable, text: string): Promise<void> =>
  out.write(text)
    ? Promise.resolve()
    : new Promise((resolve, reject) => {
        const onDrain = () => {
          out.removeListener("error", onError);
          resolve();
        };
        const onError = (error: unknown) => {
          out.removeListener("drain", onDrain);
          reject(error);
        };
        out.once("drain", onDrain);
        out.once("error", onError);
      });

const indent = (json: string): string => json.replace(/\n/g, "\n  ");

/**
 * A {@link RecordWriter} for stdout: one JSON object per line (JSONL), or with `pretty` a
 * JSON array indented by two spaces, streamed element by element.
 *
 * @example
 * ```ts
 * import { createRecordWriter } from "@vnpol/cli";
 * const writer = createRecordWriter(process.stdout, false);
 * await writer.write({ kind: "date", text: "ngày 27/12/2022" }); // prints {"kind":"date","text":"ngày 27/12/2022"}
 * await writer.end();
 * ```
 */
export const createRecordWriter = (out: CliWritable, pretty: boolean): RecordWriter => {
  let count = 0;
  return {
    write(record) {
      count += 1;
      if (!pretty) return writeText(out, `${JSON.stringify(record)}\n`);
      return writeText(out, `${count === 1 ? "[\n  " : ",\n  "}${indent(JSON.stringify(record, null, 2))}`);
    },
    end() {
      if (!pretty) return Promise.resolve();
      return writeText(out, count === 0 ? "[]\n" : "\n]\n");
    },
  };
};
