/**
 * Reads the first chunk of a stream without losing it: returns that chunk (null when the
 * stream is empty) and the whole stream, first chunk included. Used to tell an empty stdin
 * from one with data, and to sniff its format.
 *
 * @example
 * ```ts
 * import { Readable } from "node:stream";
 * import { peekChunks } from "@vnpol/cli";
 * const { first, all } = await peekChunks(Readable.from(["Ngày ", "14-1"]));
 * first; // "Ngày "
 * let text = "";
 * for await (const chunk of all) text += chunk; // "Ngày 14-1"
 * ```
 */
export const peekChunks = async <T>(chunks: AsyncIterable<T>): Promise<{ first: T | null; all: AsyncIterable<T> }> => {
  const iterator = chunks[Symbol.asyncIterator]();
  const head = await iterator.next();
  async function* all(): AsyncGenerator<T> {
    if (head.done) return;
    yield head.value;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { first: head.done ? null : head.value, all: all() };
};

/**
 * Reads a whole stream into one buffer.
 *
 * @example
 * ```ts
 * import { Readable } from "node:stream";
 * import { collectBytes } from "@vnpol/cli";
 * (await collectBytes(Readable.from([Buffer.from("Tỉnh "), Buffer.from("ủy")]))).toString(); // "Tỉnh ủy"
 * ```
 */
export const collectBytes = async (chunks: AsyncIterable<Buffer | string>): Promise<Buffer> => {
  const parts: Buffer[] = [];
  for await (const chunk of chunks) parts.push(typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk);
  return Buffer.concat(parts);
};
