import { OfficialMention, OrganizationMention } from "@vnpol/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalize } from "../normalize";
import { findOrganizations } from "../organizations/find-organizations";
import { findOfficials } from "./find-officials";
import { parseTitle } from "./parse-title";

// Pieces of real title syntax, so that random text reaches deep into the parsers.
const PIECES = [
  "đồng chí ", "Đồng chí ", "Đ/c ", "đ/c ", "ông ", "Ông ", "bà ", "Các đồng chí: ", "các đồng chí ", "nguyên ", "đồng ",
  "Nguyễn Văn Lộc", "Lê Mạnh Cường", "Bùi Thị Minh Hoài", "Y-Ngông Niê Kđăm", "Trần", "Hà Tĩnh", "Bà Rịa - Vũng Tàu",
  "Phó ", "Bí thư ", "Chủ tịch ", "Thường trực ", "thường trực ", "Trưởng Ban ", "UVTV", "UVBTV ", "Ủy viên ", "Uỷ viên ", "dự khuyết ",
  "Tỉnh ủy", "Tỉnh uỷ", "Huyện uỷ", "Thành ủy ", "HĐND ", "UBND ", "MTTQ ", "Ủy ban Mặt trận Tổ quốc Việt Nam ", "Ban Dân vận ",
  "Trung ương ", "T.Ư ", "TW ", "tỉnh ", "huyện ", "xã ", "TP.HCM ", "Bộ Chính trị", "Ban Bí thư", "Thủ tướng ", "Chủ tịch nước ",
  "Đại tướng ", "TS. ", "các ", "được bầu làm ", "thôi giữ chức ", "khóa XV", "khoá ",
  ", ", "; ", ": ", " - ", "(", ")", ".", "\n", "&amp;", "&nbsp;", "\u00a0", "  ", "\u200b", "Ð", "x", "́", "̀",
];
const piece = fc.constantFrom(...PIECES);
const fragment = fc.oneof(piece, piece, piece, fc.string({ maxLength: 4 }));
const vietnamese = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(""));

// Old-style tone marks written back into new-style text: the parsers must not care.
const toOldStyle = (text: string) => normalize(text, { toneStyle: "old" });
/** What a mention says, without where it is. */
const meaning = (m: OfficialMention) => ({ person: m.person, former: m.former, positions: m.positions });

describe("findOfficials and findOrganizations properties", () => {
  it("never throw, and every offset slices the input as given", () => {
    fc.assert(
      fc.property(vietnamese, (text) => {
        for (const m of [...findOfficials(text), ...findOrganizations(text)]) {
          expect(text.slice(m.start, m.end)).toBe(m.text);
        }
        parseTitle(text);
      }),
      { numRuns: 150 },
    );
  });

  it("return mentions in text order that validate against the schemas", () => {
    fc.assert(
      fc.property(vietnamese, (text) => {
        const officials = findOfficials(text);
        for (let k = 1; k < officials.length; k++) expect(officials[k]!.start).toBeGreaterThanOrEqual(officials[k - 1]!.end);
        for (const m of officials) expect(OfficialMention.safeParse(m).success).toBe(true);
        for (const m of findOrganizations(text)) expect(OrganizationMention.safeParse(m).success).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it("give the same result for old-style and new-style tone marks", () => {
    fc.assert(
      fc.property(vietnamese, (text) => {
        const newStyle = normalize(text);
        const oldStyle = toOldStyle(newStyle);
        // Same length either way, so even the offsets agree.
        expect(findOfficials(oldStyle).map((m) => ({ ...meaning(m), start: m.start, end: m.end }))).toEqual(
          findOfficials(newStyle).map((m) => ({ ...meaning(m), start: m.start, end: m.end })),
        );
        expect(findOrganizations(oldStyle).map((m) => m.name)).toEqual(findOrganizations(newStyle).map((m) => m.name));
      }),
      { numRuns: 100 },
    );
  });

  it("give the same result for NFC and NFD input", () => {
    fc.assert(
      fc.property(vietnamese, (text) => {
        const nfc = text.normalize("NFC");
        const nfd = text.normalize("NFD");
        expect(findOfficials(nfd).map(meaning)).toEqual(findOfficials(nfc).map(meaning));
        for (const m of findOfficials(nfd)) expect(nfd.slice(m.start, m.end)).toBe(m.text);
        expect(findOrganizations(nfd).map((m) => m.name)).toEqual(findOrganizations(nfc).map((m) => m.name));
      }),
      { numRuns: 100 },
    );
  });

  it("an old-style, NFD seed sentence gives the seed's official", () => {
    const seed = "đồng chí Lê Mạnh Cường, Phó Bí thư Thường trực Huyện uỷ, Chủ tịch HĐND huyện";
    const [m] = findOfficials(toOldStyle(seed).normalize("NFD"));
    expect(m?.person).toBe("Lê Mạnh Cường");
    expect(m?.positions.map((p) => p.body)).toEqual(["Huyện ủy", "Hội đồng nhân dân huyện"]);
  });
});
