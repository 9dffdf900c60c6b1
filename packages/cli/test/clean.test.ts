import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fixture, runVnpol } from "./run-cli";

describe("vnpol clean", () => {
  it("writes the cleaned article as JSON", async () => {
    const { code, stdout, stderr } = await runVnpol(["clean", fixture("trang.html")]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    const article = JSON.parse(stdout) as { format: string; headline: string | null; body: string };
    expect(article.format).toBe("html");
    expect(article.headline).toBe("Hội nghị Ban Thường vụ Tỉnh ủy");
    expect(article.body).toContain("Nghị định 30/2020/NĐ-CP");
    expect(article.body).not.toContain("Khai mạc kỳ họp thứ 5");
  });

  it("--verbose lists on stderr each removed piece with its rule and why", async () => {
    const { code, stdout, stderr } = await runVnpol(["clean", "--verbose", fixture("trang.html")]);
    expect(code).toBe(0);
    const article = JSON.parse(stdout) as { removed: { rule: string; reason: string }[] };
    expect(article.removed.length).toBeGreaterThan(0);
    const lines = stderr.split("\n").filter(Boolean);
    expect(lines).toHaveLength(article.removed.length + 1);
    article.removed.forEach((removed, i) => expect(lines[i]).toContain(`[${removed.rule}]`));
    expect(lines.at(-1)).toMatch(/^\d+ pieces? removed$/);
  });

  it("reads a page piped into stdin", async () => {
    const page = readFileSync(fixture("trang.html"), "utf8");
    const piped = await runVnpol(["clean"], { stdin: page });
    const named = await runVnpol(["clean", fixture("trang.html")]);
    expect(piped.code).toBe(0);
    expect(piped.stdout).toBe(named.stdout);
  });

  it("asks for a page when given none and nothing is piped", async () => {
    const { code, stderr } = await runVnpol(["clean"], { stdinState: "tty" });
    expect(code).toBe(2);
    expect(stderr).toContain("clean: name an HTML or text file, or pipe one into stdin");
  });

  it("says a directory is not a page", async () => {
    const { code, stderr } = await runVnpol(["clean", fixture("")]);
    expect(code).toBe(2);
    expect(stderr).toContain("is a directory, not a file");
  });
});
