import fc from "fast-check";
import { PlaceMention } from "@vnpol/schema";
import { describe, expect, it } from "vitest";
import { expectLinearTime } from "../../test/linear-time";
import { normalize } from "../normalize";
import { findPlaces } from "./find-places";
import { resolveProvince } from "./resolve-province";

describe("findPlaces", () => {
  it("reads three words opening with a family name after the title of a unit's head as the head's name (corpus)", () => {
    expect(findPlaces("Theo Chủ tịch xã Đào Quốc Khởi thì do chịu")).toEqual([]);
    expect(findPlaces("Chủ tịch UBND xã Nguyễn Văn Tiên cho biết")).toEqual([]);
    // a unit's name of two words, a title set apart after its holder's name, or another name after it: the unit's
    expect(findPlaces("Chủ tịch xã Trung Hải cho biết").map((m) => m.name)).toEqual(["Trung Hải"]);
    expect(findPlaces("Lê Quốc Cường, Chủ tịch UBND phường Phạm Ngũ Lão, để hạn chế").map((m) => m.name)).toEqual(["Phạm Ngũ Lão"]);
    expect(findPlaces("Chủ tịch UBND phường Nguyễn Thái Bình Lê Văn An cho biết").map((m) => m.name)).toEqual(["Nguyễn Thái Bình"]);
    expect(findPlaces("tại xã Đào Quốc Khởi").map((m) => m.name)).toEqual(["Đào Quốc Khởi"]);
  });

  it("reads the names listed after a plural type word as units of that type (corpus)", () => {
    const read = (text: string) => findPlaces(text).map((m) => [m.text, m.name, m.type]);
    expect(read("thuộc các huyện Hòn Đất, Châu Thành, Giồng Riềng và Gò Quao.")).toEqual([
      ["huyện Hòn Đất", "Hòn Đất", "district"],
      ["Châu Thành", "Châu Thành", "district"],
      ["Giồng Riềng", "Giồng Riềng", "district"],
      ["Gò Quao", "Gò Quao", "district"],
    ]);
    expect(read("hai xã Long Hòa và Long Hưng bị ngập").map(([, name]) => name)).toEqual(["Long Hòa", "Long Hưng"]);
    // without a plural, `và` may join anything; a body or a province ends the list
    expect(read("huyện Sóc Sơn và Mê Linh").map(([, name]) => name)).toEqual(["Sóc Sơn"]);
    expect(read("giáp ranh hai huyện Nam Giang và Đông Giang, Cục Kiểm lâm đã").map(([, name]) => name)).toEqual(["Nam Giang", "Đông Giang"]);
    expect(read("các xã Phước Lộc, Phước Công, tỉnh Quảng Nam").map(([, name]) => name)).toEqual(["Phước Lộc", "Phước Công", "Quảng Nam"]);
    // numbered units listed by their numbers (corpus), but not a count before another type word
    expect(read("qua các quận 1, 3, 10, Tân Bình, Phú Nhuận").map(([, name]) => name)).toEqual(["1", "3", "10", "Tân Bình", "Phú Nhuận"]);
    expect(read("sẽ chỉ còn 2 quận Long Biên, Hoàng Mai và 5 huyện Đông Anh").map(([, name]) => name)).toEqual(["Long Biên", "Hoàng Mai", "Đông Anh"]);
  });

  it("gives a unit the parent that the address after it writes, and no other (corpus)", () => {
    const parents = (text: string) => findPlaces(text, { asOf: "2021-04-27" }).map((m) => [m.name, m.parent]);
    expect(parents("tại xóm Roòng Khoa, xã Điềm Mặc, huyện Định Hóa, tỉnh Thái Nguyên, tại cuộc họp")).toEqual([
      ["Điềm Mặc", "Định Hóa"],
      ["Định Hóa", "Thái Nguyên"],
      ["Thái Nguyên", null],
    ]);
    expect(parents("Công an phường Mường Thanh (TP.Điện Biên Phủ, tỉnh Điện Biên)")).toEqual([
      ["Mường Thanh", "Điện Biên Phủ"],
      ["Điện Biên Phủ", "Điện Biên"],
      ["Điện Biên", null],
    ]);
    expect(parents("Công an huyện Kỳ Sơn (Nghệ An) bàn")).toEqual([["Kỳ Sơn", "Nghệ An"], ["Nghệ An", null]]);
    // two spaces or a no-break space in the gap, as pages write it
    expect(parents("một hộ dân tại huyện Ba Tơ  (Quảng Ngãi) đã")).toEqual([["Ba Tơ", "Quảng Ngãi"], ["Quảng Ngãi", null]]);
    expect(parents("xã Điềm Mặc,\u00a0huyện Định Hóa")).toEqual([["Điềm Mặc", "Định Hóa"], ["Định Hóa", null]]);
    // a dash, as the press of the South writes an address
    expect(parents("cây xăng đường Cách Mạng Tháng Tám, Q.3 - TPHCM)")).toEqual([["3", "Thành phố Hồ Chí Minh"], ["Thành phố Hồ Chí Minh", null]]);
    expect(parents("UBND xã Lợi Bình Nhơn, thị xã Tân An- Long An phối hợp")).toEqual([["Lợi Bình Nhơn", "Tân An"], ["Tân An", "Long An"], ["Long An", null]]);
    // a line between them is no address
    expect(parents("huyện Ba Tơ\n(Quảng Ngãi)")).toEqual([["Ba Tơ", null], ["Quảng Ngãi", null]]);
    // a unit of the same or a lower tier after it is no parent, nor one further on
    expect(parents("các tỉnh Hà Giang, Cao Bằng, huyện Mèo Vạc")).toEqual([["Hà Giang", null], ["Cao Bằng", null], ["Mèo Vạc", null]]);
    expect(parents("xã Long Hòa và thị trấn Cần Thạnh")).toEqual([["Long Hòa", null], ["Cần Thạnh", null]]);
    expect(parents("tuyến Hà Nội - Hải Phòng")).toEqual([["Hà Nội", null], ["Hải Phòng", null]]);
    expect(parents("huyện Bắc Mê là nơi, tỉnh Hà Giang")).toEqual([["Bắc Mê", null], ["Hà Giang", null]]);
    // a parent the table knows is kept
    expect(parents("TP Huế, Thừa Thiên Huế")).toEqual([["Huế", "Thừa Thiên Huế"], ["Thừa Thiên Huế", null]]);
  });

  it("leaves out a Chinese province that shares its name with a Vietnamese one, not a province listed before a neighbour (corpus)", () => {
    expect(findPlaces("ở phía nam thành phố Thương Khâu, tỉnh Hà Nam, Trung Quốc").map((m) => m.name)).toEqual([]);
    expect(findPlaces("Hà Nam (Trung Quốc) có").map((m) => m.name)).toEqual([]);
    expect(findPlaces("tỉnh Hà Nam, Việt Nam").map((m) => m.name)).toEqual(["Hà Nam"]);
    expect(findPlaces("Vĩnh Long, TP Cần Thơ, Kiên Giang, Campuchia và").map((m) => m.name)).toEqual(["Vĩnh Long", "Cần Thơ", "Kiên Giang"]);
  });

  it("ends a bare name before a photo's credit run into its caption (`Cần Thơ Ảnh: TTXVN`), not before a capital that goes on with it (corpus)", () => {
    expect(findPlaces("Hội nghị Phòng chống cúm gia cầm ở Cần Thơ Ảnh: TTXVN").map((m) => m.name)).toEqual(["Cần Thơ"]);
    expect(findPlaces("ở Cần Thơ Ảnh Đẹp")).toEqual([]);
  });

  it("reads TX, thị xã written short, as a town, with the parent its address gives (corpus)", () => {
    expect(findPlaces("vùng thấp lụt ở TX Hội An (Quảng Nam) được").map((m) => [m.text, m.name, m.type, m.parent])).toEqual([
      ["TX Hội An", "Hội An", "town", "Quảng Nam"],
      ["Quảng Nam", "Quảng Nam", "province", null],
    ]);
    expect(findPlaces("HTX Vận tải số 1")).toEqual([]);
  });

  it("reads BR-VT after tỉnh as Bà Rịa - Vũng Tàu (corpus)", () => {
    expect(findPlaces("Dự kiến, tỉnh BR-VT sẽ đón khoảng 8.000 khách").map((m) => [m.text, m.name])).toEqual([["tỉnh BR-VT", "Bà Rịa - Vũng Tàu"]]);
  });

  it("resolves tỉnh Bình Dương as of the article's date", () => {
    const [in2021] = findPlaces("UBND tỉnh Bình Dương", { asOf: "2021-07-13" });
    expect(in2021).toMatchObject({ text: "tỉnh Bình Dương", name: "Bình Dương", type: "province", validUntil: null, successor: null });
    const [in2025] = findPlaces("UBND tỉnh Bình Dương", { asOf: new Date("2025-08-01T00:00:00+07:00") });
    expect(in2025).toMatchObject({ validUntil: { year: 2025, month: 6, day: 30 }, successor: "Thành phố Hồ Chí Minh" });
  });

  it("takes the article's date as ref too, as findDates and extract name it; asOf wins over ref", () => {
    expect(findPlaces("cố đô Huế", { ref: "2005-01-01" })[0]).toMatchObject({ name: "Huế", type: "provincial-city", parent: "Thừa Thiên Huế" });
    expect(findPlaces("cố đô Huế", { ref: "2005-01-01", asOf: "2025-08-01" })[0]).toMatchObject({ name: "Huế", type: "centrally-run-city" });
  });

  it("keeps validity unknown when a name had two forms and no date is given", () => {
    expect(findPlaces("tỉnh Tuyên Quang")[0]).toMatchObject({ name: "Tuyên Quang", validFrom: null, validUntil: null, successor: null });
    expect(findPlaces("tỉnh Tuyên Quang", { asOf: "2025-07-01" })[0]).toMatchObject({ validFrom: { year: 2025, month: 7, day: 1 } });
    expect(findPlaces("tỉnh Tuyên Quang", { asOf: "not a date" })[0]).toMatchObject({ validFrom: null });
  });

  it("gives the same result for old-style tone marks, NFD and entities, with offsets into the input", () => {
    const styles = ["tỉnh Thanh Hóa, tỉnh Khánh Hòa", "tỉnh Thanh Hoá, tỉnh Khánh Hoà", "tỉnh Thanh Hóa, tỉnh Khánh Hòa".normalize("NFD"), "tỉnh&nbsp;Thanh Hoá, tỉnh  Khánh Hoà"];
    for (const input of styles) {
      const found = findPlaces(input);
      expect(found.map((m) => m.name)).toEqual(["Thanh Hóa", "Khánh Hòa"]);
      for (const m of found) expect(input.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it("marks districts as ended after the 2025 reform, and communes as unknown", () => {
    const [district, commune] = findPlaces("huyện Bắc Mê, xã Yên Phong", { asOf: "2025-09-02" });
    expect(district?.validUntil).toEqual({ year: 2025, month: 6, day: 30 });
    expect(commune?.validUntil).toBeNull();
  });

  it("resolves names alone", () => {
    expect(resolveProvince("Đắc Lắc")?.name).toBe("Đắk Lắk");
    expect(resolveProvince("Hà Tây", { asOf: "2009-01-01" })?.successor).toBe("Hà Nội");
    expect(resolveProvince("Atlantis")).toBeNull();
    expect(resolveProvince("TP.HCM")?.name).toBe("Thành phố Hồ Chí Minh");
    expect(resolveProvince("tỉnh Bình Dương", { asOf: "2025-08-01" })?.successor).toBe("Thành phố Hồ Chí Minh");
    expect(resolveProvince("Hồ Chí Minh")).toBeNull();
  });

  const pieces = fc.constantFrom(
    "tỉnh ", "Tỉnh ", "thành phố ", "TP.", "TP ", "huyện ", "xã ", "phường ", "quận ", "thị xã ", "Bình Dương", "Hà Nội", "Hồ Chí Minh", "HCM", "TPHCM",
    "Bà Rịa", " - ", "Vũng Tàu", "Thừa Thiên", "Huế", "ông ", "đường ", "điểm cầu ", "1", " ", ", ", "\n", "\u00a0", "&amp;", "hoà", "Ủy", "Nguyễn ",
  );
  const inputs = fc.array(fc.oneof(pieces, fc.string(), fc.string({ unit: "grapheme" })), { maxLength: 40 }).map((parts) => parts.join(""));

  it("never throws, slices the input and validates against PlaceMention", () => {
    fc.assert(
      fc.property(inputs, fc.constantFrom(undefined, "2005-01-01", "2021-07-13", "2025-08-01"), (input, asOf) => {
        const found = findPlaces(input, asOf === undefined ? {} : { asOf });
        let last = -1;
        for (const m of found) {
          expect(input.slice(m.start, m.end)).toBe(m.text);
          expect(m.start).toBeGreaterThanOrEqual(last);
          last = m.end;
          PlaceMention.parse(m);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("gives the same places for old-style tone marks and for NFD input", () => {
    const meaning = (input: string) => findPlaces(input, { asOf: "2021-07-13" }).map(({ start, end, text, ...place }) => place);
    fc.assert(
      fc.property(inputs, (input) => {
        const expected = meaning(input);
        // The old-style pass also decodes entities, which would decode `&amp;lt;` twice.
        if (!input.includes("&")) expect(meaning(normalize(input, { toneStyle: "old" }))).toEqual(expected);
        expect(meaning(input.normalize("NFD"))).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it("stays linear on adversarial input", () => {
    expectLinearTime(findPlaces, "tỉnh Bà Rịa - Vũng Tàu - Hà Nội Nguyễn Bình Dương thành phố Hồ Chí Minh xã ");
  });
});
