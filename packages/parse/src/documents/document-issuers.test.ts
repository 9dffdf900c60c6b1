import { describe, expect, it } from "vitest";
import { canonicalIssuerCode, documentIssuers, expandIssuerCode, issuerCodeOf } from "./document-issuers";

describe("expandIssuerCode", () => {
  it.each([
    ["BDVTW", "Ban Dân vận Trung ương"],
    ["CP", "Chính phủ"],
    ["TTg", "Thủ tướng Chính phủ"],
    ["QH15", "Quốc hội khóa XV"],
    ["QH13", "Quốc hội khóa XIII"],
    ["UBTVQH11", "Ủy ban Thường vụ Quốc hội khóa XI"],
    ["TW", "Trung ương"],
    ["BNV", "Bộ Nội vụ"],
    // the older symbol on the ministry's dispatches (corpus: 2444/BKH-KTĐN)
    ["BKH", "Bộ Kế hoạch và Đầu tư"],
  ])("%s → %s", (code, name) => {
    expect(expandIssuerCode(code)).toBe(name);
  });

  it.each(["TU", "BDVTU"])("%s is null: Tỉnh ủy or Thành ủy, the code alone does not say", (code) => {
    expect(expandIssuerCode(code)).toBeNull();
  });

  it("is null for a code it does not know", () => {
    expect(expandIssuerCode("XYZ")).toBeNull();
  });
});

describe("issuerCodeOf", () => {
  it.each([
    ["Ban Dân vận Trung ương", "BDVTW"],
    ["Quốc hội khóa XV", "QH15"],
    ["Ủy ban Thường vụ Quốc hội khóa XI", "UBTVQH11"],
    ["Thành ủy", "TU"],
    ["Tỉnh ủy", "TU"],
    ["Bộ Chính trị", "TW"],
    ["ban bí thư", "TW"],
    ["Chính phủ", "CP"],
  ])("%s → %s", (name, code) => {
    expect(issuerCodeOf(name)).toBe(code);
  });

  it("is null for a body it does not know", () => {
    expect(issuerCodeOf("Hội Nông dân")).toBeNull();
  });

  it("takes back every unshared name it gives", () => {
    for (const issuer of documentIssuers) {
      const name = expandIssuerCode(issuer.code);
      if (name !== null) expect(expandIssuerCode(issuerCodeOf(name)!)).toBe(name);
    }
  });
});

describe("canonicalIssuerCode", () => {
  it.each([
    ["TTG", "TTg"],
    ["T.Ư", "TW"],
    ["TƯ", "TW"],
    ["qh15", "QH15"],
    ["ABC", "ABC"],
  ])("%s → %s", (written, code) => {
    expect(canonicalIssuerCode(written)).toBe(code);
  });
});

describe("documentIssuers table", () => {
  it("names its official source on every row", () => {
    for (const issuer of documentIssuers) expect(issuer.source.length, issuer.code).toBeGreaterThan(10);
  });
  it("has each code once per system", () => {
    const keys = documentIssuers.map((i) => `${i.system}:${i.code}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
