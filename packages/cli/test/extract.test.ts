import { readFileSync } from "node:fs";
import { getArticle } from "@vnpol/dataset";
import { cleanArticle } from "@vnpol/parse";
import { describe, expect, it } from "vitest";
import { fixture, jsonLines, runVnpol } from "./run-cli";

const text = (name: string): string => readFileSync(fixture(name), "utf8");

interface Line {
  source: string;
  id: string | null;
  line?: number;
  kind: string;
  start: number;
  end: number;
  text: string;
  value: { value?: { year?: number; month?: number; day?: number } } & Record<string, unknown>;
}
const lines = (stdout: string) => jsonLines(stdout) as unknown as Line[];

describe("vnpol extract on files", () => {
  it("writes one mention a line, each with its file and offsets into the file as given", async () => {
    const file = fixture("bai-viet.txt");
    const { code, stdout, stderr } = await runVnpol(["extract", file]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    const found = lines(stdout);
    for (const m of found) {
      expect(m).toMatchObject({ source: file, id: null });
      expect(text("bai-viet.txt").slice(m.start, m.end)).toBe(m.text);
    }
    const starts = found.map((m) => m.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    // "Ngày 27/12/2022, Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt …"
    expect(found.find((m) => m.kind === "date" && m.text.includes("27/12/2022"))?.value.value).toMatchObject({ year: 2022, month: 12, day: 27 });
    // "… và Nghị định 30/2020/NĐ-CP của Chính phủ."
    expect(found.some((m) => m.kind === "document" && m.text.includes("30/2020/NĐ-CP"))).toBe(true);
  });

  it("--only dates keeps dates alone", async () => {
    const { code, stdout } = await runVnpol(["extract", "--only", "dates", fixture("bai-viet.txt")]);
    expect(code).toBe(0);
    const kinds = new Set(lines(stdout).map((m) => m.kind));
    expect([...kinds]).toEqual(["date"]);
  });

  it("--ref gives yearless dates a year; without it the year stays unknown", async () => {
    // "Các đơn vị báo cáo kết quả trước ngày 25/2."
    const yearless = (stdout: string) => lines(stdout).find((m) => m.kind === "date" && m.text.includes("25/2"));
    const without = await runVnpol(["extract", "--only", "dates", fixture("bai-viet.txt")]);
    const withRef = await runVnpol(["extract", "--only", "dates", "--ref", "2022-12-27", fixture("bai-viet.txt")]);
    expect(yearless(without.stdout)?.value.value).toMatchObject({ month: 2, day: 25 });
    expect(yearless(without.stdout)?.value.value?.year).toBeUndefined();
    expect(yearless(withRef.stdout)?.value.value?.year).toEqual(expect.any(Number));
  });

  it("skips Markdown front matter but gives offsets into the whole file", async () => {
    const { code, stdout } = await runVnpol(["extract", "--only", "dates", fixture("bai-viet.md")]);
    expect(code).toBe(0);
    const found = lines(stdout);
    const file = text("bai-viet.md");
    expect(found.length).toBeGreaterThan(0);
    for (const m of found) {
      expect(file.slice(m.start, m.end)).toBe(m.text);
      expect(m.start).toBeGreaterThan(file.indexOf("\n---\n")); // "headline: Hội nghị ngày 1/1/2020" is not read
    }
  });

  it("cleans HTML first, and gives offsets into the cleaned body", async () => {
    const { code, stdout } = await runVnpol(["extract", fixture("trang.html")]);
    expect(code).toBe(0);
    const { body } = cleanArticle(text("trang.html"));
    const found = lines(stdout);
    expect(found.length).toBeGreaterThan(0);
    for (const m of found) expect(body.slice(m.start, m.end)).toBe(m.text);
    expect(found.some((m) => m.text.includes("Khai mạc"))).toBe(false); // the related-news list is gone
  });

  it("--pretty writes the same mentions as one JSON array", async () => {
    const jsonl = await runVnpol(["extract", fixture("bai-viet.txt")]);
    const pretty = await runVnpol(["extract", "--pretty", fixture("bai-viet.txt")]);
    expect(pretty.code).toBe(0);
    expect(JSON.parse(pretty.stdout)).toEqual(jsonLines(jsonl.stdout));
  });
});

describe("vnpol extract on JSONL articles", () => {
  const records = text("tin.jsonl").split("\n");
  const recordText = (line: number): string => {
    const record = JSON.parse(records[line - 1] ?? "") as { text?: string; body?: string };
    return record.text ?? record.body ?? "";
  };

  it("stops at a broken line with exit 2, after the mentions of the records before it", async () => {
    const { code, stdout, stderr } = await runVnpol(["extract", fixture("tin.jsonl")]);
    expect(code).toBe(2);
    expect(new Set(lines(stdout).map((m) => m.id))).toEqual(new Set(["tin-1"]));
    expect(stderr).toMatch(/tin\.jsonl:2: not JSON: /);
  });

  it("with --keep-going reports each bad line and reads every good record", async () => {
    const { code, stdout, stderr } = await runVnpol(["extract", "--keep-going", fixture("tin.jsonl")]);
    expect(code).toBe(2);
    expect(stderr.split("\n").filter(Boolean)).toEqual([
      expect.stringMatching(/tin\.jsonl:2: not JSON: /),
      `vnpol extract: ${fixture("tin.jsonl")}:4: expected a string field "text" or "body" in the record`,
    ]);
    const found = lines(stdout);
    expect(new Set(found.map((m) => m.id))).toEqual(new Set(["tin-1", "tin-3", "tin-5"]));
    for (const m of found) expect(recordText(m.line ?? 0).slice(m.start, m.end)).toBe(m.text);
  });

  it("uses each record's own date as the reference for yearless dates", async () => {
    const { stdout } = await runVnpol(["extract", "-k", "--only", "dates", fixture("tin.jsonl")]);
    const found = lines(stdout);
    // tin-1 (date 2021-03-01): "Ngày 25/2, …" — tin-5 has no date: "Chiều 3/4" keeps no year
    expect(found.find((m) => m.id === "tin-1")?.value.value?.year).toEqual(expect.any(Number));
    expect(found.find((m) => m.id === "tin-5")?.value.value?.year).toBeUndefined();
  });
});

describe("vnpol extract on many files", () => {
  const many = Array.from({ length: 12 }, () => fixture("bai-viet.txt"));

  it("draws a progress bar on stderr when stdout is a pipe and stderr a terminal, and erases it", async () => {
    const { code, stdout, stderr } = await runVnpol(["extract", "--only", "documents", ...many], { stderrIsTTY: true });
    expect(code).toBe(0);
    expect(stderr).toMatch(/^\r\[[-#]{24}\]  0\/12 /);
    expect(stderr.endsWith("\r\u001b[K")).toBe(true);
    expect(new Set(lines(stdout).map((m) => m.source))).toEqual(new Set([fixture("bai-viet.txt")]));
  });

  it("erases the bar before an error, so that the message has a line of its own", async () => {
    const { code, stderr } = await runVnpol(["extract", "-k", "--only", "documents", ...many, fixture("khong-co.txt")], { stderrIsTTY: true });
    expect(code).toBe(2);
    expect(stderr).toContain(`\r\u001b[Kvnpol extract: ${fixture("khong-co.txt")}: no such file (skipped)\n`);
  });

  it("draws none when stdout is the terminal, or with --no-progress", async () => {
    expect((await runVnpol(["extract", "--only", "documents", ...many], { stderrIsTTY: true, stdoutIsTTY: true })).stderr).toBe("");
    expect((await runVnpol(["extract", "--no-progress", "--only", "documents", ...many], { stderrIsTTY: true })).stderr).toBe("");
  });
});

describe("vnpol extract on stdin and the bundled dataset", () => {
  it("reads text piped into stdin, as source -", async () => {
    const stdin = "Ngày 27/12/2022, Tỉnh ủy ban hành Nghị định 30/2020/NĐ-CP.";
    const { code, stdout } = await runVnpol(["extract"], { stdin });
    expect(code).toBe(0);
    const found = lines(stdout);
    expect(found.length).toBeGreaterThan(0);
    for (const m of found) {
      expect(m.source).toBe("-");
      expect(stdin.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it("sniffs JSONL on stdin", async () => {
    const { code, stdout } = await runVnpol(["extract", "-"], { stdin: `${text("tin.jsonl").split("\n")[0]}\n` });
    expect(code).toBe(0);
    expect(lines(stdout).every((m) => m.source === "-" && m.id === "tin-1" && m.line === 1)).toBe(true);
  });

  it("reads one pretty-printed JSON record on stdin, with its index", async () => {
    const stdin = JSON.stringify({ id: "tin-7", text: "Thực hiện Nghị định 30/2020/NĐ-CP." }, null, 2);
    const { code, stdout } = await runVnpol(["extract", "--only", "documents"], { stdin });
    expect(code).toBe(0);
    expect(lines(stdout)).toEqual([expect.objectContaining({ source: "-", id: "tin-7", index: 0, kind: "document", start: 10, text: "Nghị định 30/2020/NĐ-CP" })]);
  });

  it.each([
    ["stdin is /dev/null or closed (CI)", { stdinState: "none" as const }],
    ["stdin is a terminal", { stdinState: "tty" as const }],
    ["the pipe is empty", { stdin: "" }],
  ])("reads the bundled dataset when %s", async (_, options) => {
    const { code, stdout } = await runVnpol(["extract", "--only", "dates,documents"], options);
    expect(code).toBe(0);
    const found = lines(stdout);
    expect(found.length).toBeGreaterThan(10);
    for (const m of found) {
      expect(m.source).toMatch(/^@vnpol\/dataset@\d+\.\d+\.\d+/);
      expect(getArticle(m.id ?? "")?.body.slice(m.start, m.end)).toBe(m.text);
    }
    expect(new Set(found.map((m) => m.kind))).toEqual(new Set(["date", "document"]));
  });
});

describe("vnpol extract --memberships", () => {
  it("writes who holds which post in each document, dated by its day, instead of the mentions", async () => {
    const { code, stdout, stderr } = await runVnpol(["extract", "--memberships", "--ref", "2022-12-27", fixture("bai-viet.txt")]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    // "Đồng chí Nguyễn Văn An, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì hội nghị."
    expect(jsonLines(stdout)).toEqual([
      { source: fixture("bai-viet.txt"), id: null, person: { name: "Nguyễn Văn An" }, post: { role: "Phó Bí thư Thường trực", body: "Tỉnh ủy", level: "province" }, asOf: { year: 2022, month: 12, day: 27 }, former: false },
      { source: fixture("bai-viet.txt"), id: null, person: { name: "Nguyễn Văn An" }, post: { role: "Chủ tịch", body: "Hội đồng nhân dân tỉnh", level: "province" }, asOf: { year: 2022, month: 12, day: 27 }, former: false },
    ]);
  });

  it("reads the bundled dataset's memberships, the same as the dataset's own", async () => {
    const { code, stdout } = await runVnpol(["extract", "--memberships"], { stdinState: "none" });
    expect(code).toBe(0);
    const found = jsonLines(stdout) as Array<{ id: string; person: unknown; post: unknown; asOf: unknown; former: unknown }>;
    expect(found.length).toBeGreaterThan(5);
    for (const m of found) expect(getArticle(m.id)?.memberships).toContainEqual({ person: m.person, post: m.post, asOf: m.asOf, former: m.former });
  });

  it("takes no --only, and says why", async () => {
    const { code, stdout, stderr } = await runVnpol(["extract", "--memberships", "--only", "dates", fixture("bai-viet.txt")]);
    expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
    expect(stderr).toContain("--memberships writes who holds which post, read from the officials; it takes no --only");
  });
});
