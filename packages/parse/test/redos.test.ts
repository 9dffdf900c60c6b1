import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { checkSync } from "recheck";
import { describe, expect, it } from "vitest";
import { regexLiterals, watchRegExpConstruction, type FoundRegex } from "./regexes";

const src = fileURLToPath(new URL("../src/", import.meta.url));
const seeds = fileURLToPath(new URL("../../../../shared/seeds/", import.meta.url));

// Loading the package records the regexes it builds from its tables; calling its functions
// afterwards must build none (tables and patterns are compiled once, at load).
const built = await watchRegExpConstruction(() => import("../src/index"));
const parse = await import("../src/index");

const dedupe = (regexes: FoundRegex[]) => [...new Map(regexes.map((r) => [`/${r.source}/${r.flags}`, r])).values()];
const all = dedupe([...regexLiterals(src), ...built]);

describe("every regular expression of @vnpol/parse", () => {
  it("is found (the check is not vacuous)", () => {
    expect(all.length).toBeGreaterThan(5);
  });

  it.each(all.map((r) => [`/${r.source.length > 70 ? `${r.source.slice(0, 67)}...` : r.source}/${r.flags}`, r] as const))(
    "%s is safe from catastrophic backtracking (recheck)",
    (_, regex) => {
      // A sticky regex is tried at one position only: check it anchored there.
      const source = regex.flags.includes("y") ? `^(?:${regex.source})` : regex.source;
      const result = checkSync(source, regex.flags.replace(/[gy]/g, ""), { timeout: 20_000 });
      if (result.status === "vulnerable") {
        throw new Error(`${regex.where}: /${regex.source}/${regex.flags} is ${result.complexity.type}-time on ${JSON.stringify(result.attack.pattern)}`);
      }
      expect(result.status, `${regex.where}: ${result.status === "unknown" ? String(result.error.kind) : ""}`).toBe("safe");
    },
    30_000,
  );
});

describe("the functions of @vnpol/parse", () => {
  // The seed articles live beside the repository; where they are absent, the check is skipped.
  const text = existsSync(seeds) ? readdirSync(seeds).map((file) => readFileSync(`${seeds}${file}`, "utf8")).join("\n\n") : "";
  const functions = (Object.entries(parse) as Array<[string, unknown]>).filter(
    (entry): entry is [string, (input: string) => unknown] => typeof entry[1] === "function" && /^(find|extract|normalize|clean)/.test(entry[0]),
  );

  it.skipIf(text.length === 0)("build no regular expression per call", async () => {
    const perCall = await watchRegExpConstruction(() => {
      for (const [, fn] of functions) fn(text);
    });
    expect(perCall.map((r) => `${r.where}: /${r.source}/${r.flags}`)).toEqual([]);
  });
});
