import { DocumentNumber, DocumentRefMention } from "@vnpol/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalIssuerCode, documentIssuers } from "./document-issuers";
import { canonicalKindCode, documentKinds } from "./document-kinds";
import { formatDocumentNumber, parseDocumentNumber } from "./document-number";
import { findDocumentRefs } from "./find-document-refs";

// Pieces of real references, so random strings often come close to one.
const FRAGMENTS = [
  "Nghị quyết", "Quyết định", "nghị định", "Chỉ thị", "Kết Luận", "Luật", "số", "số:", "Số: ", " ", ", ", "ngày", "của", "Bộ Chính trị", "khóa XI",
  "(khóa X)", "Tỉnh ủy", "Thành uỷ", "UBND tỉnh", "Ban Bí thư", "Chính phủ", "09", "269", "2020", "24/6/2022", "30.11.2021", "-", "–", "/", " - ",
  "QĐ", "QĐI", "NQ", "TW", "TU", "T.Ư", "NĐ-CP", "QH15", "UBND-NC", "Ð", "&amp;", "\u00a0", "\n", "\u0301", "uỷ", "kỷ luật", "5 năm", "443/455",
];
const textish = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 4 }), fc.integer({ min: 0, max: 99999 }).map(String)), { maxLength: 40 }).map((parts) => parts.join(""));
const anyText = fc.oneof(fc.string({ maxLength: 200, unit: "grapheme" }), fc.string({ maxLength: 200, unit: "binary" }), textish);

describe("findDocumentRefs on any string", () => {
  it("never throws, keeps text order, and every mention slices the input and validates", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const refs = findDocumentRefs(text);
        let last = -1;
        for (const ref of refs) {
          expect(ref.start).toBeGreaterThanOrEqual(last);
          last = ref.end;
          expect(text.slice(ref.start, ref.end)).toBe(ref.text);
          expect(DocumentRefMention.safeParse(ref).error).toBeUndefined();
        }
      }),
      { numRuns: 200 },
    );
  });

  it("parseDocumentNumber never throws and returns a valid DocumentNumber or null", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const value = parseDocumentNumber(text);
        if (value !== null) expect(DocumentNumber.safeParse(value).error).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });
});

describe("findDocumentRefs is linear on adversarial input", () => {
  const MB = 1 << 20;
  const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  // CPU time of this process, so a busy machine does not fail the test; the bound is generous:
  // a linear scan of 1 MB takes well under a second, a quadratic one minutes.
  const cpuMs = (run: () => void) => {
    const before = process.cpuUsage();
    run();
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 1000;
  };
  it.each([
    ["digits", "0123456789"],
    ["dashes and slashes", "1-/-/1/-"],
    ["symbols that never end", "1-A/B-C-D-E-F-"],
    ["số and numbers", "Nghị quyết số 1 số 2/ "],
    ["dates and issuers", "1/2021/QĐ-TTg ngày 1/1/2000 của Bộ Chính trị Tỉnh ủy "],
    ["letters", "QĐĐQĐq"],
  ])("%s (64 KB)", (_name, unit) => {
    const text = fill(unit, MB / 16);
    expect(cpuMs(() => findDocumentRefs(text))).toBeLessThan(1000);
  });

  it("1 MB of everything mixed", () => {
    const text = fill("Kết luận số 43-KL/TU, ngày 24/6/2022 của Ban Bí thư (khóa X) 443/455 0912-345-678 số31-QĐ/TW 1-/-/ ", MB);
    let refs: unknown[] = [];
    expect(cpuMs(() => (refs = findDocumentRefs(text)))).toBeLessThan(8000);
    expect(refs.length).toBeGreaterThan(10000);
  });
});

// Document numbers as parseDocumentNumber returns them: canonical codes, parts in their slots.
const randomCode = fc.stringMatching(/^[A-ZĐ][A-ZĐ0-9]{1,5}$/u).map(canonicalIssuerCode);
const nonKindCode = randomCode.filter((code) => canonicalKindCode(code) === undefined);
const number = fc.stringMatching(/^[0-9]{1,5}[a-z]?$/u);
const partyKinds = documentKinds.filter((k) => k.system === "party").map((k) => k.code);
const stateKinds = documentKinds.filter((k) => k.system === "state" && k.code !== "TTLT" && k.code !== "NQLT").map((k) => k.code);
const issuers = documentIssuers.map((i) => i.code).filter((code) => canonicalKindCode(code) === undefined);
const issuer = fc.oneof(fc.constantFrom(...issuers, "QH15", "UBTVQH14"), nonKindCode);

const partyNumber = fc.record({
  system: fc.constant("party" as const),
  number,
  year: fc.constant(null),
  kindCode: fc.oneof(fc.constantFrom(...partyKinds, "QĐ"), nonKindCode),
  issuerCode: fc.oneof(issuer, fc.constantFrom("TW", "TU", "BDVTW")),
  unitCode: fc.option(nonKindCode, { nil: null }),
});
const stateWithKind = fc.record({
  system: fc.constant("state" as const),
  number,
  year: fc.option(fc.integer({ min: 1945, max: 2100 }), { nil: null }),
  kindCode: fc.constantFrom(...stateKinds),
  issuerCode: issuer,
  unitCode: fc.option(nonKindCode, { nil: null }),
});
const stateWithoutKind = fc
  .record({ system: fc.constant("state" as const), number, year: fc.option(fc.integer({ min: 1945, max: 2100 }), { nil: null }), kindCode: fc.constant(null), issuerCode: issuer })
  .chain((value) => fc.record({ unitCode: value.year === null ? fc.option(nonKindCode, { nil: null }) : fc.constant(null) }).map((rest) => ({ ...value, ...rest })));
const joint = fc.record({
  system: fc.constant("state" as const),
  number,
  year: fc.integer({ min: 1945, max: 2100 }),
  kindCode: fc.constantFrom("TTLT", "NQLT"),
  issuerCode: fc.array(issuer, { minLength: 2, maxLength: 3 }).map((codes) => codes.join("-")),
  unitCode: fc.constant(null),
});

describe("formatDocumentNumber round-trips with parseDocumentNumber", () => {
  it("parseDocumentNumber(formatDocumentNumber(x)) equals x", () => {
    fc.assert(
      fc.property(fc.oneof(partyNumber, stateWithKind, stateWithoutKind, joint), (value) => {
        expect(DocumentNumber.safeParse(value).error).toBeUndefined();
        expect(parseDocumentNumber(formatDocumentNumber(value))).toEqual(value);
      }),
      { numRuns: 250 },
    );
  });

  it("formatting is stable: format(parse(format(x))) equals format(x)", () => {
    fc.assert(
      fc.property(fc.oneof(partyNumber, stateWithKind), (value) => {
        const symbol = formatDocumentNumber(value);
        expect(formatDocumentNumber(parseDocumentNumber(symbol)!)).toBe(symbol);
      }),
      { numRuns: 300 },
    );
  });
});
