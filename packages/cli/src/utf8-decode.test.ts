import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { InputError } from "./input-error";
import { decodeUtf8, decodeUtf8Chunks } from "./utf8-decode";

const collect = async (chunks: Buffer[]): Promise<string> => {
  let text = "";
  for await (const part of decodeUtf8Chunks(Readable.from(chunks), "tin.jsonl")) text += part;
  return text;
};

describe("decoding UTF-8", () => {
  it("drops a byte-order mark and keeps the Vietnamese as written", () => {
    expect(decodeUtf8(Buffer.from("\uFEFFTỉnh uỷ", "utf8"), "a.txt")).toBe("Tỉnh uỷ");
  });

  it("names the line of the first invalid byte", () => {
    const bytes = Buffer.concat([Buffer.from("Tỉnh ủy\nHội nghị\n"), Buffer.from([0x4e, 0x67, 0xe0, 0x79])]);
    expect(() => decodeUtf8(bytes, "a.txt")).toThrow(new InputError("a.txt", "not UTF-8 (invalid byte sequence); convert it first, e.g. `iconv -f WINDOWS-1258 -t UTF-8`", 3));
  });

  it("tells UTF-16 and binary files apart from text", () => {
    expect(() => decodeUtf8(Buffer.from([0xff, 0xfe, 0x4e, 0x00]), "a.txt")).toThrow("UTF-16 text, not UTF-8");
    expect(() => decodeUtf8(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00]), "a.png")).toThrow("binary file");
  });

  it("decodes a character split between two chunks", async () => {
    const bytes = Buffer.from("Tỉnh ủy", "utf8");
    for (let cut = 0; cut <= bytes.length; cut += 1) {
      expect(await collect([bytes.subarray(0, cut), bytes.subarray(cut)])).toBe("Tỉnh ủy");
    }
  });

  it("counts lines across chunks to place a bad byte", async () => {
    const error = await collect([Buffer.from("a\nb\n"), Buffer.from("c\n"), Buffer.from([0x64, 0xff])]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).line).toBe(4);
  });

  it("refuses a stream that ends inside a character", async () => {
    await expect(collect([Buffer.from([0x54, 0xe1, 0xbb])])).rejects.toThrow("not UTF-8");
  });
});
