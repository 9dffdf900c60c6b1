import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fixture, runVnpol } from "./run-cli";

describe("vnpol validate", () => {
  it("names the record, the field and what was expected for each broken record, and exits 1", async () => {
    const file = fixture("articles-one-broken.jsonl");
    const { code, stdout, stderr } = await runVnpol(["validate", file]);
    expect(code).toBe(1);
    expect(stdout.split("\n").filter(Boolean)).toEqual([
      `${file}:2: record 2 (id "002-ngay-sai"): eventDate.day: expected a day that exists in month 2 of 2021 (at most 28), got 30`,
      expect.stringMatching(/articles-one-broken\.jsonl:4: record 3: not JSON: /),
      `${file}:5: record 4 (id "003-lech-vi-tri"): mentions[0].text: expected body.slice(1, 10) to equal the mention's text "Ngày 14-1"`,
    ]);
    expect(stderr).toBe("4 records checked against Article: 3 invalid\n");
  });

  it("accepts a .json array of valid articles with exit code 0", async () => {
    const { code, stdout, stderr } = await runVnpol(["validate", fixture("articles-valid.json")]);
    expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: "", stderr: "2 records checked against Article: all valid\n" });
  });

  it("checks JSONL on stdin against the schema named by --schema, in any letter case", async () => {
    const stdin = '{"start":0,"end":9,"text":"Ngày 14-1"}\n{"start":5,"end":2,"text":""}\n';
    const { code, stdout } = await runVnpol(["validate", "--schema", "span"], { stdin });
    expect(code).toBe(1);
    expect(stdout).toBe("-:2: record 2: end: expected start <= end\n-:2: record 2: text: expected end - start to equal the length of text\n");
  });

  it("reads one pretty-printed JSON object from stdin as one record", async () => {
    const stdin = JSON.stringify({ year: 2021, month: 2, day: 29 }, null, 2);
    const { code, stdout } = await runVnpol(["validate", "--schema", "PartialDate", "-"], { stdin });
    expect(code).toBe(1);
    expect(stdout).toMatch(/^-: record 1: day: expected a day that exists in month 2 of 2021 \(at most 28\), got 29\n$/);
  });

  it("refuses an unknown schema with exit code 2 and lists the known ones", async () => {
    const { code, stderr } = await runVnpol(["validate", "--schema", "Tinh", fixture("articles-valid.json")]);
    expect(code).toBe(2);
    expect(stderr).toContain('--schema: unknown schema "Tinh"; expected one of Article, Credit,');
  });

  it("keeps the fixture's Vietnamese in NFC, so paths and messages match byte for byte", () => {
    const text = readFileSync(fixture("articles-one-broken.jsonl"), "utf8");
    expect(text.normalize("NFC")).toBe(text);
  });
});
