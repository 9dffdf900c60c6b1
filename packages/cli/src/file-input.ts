import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { InputError } from "./input-error";
import { decodeUtf8 } from "./utf8-decode";

const reasonOf = (error: unknown): string => {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a directory, not a file: name the files in it, e.g. `dir/*.txt`";
  return error instanceof Error ? error.message : String(error);
};

/**
 * Checks that a path names a readable regular file and returns its size in bytes; throws
 * an {@link InputError} for a missing file or a directory.
 *
 * @example
 * ```ts
 * import { checkFile } from "@vnpol/cli";
 * await checkFile("package.json"); // its size in bytes
 * await checkFile("no-such-file.txt").catch((error) => String(error)); // "InputError: no-such-file.txt: no such file"
 * ```
 */
export const checkFile = async (path: string): Promise<number> => {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw new InputError(path, reasonOf(error));
  }
  if (info.isDirectory()) throw new InputError(path, reasonOf({ code: "EISDIR" }));
  return info.size;
};

/**
 * Reads a whole file as UTF-8 text, with the clear errors of {@link checkFile} and
 * {@link decodeUtf8}.
 *
 * @example
 * ```ts
 * import { readTextFile } from "@vnpol/cli";
 * (await readTextFile("package.json")).startsWith("{"); // true
 * ```
 */
export const readTextFile = async (path: string): Promise<string> => {
  await checkFile(path);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new InputError(path, reasonOf(error));
  }
  return decodeUtf8(bytes, path);
};

/**
 * The bytes of a file as a stream of chunks, for inputs too large to hold in memory.
 * Opening errors surface as an {@link InputError} on the first read.
 *
 * @example
 * ```ts
 * import { readFileChunks } from "@vnpol/cli";
 * let bytes = 0;
 * for await (const chunk of readFileChunks("package.json")) bytes += chunk.length;
 * ```
 */
export async function* readFileChunks(path: string): AsyncGenerator<Buffer> {
  await checkFile(path);
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 64 * 1024 })) yield chunk as Buffer;
  } catch (error) {
    throw new InputError(path, reasonOf(error));
  }
}
