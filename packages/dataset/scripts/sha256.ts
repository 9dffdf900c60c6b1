import { createHash } from "node:crypto";

/**
 * The SHA-256 of bytes or of a string's UTF-8 encoding, as 64 lower-case hex digits.
 *
 * @example
 * ```ts
 * sha256("abc"); // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
 * ```
 */
export const sha256 = (data: string | Uint8Array): string => createHash("sha256").update(data).digest("hex");
