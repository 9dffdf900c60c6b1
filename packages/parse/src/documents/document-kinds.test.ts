import { describe, expect, it } from "vitest";
import { canonicalKindCode, documentKinds, kindNameOf } from "./document-kinds";

describe("kindNameOf", () => {
  it.each([
    ["NQ", "party", "Nghị quyết"],
    ["KL", "party", "Kết luận"],
    ["QĐi", "party", "Quy định"],
    ["CTr", "party", "Chương trình"],
    ["NĐ", "state", "Nghị định"],
    ["TT", "state", "Thông tư"],
    ["TT", "party", "Thông tri"],
    ["QĐ", "state", "Quyết định"],
    ["QyĐ", "state", "Quy định"],
  ] as const)("%s in a %s symbol is %s", (code, system, name) => {
    expect(kindNameOf(code, system)).toBe(name);
  });

  it("gives no name to a Party QĐ: Quyết định and Quy định both wrote it before 2018", () => {
    expect(kindNameOf("QĐ", "party")).toBeNull();
  });
});

describe("canonicalKindCode", () => {
  it.each([
    ["QĐI", "QĐi"],
    ["CTR", "CTr"],
    ["TTR", "TTr"],
    ["nq", "NQ"],
  ])("%s → %s", (written, code) => {
    expect(canonicalKindCode(written)).toBe(code);
  });
  it("is undefined for an unknown code", () => {
    expect(canonicalKindCode("XYZ")).toBeUndefined();
  });
});

describe("documentKinds table", () => {
  it("names its official source on every row", () => {
    for (const kind of documentKinds) expect(kind.source.length, kind.code).toBeGreaterThan(10);
  });
  it("has each code once per system", () => {
    const keys = documentKinds.map((k) => `${k.system}:${k.code}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
  it("lists every code of Nghị định 30/2020/NĐ-CP, Phụ lục III", () => {
    const codes = "NQ QĐ CT QC QyĐ TC TB HD CTr KH PA ĐA DA BC BB TTr HĐ CĐ BGN BTT GUQ GM GGT GNP PG PC PB".split(" ");
    const state = new Set(documentKinds.filter((k) => k.system === "state").map((k) => k.code));
    for (const code of codes) expect(state.has(code), code).toBe(true);
  });
});
