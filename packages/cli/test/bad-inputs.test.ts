import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { fixture, runVnpol } from "./run-cli";

// Bad files are made here rather than kept in git: a binary or UTF-16 fixture is opaque to review.
const dir = mkdtempSync(join(tmpdir(), "vnpol-cli-"));
const binary = join(dir, "anh.png");
const windows1258 = join(dir, "bai-cp1258.txt");
const utf16 = join(dir, "bai-utf16.txt");
const folder = join(dir, "thu-muc");
const missing = join(dir, "khong-co.txt");
const badUtf8Jsonl = join(dir, "tin.jsonl");

beforeAll(() => {
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
  // "Ngày 14-1" in Windows-1258: à is 0xE0, a lone byte UTF-8 cannot start a sequence with here.
  writeFileSync(windows1258, Buffer.from([0x4e, 0x67, 0xe0, 0x79, 0x20, 0x31, 0x34, 0x2d, 0x31]));
  writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Ngày 14-1", "utf16le")]));
  mkdirSync(folder);
  writeFileSync(badUtf8Jsonl, Buffer.concat([Buffer.from('{"id":"a","text":"Tỉnh ủy"}\n{"id":"b","text":"'), Buffer.from([0xe0, 0x79]), Buffer.from('"}\n')]));
});

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe("inputs vnpol cannot read", () => {
  it.each([
    ["a missing file", missing, "no such file"],
    ["a directory", folder, "is a directory, not a file"],
    ["a binary file", binary, "binary file (it contains NUL bytes), not text"],
    ["a Windows-1258 file", windows1258, "not UTF-8 (invalid byte sequence)"],
    ["a UTF-16 file", utf16, "UTF-16 text, not UTF-8"],
  ])("%s: says what is wrong and exits 2", async (_, path, reason) => {
    const { code, stdout, stderr } = await runVnpol(["extract", path]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(new RegExp(`^vnpol extract: ${path}(:1)?: ${escape(reason)}`));
  });

  it("names the JSONL line where the bytes stop being UTF-8", async () => {
    const { code, stderr } = await runVnpol(["validate", "--schema", "Span", badUtf8Jsonl]);
    expect(code).toBe(2);
    expect(stderr).toContain(`vnpol validate: ${badUtf8Jsonl}:2: not UTF-8 (invalid byte sequence); convert it first, e.g. \`iconv -f WINDOWS-1258 -t UTF-8\``);
  });

  it("with --keep-going skips each bad input, reads the others, and still exits 2", async () => {
    const { code, stderr } = await runVnpol(["validate", "-k", missing, fixture("articles-valid.json"), binary]);
    expect(code).toBe(2);
    expect(stderr.split("\n")).toEqual([
      `vnpol validate: ${missing}: no such file (skipped)`,
      `vnpol validate: ${binary}:1: binary file (it contains NUL bytes), not text (skipped)`,
      "2 records checked against Article: all valid",
      "",
    ]);
  });

  it("without --keep-going stops at the first bad input", async () => {
    const { code, stderr } = await runVnpol(["validate", missing, fixture("articles-valid.json")]);
    expect(code).toBe(2);
    expect(stderr).toBe(`vnpol validate: ${missing}: no such file\n`);
  });
});
