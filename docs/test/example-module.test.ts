import { describe, expect, it } from "vitest";
import { toExampleModule } from "./example-module";

describe("toExampleModule", () => {
  const example = ['import { parseDateOrThrow } from "@vnpol/parse";', 'parseDateOrThrow("138/138"); // throws VnpolParseError', 'parseDateOrThrow("Ngày 14-1"); // { month: 1, day: 14 }'].join("\n");

  it("points @vnpol/* imports at the package sources", () => {
    expect(toExampleModule(example, "/repo").split("\n")[0]).toBe('import { parseDateOrThrow } from "file:///repo/packages/parse/src/index.ts";');
  });

  it("keeps @vnpol/* imports as they are when run against the built packages", () => {
    expect(toExampleModule(example, "/repo", true).split("\n")[0]).toBe('import { parseDateOrThrow } from "@vnpol/parse";');
  });

  it("points relative imports at the folder of the file the example is in", () => {
    const module = toExampleModule('import { goldenRows } from "./golden-table";', "/repo", false, "packages/parse/src/places/golden-table.ts");
    expect(module).toBe('import { goldenRows } from "file:///repo/packages/parse/src/places/golden-table";');
  });

  it("makes a statement commented `// throws` fail the module when it does not throw", () => {
    const lines = toExampleModule(example, "/repo").split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('try { parseDateOrThrow("138/138"); } catch { threw = true; }');
    expect(lines[2]).toBe('parseDateOrThrow("Ngày 14-1"); // { month: 1, day: 14 }');
  });

  it("runs the rewritten throw check as JavaScript", () => {
    const check = (statement: string) => new Function("f", toExampleModule(`${statement} // throws`, "/repo"));
    expect(() => check("f();")(() => { throw new Error("no"); })).not.toThrow();
    expect(() => check("f();")(() => 1)).toThrow(/expected this to throw/);
  });
});
