import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain ES module script of the repository, without types
import { budgets, bundleSize } from "../../../scripts/bundle-size.mjs";

interface Budget {
  name: string;
  package: string;
  imports: "*" | string[];
  maxGzipBytes: number;
}

describe.each((budgets() as Budget[]).map((b) => [b.name, b] as const))("size budget: %s", (_, budget) => {
  it("fits, minified and gzipped, in what size-budgets.json allows", async () => {
    const size = await bundleSize(budget.package, budget.imports);
    expect(size.gzipped).toBeLessThanOrEqual(budget.maxGzipBytes);
  });
});

// A user who imports one parser must not pay for another's tables.
const isolation: Array<[string, string[], RegExp]> = [];

describe.each(isolation)("importing %s alone", (name, imports, foreign) => {
  it(`leaves out ${foreign}`, async () => {
    const size = await bundleSize("parse", imports);
    expect(size.code).not.toMatch(foreign);
    expect(name).toBeTruthy();
  });
});
