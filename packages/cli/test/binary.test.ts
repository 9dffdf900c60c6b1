import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fixture, jsonLines, spawnVnpol } from "./run-cli";

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };

// The real process: argv, stdin as a pipe or /dev/null, exit codes. Concurrent, to stay fast.
// A spawn costs 0.1 s built, ~1 s through tsx, more on a loaded machine: allow for it.
describe.concurrent("the vnpol binary", { timeout: 60_000 }, () => {
  it("--version prints the package's version", async () => {
    expect(await spawnVnpol(["--version"])).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });

  it("--help lists the commands and the exit codes", async () => {
    const { code, stdout } = await spawnVnpol(["extract", "--help"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: vnpol extract \[options\] \[files\.\.\.\]/);
    for (const option of ["--pretty", "--ref <day>", "--only <kinds>", "--keep-going", "Exit codes:"]) expect(stdout).toContain(option);
  });

  it("extracts from a pipe, and from the bundled dataset when stdin is /dev/null", async () => {
    const [piped, ci] = await Promise.all([
      spawnVnpol(["extract", "--only", "documents"], "Thực hiện Nghị định 30/2020/NĐ-CP của Chính phủ."),
      spawnVnpol(["extract", "--only", "dates"], null),
    ]);
    expect(piped.code).toBe(0);
    expect(jsonLines(piped.stdout)).toEqual([expect.objectContaining({ source: "-", kind: "document", text: expect.stringContaining("30/2020/NĐ-CP") })]);
    expect(ci.code).toBe(0);
    expect(jsonLines(ci.stdout).every((m) => String(m.source).startsWith("@vnpol/dataset@") && m.kind === "date")).toBe(true);
  });

  it("exits 1 when validate finds a broken record, 2 for a missing file or a bad option", async () => {
    const [broken, missing, option] = await Promise.all([
      spawnVnpol(["validate", fixture("articles-one-broken.jsonl")]),
      spawnVnpol(["extract", "khong-co.txt"]),
      spawnVnpol(["extract", "--only", "thoi-tiet"]),
    ]);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('record 2 (id "002-ngay-sai"): eventDate.day: expected a day that exists in month 2');
    expect(missing).toEqual({ code: 2, stdout: "", stderr: "vnpol extract: khong-co.txt: no such file\n" });
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('--only: unknown kind "thoi-tiet"');
  });
});
