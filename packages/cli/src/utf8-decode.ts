import { isUtf8 } from "node:buffer";
import { InputError } from "./input-error";

const NUL = 0;
const LF = 0x0a;

/** Why a buffer that is not UTF-8 text is not, said so that the user can fix it. */
const notTextReason = (bytes: Uint8Array): string | null => {
  // UTF-16 files (how the VNTC corpus ships) are full of NULs: name them rather than call them binary.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return "UTF-16 text, not UTF-8: convert it first, e.g. `iconv -f UTF-16 -t UTF-8`";
  }
  if (bytes.includes(NUL)) return "binary file (it contains NUL bytes), not text";
  return null;
};

/** 1-based line of the first byte sequence that is not UTF-8, counting from `firstLine`. */
const lineOfBadBytes = (bytes: Uint8Array, firstLine: number): number => {
  let line = firstLine;
  let start = 0;
  while (start <= bytes.length) {
    const newline = bytes.indexOf(LF, start);
    const end = newline === -1 ? bytes.length : newline;
    if (!isUtf8(bytes.subarray(start, end))) return line;
    if (newline === -1) break;
    line += 1;
    start = newline + 1;
  }
  return firstLine; // the bad sequence straddles a chunk boundary
};

const notUtf8 = (source: string, line: number): InputError =>
  new InputError(source, "not UTF-8 (invalid byte sequence); convert it first, e.g. `iconv -f WINDOWS-1258 -t UTF-8`", line);

/**
 * Decodes a whole file as UTF-8 text, dropping a byte-order mark, or throws an
 * {@link InputError} that says the file is binary, UTF-16 or not UTF-8 and on which line.
 *
 * @example
 * ```ts
 * import { decodeUtf8 } from "@vnpol/cli";
 * decodeUtf8(Buffer.from("Ngày 14-1", "utf8"), "a.txt"); // "Ngày 14-1"
 * try {
 *   decodeUtf8(Buffer.from([0x4e, 0x67, 0xe0, 0x79]), "a.txt"); // "Ngày" in Windows-1258
 * } catch (error) {
 *   console.log(String(error)); // InputError: a.txt:1: not UTF-8 (invalid byte sequence); convert it first, …
 * }
 * ```
 */
export const decodeUtf8 = (bytes: Uint8Array, source: string): string => {
  const reason = notTextReason(bytes);
  if (reason !== null) throw new InputError(source, reason);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw notUtf8(source, lineOfBadBytes(bytes, 1));
  }
};

/**
 * Decodes a stream of bytes as UTF-8 text chunk by chunk, in constant memory, throwing an
 * {@link InputError} at the first NUL byte or invalid sequence.
 *
 * @example
 * ```ts
 * import { Readable } from "node:stream";
 * import { decodeUtf8Chunks } from "@vnpol/cli";
 * const bytes = Buffer.from("Tỉnh ủy", "utf8");
 * // "ỉ" split across two chunks still decodes whole
 * const chunks = Readable.from([bytes.subarray(0, 2), bytes.subarray(2)]);
 * let text = "";
 * for await (const part of decodeUtf8Chunks(chunks, "-")) text += part;
 * text; // "Tỉnh ủy"
 * ```
 */
export async function* decodeUtf8Chunks(chunks: AsyncIterable<Buffer | string>, source: string): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let line = 1;
  let first = true;
  for await (const chunk of chunks) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
    const reason = first ? notTextReason(bytes) : bytes.includes(NUL) ? "binary file (it contains NUL bytes), not text" : null;
    first = false;
    if (reason !== null) throw new InputError(source, reason, line);
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: true });
    } catch {
      throw notUtf8(source, lineOfBadBytes(bytes, line));
    }
    for (let i = bytes.indexOf(LF); i !== -1; i = bytes.indexOf(LF, i + 1)) line += 1;
    if (text !== "") yield text;
  }
  let rest: string;
  try {
    rest = decoder.decode();
  } catch {
    throw notUtf8(source, line);
  }
  if (rest !== "") yield rest;
}
