import { Membership } from "@vnpol/schema";
import { describe, expect, it } from "vitest";
import { findOfficials } from "./find-officials";
import { findMemberships, membershipsOf } from "./memberships";

/** Person, role, body, level and former of each membership, in order. */
const posts = (text: string) => findMemberships(text).map((m) => [m.person.name, m.post.role, m.post.body, m.post.level, m.former]);

describe("membershipsOf / findMemberships", () => {
  it("gives a post written without its body the body the article gives the same person in the same role (corpus)", () => {
    // unc-news_society_101: the minister is named with her ministry once, then by her title alone.
    const text = "Bộ trưởng Nội vụ Phạm Thị Thanh Trà cho biết. Theo Bộ trưởng Phạm Thị Thanh Trà, việc sắp xếp";
    expect(findOfficials(text).map((m) => m.positions[0]!.body)).toEqual(["Bộ Nội vụ", null]);
    expect(posts(text)).toEqual([["Phạm Thị Thanh Trà", "Bộ trưởng", "Bộ Nội vụ", "central", false]]);
    // written the other way round, the first mention takes the body named later
    expect(posts("Bộ trưởng Phạm Thị Thanh Trà cho biết. Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà nói")).toEqual([
      ["Phạm Thị Thanh Trà", "Bộ trưởng", "Bộ Nội vụ", "central", false],
    ]);
  });

  it("keeps a post without a body when the article names none for it, and joins no one by a part of the name", () => {
    expect(posts("Bộ trưởng Phan Văn Giang dự họp. Ông Giang, Bộ trưởng Bộ Quốc phòng")).toEqual([
      ["Phan Văn Giang", "Bộ trưởng", null, null, false],
      ["Giang", "Bộ trưởng", "Bộ Quốc phòng", "central", false],
    ]);
  });

  it("guesses nothing when the article gives the role two bodies, and keeps both", () => {
    const text = "Phó Chủ tịch UBND tỉnh Nguyễn Văn An và Phó Chủ tịch HĐND tỉnh Nguyễn Văn An. Phó Chủ tịch Nguyễn Văn An nói";
    expect(posts(text)).toEqual([
      ["Nguyễn Văn An", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh", "province", false],
      ["Nguyễn Văn An", "Phó Chủ tịch", "Hội đồng nhân dân tỉnh", "province", false],
    ]);
  });

  it("fills a post that fixes its level only with a body of that level", () => {
    // `Chủ tịch xã` fixes the commune's tier; the province's committee is another post.
    const text = "Chủ tịch UBND tỉnh Lê Văn Bình dự. Chủ tịch xã Trung Hải Lê Văn Bình cho biết. Phó chủ tịch tỉnh Trần Văn Hòa và Phó Chủ tịch UBND tỉnh Trần Văn Hòa";
    expect(posts(text)).toEqual([
      ["Lê Văn Bình", "Chủ tịch", "Ủy ban nhân dân tỉnh", "province", false],
      ["Lê Văn Bình", "Chủ tịch", null, "commune", false],
      ["Trần Văn Hòa", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh", "province", false],
    ]);
  });

  it("takes a bare post for the person's only post of a longer role that begins with it (corpus)", () => {
    expect(posts("Chủ tịch nước Trần Đức Lương đến thăm. Chủ tịch Trần Đức Lương nói")).toEqual([["Trần Đức Lương", "Chủ tịch nước", null, "central", false]]);
    // a post of the same role with its body comes first: the bare `Chủ tịch` is the Quốc hội's, as written
    expect(posts("Chủ tịch nước Trần Đức Lương và Chủ tịch Quốc hội Trần Đức Lương. Chủ tịch Trần Đức Lương nói")).toEqual([
      ["Trần Đức Lương", "Chủ tịch nước", null, "central", false],
      ["Trần Đức Lương", "Chủ tịch", "Quốc hội", "central", false],
    ]);
  });

  it("keeps a bare post when the person has two longer roles that begin with it", () => {
    const text = "Phó Chủ tịch nước Lê Văn Hải dự. Ông Lê Văn Hải, Phó Chủ tịch Thường trực Hội Nông dân Việt Nam. Phó Chủ tịch Lê Văn Hải nói";
    expect(posts(text).map(([, role, body]) => [role, body])).toEqual([
      ["Phó Chủ tịch nước", null],
      ["Phó Chủ tịch Thường trực", "Hội Nông dân Việt Nam"],
      ["Phó Chủ tịch", null],
    ]);
  });

  it("takes a body written without its place for the person's only body of that role with one (corpus)", () => {
    // unc-news_society_043: the city's Party secretary, named with the city once
    const text = "Bí thư Thành ủy TPHCM Nguyễn Văn Nên dự. Bí thư Thành ủy Nguyễn Văn Nên nhấn mạnh. Bí thư Nguyễn Văn Nên nói";
    expect(posts(text)).toEqual([["Nguyễn Văn Nên", "Bí thư", "Thành ủy Thành phố Hồ Chí Minh", "province", false]]);
    // two cities: which one is not known
    expect(posts("Bí thư Thành ủy Hà Nội Lê Văn An và Bí thư Thành ủy Huế Lê Văn An. Bí thư Thành ủy Lê Văn An nói").map(([, , body]) => body)).toEqual([
      "Thành ủy Hà Nội",
      "Thành ủy Huế",
      "Thành ủy",
    ]);
  });

  it("joins bodies written in other cases, and an office written with its country elsewhere (corpus)", () => {
    // `UBND TP` gives `thành phố` in lower case; `UBND TPHCM` the city's full name
    expect(posts("Chủ tịch UBND TPHCM Lê Thanh Hải dự. Chủ tịch UBND TP Lê Thanh Hải nói")).toEqual([
      ["Lê Thanh Hải", "Chủ tịch", "Ủy ban nhân dân Thành phố Hồ Chí Minh", "province", false],
    ]);
    // vntc-test-XH_VNE_T_7251: China's head of state, written once with his country, is not Vietnam's
    const text = "Tổng Bí thư Ban chấp hành Trung ương Đảng Cộng sản Trung Quốc, Chủ tịch nước Cộng hòa Nhân dân Trung Hoa Hồ Cẩm Đào sang thăm. Chủ tịch nước Hồ Cẩm Đào nói";
    expect(posts(text).filter(([, role]) => role === "Chủ tịch nước").map(([, , body, level]) => [body, level])).toEqual([["Cộng hòa Nhân dân Trung Hoa", null]]);
  });

  it("keeps a former post apart from a current one, and leaves out posts with no name", () => {
    expect(posts("nguyên Chủ tịch nước Trương Tấn Sang và Chủ tịch nước Trương Tấn Sang; đồng chí Phó Bí thư Thường trực Tỉnh ủy ghi nhận")).toEqual([
      ["Trương Tấn Sang", "Chủ tịch nước", null, "central", true],
      ["Trương Tấn Sang", "Chủ tịch nước", null, "central", false],
    ]);
  });

  it("dates each membership by the article's day, and by nothing without one", () => {
    const text = "đồng chí Trần Thế Dũng, Phó Bí thư Thường trực Tỉnh ủy";
    expect(findMemberships(text, { ref: "2022-12-27" })[0]?.asOf).toEqual({ year: 2022, month: 12, day: 27 });
    // 20:00 UTC on 26 December is already the 27th in Vietnam
    expect(findMemberships(text, { ref: new Date("2022-12-26T20:00:00Z") })[0]?.asOf).toEqual({ year: 2022, month: 12, day: 27 });
    expect(findMemberships(text)[0]?.asOf).toBeNull();
    expect(findMemberships(text, { ref: "27/12/2022" })[0]?.asOf).toBeNull();
  });

  it("gives memberships that validate against the schema, one per person and post", () => {
    const text = "Các đồng chí: Phạm Văn Hậu, Phó Bí thư Thường trực Tỉnh ủy; Nguyễn Long Biên, UVTV Tỉnh ủy, Phó Chủ tịch UBND tỉnh dự hội nghị. Đồng chí Phạm Văn Hậu, Phó Bí thư Thường trực Tỉnh ủy phát biểu";
    const memberships = membershipsOf(findOfficials(text), { ref: "2021-01-14" });
    expect(memberships.map((m) => [m.person.name, m.post.role])).toEqual([
      ["Phạm Văn Hậu", "Phó Bí thư Thường trực"],
      ["Nguyễn Long Biên", "Ủy viên Ban Thường vụ"],
      ["Nguyễn Long Biên", "Phó Chủ tịch"],
    ]);
    for (const membership of memberships) expect(Membership.safeParse(membership).success).toBe(true);
  });
});
