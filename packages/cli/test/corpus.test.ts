import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { jsonLines, runVnpol } from "./run-cli";

// ../shared/corpus beside the repository: third-party text we may read but not ship.
const corpus = fileURLToPath(new URL("../../../../shared/corpus/news.jsonl", import.meta.url));
const present = existsSync(corpus);
if (!present) console.warn(`corpus.test.ts skipped: ${corpus} is absent`);

describe.skipIf(!present)("vnpol extract on real articles (../shared/corpus)", () => {
  // Loading every parser for the first time takes a few seconds on a busy machine.
  it("gives offsets that slice each record's text, also where it is not NFC or has NBSP and entities", { timeout: 30_000 }, async () => {
    const lines = readFileSync(corpus, "utf8").split("\n");
    // A few records with combining marks (not NFC), NBSP or an HTML entity: where offsets are easy to get wrong.
    const hard = [/[\u0300-\u0323]/, /\u00a0/, /&amp;/].flatMap((pattern) => lines.filter((line) => pattern.test(line) && line.length < 4000).slice(0, 3));
    const picked = [...new Set(hard)];
    const { code, stdout, stderr } = await runVnpol(["extract"], { stdin: `${picked.join("\n")}\n` });
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    const texts = picked.map((line) => JSON.parse(line) as { id: string; text: string });
    const found = jsonLines(stdout);
    expect(picked.length).toBeGreaterThanOrEqual(6);
    expect(found.length).toBeGreaterThan(20);
    for (const m of found) {
      const record = texts[Number(m.line) - 1];
      expect(m.id).toBe(record?.id);
      expect(record?.text.slice(Number(m.start), Number(m.end))).toBe(m.text);
    }
  });
});
