import { describe, expect, it } from "vitest";
import { VnpolParseError } from "../errors";
import { formatDocumentNumber, formatDocumentNumberOrThrow, parseDocumentNumber, parseDocumentNumberOrThrow } from "./document-number";

const party = (number: string, kindCode: string, issuerCode: string, unitCode: string | null = null) => ({ system: "party", number, year: null, kindCode, issuerCode, unitCode });
const state = (number: string, year: number | null, kindCode: string | null, issuerCode: string | null, unitCode: string | null = null) => ({
  system: "state",
  number,
  year,
  kindCode,
  issuerCode,
  unitCode,
});

describe("parseDocumentNumber: Party symbols (Hướng dẫn 36-HD/VPTW)", () => {
  it.each([
    ["269-QĐ/TU", party("269", "QĐ", "TU")],
    ["01-HD/BDVTW", party("01", "HD", "BDVTW")],
    ["09-NQ/TW", party("09", "NQ", "TW")],
    ["66-QĐ/TW", party("66", "QĐ", "TW")],
    ["36-HD/VPTW", party("36", "HD", "VPTW")],
    ["03-CTr/TU", party("03", "CTr", "TU")],
    ["112-CV/TU", party("112", "CV", "TU")],
    ["45-CT/TW-BCS", party("45", "CT", "TW", "BCS")],
  ])("%s", (symbol, expected) => {
    expect(parseDocumentNumber(symbol)).toEqual(expected);
  });

  it.each([
    ["01 - HD/BTGTW", party("01", "HD", "BTGTW")], // spaces around the dash
    ["181- QĐ/TW", party("181", "QĐ", "TW")],
    ["11– CT/TU", party("11", "CT", "TU")], // en dash
    ["269-QÐ/TU", party("269", "QĐ", "TU")], // Ð (U+00D0) for Đ
    ["12-QĐI/TW", party("12", "QĐi", "TW")], // all caps
    ["40-CT/ T.Ư", party("40", "CT", "TW")], // T.Ư for TW
    ["Số: 269-QĐ/TU", party("269", "QĐ", "TU")],
  ])("loose writing %s", (symbol, expected) => {
    expect(parseDocumentNumber(symbol)).toEqual(expected);
  });
});

describe("parseDocumentNumber: State symbols (Nghị định 30/2020/NĐ-CP, Luật BHVB QPPL)", () => {
  it.each([
    ["30/2020/NĐ-CP", state("30", 2020, "NĐ", "CP")],
    ["01/2021/TT-BNV", state("01", 2021, "TT", "BNV")],
    ["10/2022/QH15", state("10", 2022, null, "QH15")], // a law: no kind code
    ["80/2015/QH13", state("80", 2015, null, "QH13")],
    ["34/2007/PL-UBTVQH11", state("34", 2007, "PL", "UBTVQH11")],
    ["1656/NQ-UBTVQH15", state("1656", null, "NQ", "UBTVQH15")],
    ["447/QĐ-TTg", state("447", null, "QĐ", "TTg")],
    ["4912/UBND-NC", state("4912", null, null, "UBND", "NC")], // a công văn: no kind code
    ["01/2011/TTLT-BNV-BTC", state("01", 2011, "TTLT", "BNV-BTC")], // joint: every issuer
    ["217/2004/QĐ-UB-ĐT", state("217", 2004, "QĐ", "UB", "ĐT")],
    ["51/CP", state("51", null, null, "CP")],
    ["64-CP", state("64", null, null, "CP")], // before 1997
  ])("%s", (symbol, expected) => {
    expect(parseDocumentNumber(symbol)).toEqual(expected);
  });

  it.each([
    ["30/2020/NÐ – CP", state("30", 2020, "NĐ", "CP")],
    ["66/2002/NĐ- CP", state("66", 2002, "NĐ", "CP")],
    ["23/2003 QH11", state("23", 2003, null, "QH11")], // slash dropped after the year
    ["571/2004/QĐ/CTN", state("571", 2004, "QĐ", "CTN")], // slash for dash
    ["28/TTG-KTTH", state("28", null, null, "TTg", "KTTH")],
    ["20/2005/QĐ-BGD&amp;ĐT", state("20", 2005, "QĐ", "BGD&ĐT")], // entity left by a scraper
  ])("loose writing %s", (symbol, expected) => {
    expect(parseDocumentNumber(symbol)).toEqual(expected);
  });
});

describe("parseDocumentNumber: not symbols", () => {
  it.each(["", "hello", "24/6/2022", "443/455", "0912-345-678", "Covid-19", "2021-2026", "số", "30/2020", "Nghị quyết 68", "269-QĐ/TU và", "7/1998 Kiến"])(
    "%j is null",
    (text) => {
      expect(parseDocumentNumber(text)).toBeNull();
    },
  );
});

describe("parseDocumentNumberOrThrow", () => {
  it("returns the parts of a symbol", () => {
    expect(parseDocumentNumberOrThrow("01-HD/BDVTW").issuerCode).toBe("BDVTW");
  });
  it("throws a VnpolParseError that says what was expected", () => {
    expect(() => parseDocumentNumberOrThrow("ngày 24/6/2022")).toThrow(VnpolParseError);
    expect(() => parseDocumentNumberOrThrow("ngày 24/6/2022")).toThrow(/document number such as 269-QĐ\/TU/);
  });
});

describe("formatDocumentNumber", () => {
  it.each([
    ["01 - HD/BTGTW", "01-HD/BTGTW"],
    ["Số: 30/2020/NÐ – CP", "30/2020/NĐ-CP"],
    ["12-QĐI/TW", "12-QĐi/TW"],
    ["23/2003 QH11", "23/2003/QH11"],
    ["4912/UBND-NC", "4912/UBND-NC"],
    ["45-CT/TW-BCS", "45-CT/TW-BCS"],
  ])("%s is written %s", (written, canonical) => {
    expect(formatDocumentNumber(parseDocumentNumber(written)!)).toBe(canonical);
  });

  it("gives an empty string for a reference without a symbol (Chỉ thị 43)", () => {
    const ref = { system: null, kind: "Chỉ thị", kindCode: null, number: "43", year: null, issuerCode: null, issuer: null, unitCode: null, date: null, symbol: null };
    expect(formatDocumentNumber(ref)).toBe("");
    expect(() => formatDocumentNumberOrThrow(ref)).toThrow(VnpolParseError);
  });
});
