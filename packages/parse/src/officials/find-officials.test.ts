import { describe, expect, it } from "vitest";
import { findOfficials } from "./find-officials";

const DISTRICT_PAIR = [
  { role: "Phó Bí thư Thường trực", body: "Huyện ủy", level: "district" },
  { role: "Chủ tịch", body: "Hội đồng nhân dân huyện", level: "district" },
];

/** What a reader checks: the text covered, the name, former, the posts. */
const read = (text: string) => findOfficials(text).map((m) => ({ text: m.text, person: m.person, former: m.former, positions: m.positions }));

describe("findOfficials on the seed articles", () => {
  it("reads no name from the head of a body written with its second word in lower case (`Uỷ ban`) (corpus)", () => {
    expect(findOfficials("Cử tri đề nghị ông Chủ nhiệm, Phó chủ nhiệm Uỷ ban trả lời")).toEqual([]);
  });

  it("seed 003: a name after đồng chí, two posts at district level", () => {
    expect(read("Dự hội nghị có đồng chí Lê Mạnh Cường, Phó Bí thư Thường trực Huyện uỷ, Chủ tịch HĐND huyện; lãnh đạo LĐLĐ tỉnh")).toEqual([
      { text: "Lê Mạnh Cường, Phó Bí thư Thường trực Huyện uỷ, Chủ tịch HĐND huyện", person: "Lê Mạnh Cường", former: false, positions: DISTRICT_PAIR },
    ]);
  });

  it("seed 001: the caption list, one mention per person", () => {
    expect(read("Các đồng chí: Phạm Văn Hậu, Phó Bí thư Thường trực Tỉnh ủy; Nguyễn Long Biên, UVTV Tỉnh ủy, Phó Chủ tịch UBND tỉnh dự hội nghị.")).toEqual([
      { text: "Phạm Văn Hậu, Phó Bí thư Thường trực Tỉnh ủy", person: "Phạm Văn Hậu", former: false, positions: [{ role: "Phó Bí thư Thường trực", body: "Tỉnh ủy", level: "province" }] },
      {
        text: "Nguyễn Long Biên, UVTV Tỉnh ủy, Phó Chủ tịch UBND tỉnh",
        person: "Nguyễn Long Biên",
        former: false,
        positions: [
          { role: "Ủy viên Ban Thường vụ", body: "Tỉnh ủy", level: "province" },
          { role: "Phó Chủ tịch", body: "Ủy ban nhân dân tỉnh", level: "province" },
        ],
      },
    ]);
  });

  it("seed 001: Đồng chí at the start of a sentence, then đồng chí inside one", () => {
    const found = read("Đồng chí Phạm Văn Hậu, Phó Bí thư Thường trực Tỉnh ủy đến dự. Tham dự còn có đồng chí Nguyễn Long Biên, UVTV Tỉnh ủy, Phó Chủ tịch UBND tỉnh; các đồng chí trong Ban Thường vụ Tỉnh ủy");
    expect(found.map((m) => m.person)).toEqual(["Phạm Văn Hậu", "Nguyễn Long Biên"]);
    expect(found[1]?.positions.map((p) => p.role)).toEqual(["Ủy viên Ban Thường vụ", "Phó Chủ tịch"]);
  });

  it("seed 002: Bí thư Trung ương Đảng is a member of the Secretariat", () => {
    expect(read("có đồng chí Bùi Thị Minh Hoài, Bí thư Trung ương Đảng, Trưởng Ban Dân vận Trung ương.")).toEqual([
      {
        text: "Bùi Thị Minh Hoài, Bí thư Trung ương Đảng, Trưởng Ban Dân vận Trung ương",
        person: "Bùi Thị Minh Hoài",
        former: false,
        positions: [
          { role: "Bí thư", body: "Ban Bí thư", level: "central" },
          { role: "Trưởng Ban", body: "Ban Dân vận Trung ương", level: "central" },
        ],
      },
    ]);
  });

  it("seed 002: two officials in one sentence, Đ/c and a bare UVTV", () => {
    const found = read("có đồng chí Võ Văn Minh, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân Tỉnh; Đ/c Nguyễn Văn Lộc, UVTV, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam Tỉnh.");
    expect(found).toEqual([
      {
        text: "Võ Văn Minh, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân Tỉnh",
        person: "Võ Văn Minh",
        former: false,
        positions: [
          { role: "Phó Bí thư", body: "Tỉnh ủy", level: "province" },
          { role: "Chủ tịch", body: "Ủy ban nhân dân tỉnh", level: "province" },
        ],
      },
      {
        text: "Nguyễn Văn Lộc, UVTV, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam Tỉnh",
        person: "Nguyễn Văn Lộc",
        former: false,
        positions: [
          { role: "Ủy viên Ban Thường vụ", body: "Tỉnh ủy", level: "province" },
          { role: "Trưởng Ban", body: "Ban Dân vận Tỉnh ủy", level: "province" },
          { role: "Chủ tịch", body: "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", level: "province" },
        ],
      },
    ]);
  });

  it("seed 000: three central posts, and a former head of state", () => {
    const [tu] = read("- Đồng chí Trần Cẩm Tú, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư, Chủ nhiệm Ủy ban Kiểm tra Trung ương: Dự ngày hội");
    expect(tu?.positions).toEqual([
      { role: "Ủy viên", body: "Bộ Chính trị", level: "central" },
      { role: "Thường trực", body: "Ban Bí thư", level: "central" },
      { role: "Chủ nhiệm", body: "Ủy ban Kiểm tra Trung ương", level: "central" },
    ]);
    expect(read("- Đồng chí Trương Tấn Sang, nguyên Chủ tịch nước dâng hương")).toEqual([
      { text: "Trương Tấn Sang, nguyên Chủ tịch nước", person: "Trương Tấn Sang", former: true, positions: [{ role: "Chủ tịch nước", body: null, level: "central" }] },
    ]);
    const [thanh] = read("phát biểu kết luận, đồng chí Nguyễn Tiến Thành, Phó Bí thư thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh ghi nhận");
    expect(thanh?.positions).toEqual([
      { role: "Phó Bí thư Thường trực", body: "Tỉnh ủy", level: "province" },
      { role: "Chủ tịch", body: "Hội đồng nhân dân tỉnh", level: "province" },
    ]);
  });

  it("seed 004: the misprint `đồng Trần Thế Dũng` still gives the name and post", () => {
    expect(read("Phát biểu chỉ đạo tại Hội nghị, đồng Trần Thế Dũng, Phó Bí thư thường trực Tỉnh ủy khẳng định")).toEqual([
      { text: "Trần Thế Dũng, Phó Bí thư thường trực Tỉnh ủy", person: "Trần Thế Dũng", former: false, positions: [{ role: "Phó Bí thư Thường trực", body: "Tỉnh ủy", level: "province" }] },
    ]);
  });

  it("a post named with no name after đồng chí gives a mention with person null", () => {
    expect(read("Phát biểu chỉ đạo tại hội nghị, đồng chí Phó Bí thư Thường trực Tỉnh ủy ghi nhận")).toEqual([
      { text: "Phó Bí thư Thường trực Tỉnh ủy", person: null, former: false, positions: [{ role: "Phó Bí thư Thường trực", body: "Tỉnh ủy", level: "province" }] },
    ]);
  });
});

describe("findOfficials: forms of writing", () => {
  it("a title before the name", () => {
    expect(read("Chủ tịch UBND tỉnh Hà Tĩnh Võ Kim Cự cho biết")).toEqual([
      { text: "Chủ tịch UBND tỉnh Hà Tĩnh Võ Kim Cự", person: "Võ Kim Cự", former: false, positions: [{ role: "Chủ tịch", body: "Ủy ban nhân dân tỉnh Hà Tĩnh", level: "province" }] },
    ]);
  });

  it("two people each with the title before the name", () => {
    expect(read("Thủ tướng Phan Văn Khải, Chủ tịch nước Trần Đức Lương dự").map((m) => [m.person, m.positions[0]?.role])).toEqual([
      ["Phan Văn Khải", "Thủ tướng"],
      ["Trần Đức Lương", "Chủ tịch nước"],
    ]);
  });

  it("a list head whose title goes to every name", () => {
    const found = read("Các đồng chí Ủy viên Bộ Chính trị: Nguyễn Minh Triết, Trương Tấn Sang và Nguyễn Tấn Dũng dự.");
    expect(found.map((m) => m.person)).toEqual(["Nguyễn Minh Triết", "Trương Tấn Sang", "Nguyễn Tấn Dũng"]);
    for (const m of found) expect(m.positions).toEqual([{ role: "Ủy viên", body: "Bộ Chính trị", level: "central" }]);
  });

  it("a post whose body runs on in lower case before another full name is that name's, not the one before", () => {
    const triet = read("Bí thư thành ủy TP.HCM Nguyễn Minh Triết, Trưởng ban kinh tế trung ương Trương Tấn Sang và");
    expect(triet.map((m) => [m.text, m.positions.map((p) => p.role)])).toEqual([["Bí thư thành ủy TP.HCM Nguyễn Minh Triết", ["Bí thư"]]]);
    // a place after a body in lower case is no name: the post stays the name's before it
    expect(read("ông Nguyễn Quang Tuấn - Giám đốc bệnh viện Bạch Mai cho biết").map((m) => [m.person, m.positions[0]?.role])).toEqual([["Nguyễn Quang Tuấn", "Giám đốc"]]);
    expect(read("Ông Cao Minh Huệ - Giám đốc và bà Võ Thị Nga").map((m) => [m.person, m.positions[0]?.role])).toEqual([["Cao Minh Huệ", "Giám đốc"]]);
  });

  it("a spokesperson: người phát ngôn, phát ngôn viên, and the deputy's Phó Phát ngôn", () => {
    const roles = (text: string) => read(text).map((m) => [m.person, m.positions[0]?.role, m.positions[0]?.body]);
    expect(roles("Phó Phát ngôn Bộ Ngoại giao Việt Nam Đoàn Khắc Việt cho biết")).toEqual([["Đoàn Khắc Việt", "Phó Người phát ngôn", "Bộ Ngoại giao"]]);
    expect(roles("ông Lê Dũng, phát ngôn viên Bộ Ngoại giao VN cho biết")).toEqual([["Lê Dũng", "Người phát ngôn", "Bộ Ngoại giao"]]);
    // with no body it is a common noun, as before
    expect(read("Phó Phát ngôn viên Đoàn Khắc Việt nói")).toEqual([]);
  });

  it("a title set apart from the name by a comma and a form of address, where the title opens a clause", () => {
    expect(read("Tại cuộc họp, Bí thư Tỉnh ủy Hà Nam, bà Lê Thị Thủy yêu cầu")).toEqual([
      { text: "Bí thư Tỉnh ủy Hà Nam, bà Lê Thị Thủy", person: "Lê Thị Thủy", former: false, positions: [{ role: "Bí thư", body: "Tỉnh ủy Hà Nam", level: "province" }] },
    ]);
    expect(read("Vụ việc đã rõ.\nChủ tịch UBND tỉnh Quảng Trị, ông Lê Hữu Phúc, cho biết").map((m) => [m.person, m.positions[0]?.body])).toEqual([["Lê Hữu Phúc", "Ủy ban nhân dân tỉnh Quảng Trị"]]);
    // after any other word, the title is someone else's
    expect(read("Theo tờ trình của Thủ tướng, ông Cao Đức Phát sinh năm 1956")).toEqual([]);
    expect(read("Thay mặt Đoàn Chủ tịch, ông Phan Diễn đọc diễn văn")).toEqual([]);
    // a name with a title of its own after it is the next item of a list: the title before is the last item's
    const list = read("ông Dương Thanh Tân - Thường vụ Tỉnh ủy, Trưởng ban Tuyên giáo tỉnh, bà Bùi Ngọc Thanh - Thường vụ Tỉnh ủy, Trưởng ban Dân vận tỉnh");
    expect(list.map((m) => [m.person, m.positions.map((p) => `${p.role} ${p.body}`)])).toEqual([
      ["Dương Thanh Tân", ["Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Ban Tuyên giáo tỉnh"]],
      ["Bùi Ngọc Thanh", ["Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Ban Dân vận tỉnh"]],
    ]);
  });

  it("a title set apart from the name by a dash, with or without a form of address, where the title opens a clause", () => {
    const pairs = (text: string) => read(text).map((m) => [m.text, m.person, m.positions[0]?.body]);
    expect(pairs("Ngày 30/4, Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên - Đỗ Quốc Văn, đã ký Công điện")).toEqual([
      ["Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên - Đỗ Quốc Văn", "Đỗ Quốc Văn", "Ủy ban nhân dân tỉnh Hưng Yên"],
    ]);
    expect(pairs("Về phía Bộ KH-ĐT, Cục trưởng Cục Đầu tư nước ngoài - ông Phan Hữu Thắng cho biết")).toEqual([
      ["Cục trưởng Cục Đầu tư nước ngoài - ông Phan Hữu Thắng", "Phan Hữu Thắng", "Cục Đầu tư nước ngoài"],
    ]);
    // after a dash the name needs a family name: a place joined by a dash is no name
    expect(read("Hôm qua, Chủ tịch UBND tỉnh Lâm Đồng - Đà Lạt Xanh cho biết")).toEqual([]);
    // after any other word, the title is someone else's
    expect(read("Báo cáo gửi Chủ tịch UBND tỉnh - ông Nguyễn Văn An đã ký")).toEqual([]);
  });

  it("a title set apart from a bare name by commas, where the title opens a clause and nothing but the end of the clause follows the name", () => {
    expect(read("Trên địa bàn.\nChủ tịch UBND quận Tân Phú, Đổng Thị Kim Vui, cho biết").map((m) => [m.text, m.person])).toEqual([
      ["Chủ tịch UBND quận Tân Phú, Đổng Thị Kim Vui", "Đổng Thị Kim Vui"],
    ]);
    // a name that runs on into the sentence is not set apart
    expect(read("Chủ tịch UBND tỉnh Yên Bái, Phùng Quốc Hiển cùng lãnh đạo")).toEqual([]);
    expect(read("Theo Chủ tịch UBND tỉnh, Nguyễn Văn An.")).toEqual([]);
  });

  it("a title after a headline with no full stop: the last word of the headline does not make it a post someone takes", () => {
    expect(read("Cuối năm nay phải hoàn thành\nChủ tịch UBND tỉnh Hậu Giang Huỳnh Phong Tranh cho biết").map((m) => m.person)).toEqual(["Huỳnh Phong Tranh"]);
    expect(read("ông A trở thành Chủ tịch UBND tỉnh Hậu Giang Huỳnh Phong Tranh")).toEqual([]);
  });

  it("a department's name that runs on in lower case, between its head's own title and the holder's name", () => {
    const posts = (text: string) => read(text).map((m) => [m.person, m.positions[0]?.role, m.positions[0]?.body]);
    expect(posts("Tại cuộc họp, Cục trưởng Cục An ninh kinh tế Nguyễn Đức Hiệt cũng cho biết")).toEqual([["Nguyễn Đức Hiệt", "Cục trưởng", "Cục An ninh kinh tế"]]);
    expect(posts("Vụ trưởng Vụ Giáo dục thường xuyên Hoàng Minh Luật cho biết")).toEqual([["Hoàng Minh Luật", "Vụ trưởng", "Vụ Giáo dục thường xuyên"]]);
    // another title before the head leaves the name cut, and nothing is read
    expect(read("Giám đốc Cục An ninh kinh tế Nguyễn Đức Hiệt cho biết")).toEqual([]);
    // the ministry in brackets between the department and the name (corpus)
    expect(posts("vào ngày 28-12, Vụ trưởng Vụ Giáo dục trung học (Bộ GD-ĐT) Lê Quán Tần cho biết")).toEqual([["Lê Quán Tần", "Vụ trưởng", "Vụ Giáo dục trung học"]]);
    expect(posts("Tối 13-3, Cục trưởng Cục Đầu tư nước ngoài (Bộ KH-ĐT) Phan Hữu Thắng cho biết")).toEqual([["Phan Hữu Thắng", "Cục trưởng", "Cục Đầu tư nước ngoài"]]);
    // a word that ends a name is no part of it: what runs on past it is no name
    expect(read("Vụ trưởng Vụ Giáo dục trung học cho Nguyễn Văn An")).toEqual([]);
  });

  it("a holder's name of two words after a department and its head's or deputy's own title, when a common family name opens it (corpus)", () => {
    const posts = (text: string) => read(text).map((m) => [m.person, m.positions[0]?.role, m.positions[0]?.body]);
    expect(posts("Cục trưởng Cục Thú y Trần Đáng cho biết")).toEqual([["Trần Đáng", "Cục trưởng", "Cục Thú y"]]);
    expect(posts("Phó cục trưởng Cục Thú y Phạm Chung cho biết")).toEqual([["Phạm Chung", "Phó Cục trưởng", "Cục Thú y"]]);
    expect(posts("Theo Cục phó Cục Vệ sinh an toàn thực phẩm Trần Đáng, đang")).toEqual([["Trần Đáng", "Phó Cục trưởng", "Cục Vệ sinh an toàn thực phẩm"]]);
    expect(posts("Cục phó Cục Bảo vệ thực vật Lê Mậu Toàn cho biết")).toEqual([["Lê Mậu Toàn", "Phó Cục trưởng", "Cục Bảo vệ thực vật"]]);
    // a verb of reporting after the body ends its name (corpus)
    expect(posts("Thượng úy Nguyễn Sư Long - Trạm trưởng Trạm Kiểm soát Biên phòng Sa Kỳ báo tin với tổ")).toEqual([["Nguyễn Sư Long", "Trạm trưởng", "Trạm Kiểm soát Biên phòng Sa Kỳ"]]);
    // a place of two words ends the body's name: no holder there
    expect(posts("Nguyễn Sư Long - Trạm trưởng Trạm Kiểm soát Biên phòng Sa Kỳ")).toEqual([["Nguyễn Sư Long", "Trạm trưởng", "Trạm Kiểm soát Biên phòng Sa Kỳ"]]);
  });

  it("national bodies outside the state's own (VCCI, VUSTA, the Academy of Politics), the Party written CSVN, and a ministry's field with no punctuation (corpus)", () => {
    const posts = (text: string) => read(text).map((m) => [m.person, m.positions[0]?.body, m.positions[0]?.level]);
    expect(posts("Chủ tịch Phòng Thương mại - Công nghiệp Việt Nam Vũ Tiến Lộc cho biết")).toEqual([["Vũ Tiến Lộc", "Phòng Thương mại và Công nghiệp Việt Nam", "central"]]);
    expect(posts("Chủ tịch Liên hiệp các hội khoa học kỹ thuật Việt Nam Vũ Tuyên Hoàng cho biết")).toEqual([["Vũ Tuyên Hoàng", "Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam", "central"]]);
    expect(posts("- Giám đốc Học viện chính trị quốc gia Hồ Chí Minh Tô Huy Rứa")).toEqual([["Tô Huy Rứa", "Học viện Chính trị quốc gia Hồ Chí Minh", "central"]]);
    expect(posts("theo phương châm mà Tổng Bí thư Đảng CSVN Nông Đức Mạnh và")).toEqual([["Nông Đức Mạnh", "Ban Chấp hành Trung ương Đảng", "central"]]);
    expect(posts("có Thứ trưởng Bộ Bưu chính viễn thông Vũ Đức Đam (43 tuổi)")).toEqual([["Vũ Đức Đam", "Bộ Bưu chính, Viễn thông", "central"]]);
  });

  it("a bare name set apart by a comma after a title that opens a clause, then a verb of saying (corpus)", () => {
    expect(read("gia đình. Chủ tịch xã Bình Trị, Nguyễn Văn Diên cho biết, tệ nạn").map((m) => [m.text, m.person])).toEqual([
      ["Chủ tịch xã Bình Trị, Nguyễn Văn Diên", "Nguyễn Văn Diên"],
    ]);
    // any other word after the name leaves it unread
    expect(read("gia đình. Chủ tịch xã Bình Trị, Nguyễn Văn Diên đi họp")).toEqual([]);
  });

  it("the Front's central committee without `Việt Nam` (`Ủy ban TƯ Mặt trận tổ quốc`, `Ủy ban T.Ư MTTQ`) (corpus)", () => {
    expect(read("ý kiến anh Duyệt (Chủ tịch Uỷ ban TƯ Mặt trận tổ quốc Phạm Thế Duyệt) phát biểu").map((m) => m.positions)).toEqual([
      [{ role: "Chủ tịch", body: "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", level: "central" }],
    ]);
    expect(read("Tổng thư ký Uỷ ban T.Ư MTTQ Huỳnh Đảm đã trình bày").map((m) => m.person)).toEqual(["Huỳnh Đảm"]);
  });

  it("judges (`Thẩm phán`, with their grade) (corpus)", () => {
    expect(read("ông Phan Huy Cương, Thẩm phán Trung cấp; Thẩm phán Tòa hình sự").map((m) => [m.text, m.positions[0]?.role])).toEqual([
      ["Phan Huy Cương, Thẩm phán Trung cấp", "Thẩm phán"],
    ]);
    expect(read("Thẩm phán TAND tỉnh Đồng Nai Lê Văn Hai cho biết").map((m) => m.positions)).toEqual([
      [{ role: "Thẩm phán", body: "Tòa án nhân dân tỉnh Đồng Nai", level: "province" }],
    ]);
  });

  it("a plural title before a colon heads a list, as `các đồng chí` does (corpus)", () => {
    const list = read("Thành ủy; các Phó Chủ tịch UBND TP: Nguyễn Văn Đua, Nguyễn Thành Tài đã đến dâng hương");
    expect(list.map((m) => [m.text, m.positions.map((p) => p.role)])).toEqual([
      ["Nguyễn Văn Đua", ["Phó Chủ tịch"]],
      ["Nguyễn Thành Tài", ["Phó Chủ tịch"]],
    ]);
    expect(read("Mạnh; các nguyên tổng bí thư: Đỗ Mười, Lê Khả Phiêu; Chủ tịch nước").map((m) => [m.person, m.former])).toEqual([
      ["Đỗ Mười", true],
      ["Lê Khả Phiêu", true],
    ]);
    // with no colon it is a kind of post, and no list
    expect(read("các Phó Chủ tịch UBND tỉnh và các sở, ngành")).toEqual([]);
  });

  it("a body the table does not list, whose name runs on in lower case, whole when the apposition it stands in closes right after it (corpus)", () => {
    const posts = (text: string) => read(text).map((m) => [m.person, m.positions.map((p) => [p.body, p.level])]);
    expect(posts("Ông Huỳnh Mộng Nhân - phó giám đốc Ban quản lý dự án đầu tư xây dựng công trình quận Tân Phú - cho biết sẽ")).toEqual([
      ["Huỳnh Mộng Nhân", [["Ban quản lý dự án đầu tư xây dựng công trình quận Tân Phú", null]]],
    ]);
    expect(posts("GS-TS Nguyễn Văn Đạt (Phó chủ tịch Hội khoa học kỹ thuật xây dựng TP.HCM): “Cách đây")).toEqual([
      ["Nguyễn Văn Đạt", [["Hội khoa học kỹ thuật xây dựng TP.HCM", null]]],
    ]);
    // ending with a province, it is that province's
    expect(posts("ông Phạm Lợi - phó chủ tịch thường trực Hội đồng bầu cử Hà Nội - cho biết")).toEqual([["Phạm Lợi", [["Hội đồng bầu cử Hà Nội", "province"]]]]);
    // no closing mark, or a verb before it: the name was cut, and is not given
    expect(posts("Ông Huỳnh Mộng Nhân, phó giám đốc Ban quản lý dự án đầu tư cho biết")).toEqual([["Huỳnh Mộng Nhân", [[null, null]]]]);
    expect(posts("Ông Huỳnh Mộng Nhân - phó giám đốc Ban quản lý dự án cho biết - sẽ")).toEqual([["Huỳnh Mộng Nhân", [[null, null]]]]);
  });

  it("a name whose syllables spell a rank when every one is capitalised (`Đỗ Trung Tá`) (corpus)", () => {
    expect(read("Tham dự phiên họp, Bộ trưởng Bộ Bưu chính - Viễn thông Đỗ Trung Tá cho rằng").map((m) => [m.person, m.positions[0]?.body])).toEqual([
      ["Đỗ Trung Tá", "Bộ Bưu chính, Viễn thông"],
    ]);
    expect(read("Tôi sẽ chất vấn Bộ trưởng Đỗ Trung Tá về").map((m) => m.person)).toEqual(["Đỗ Trung Tá"]);
    // a rank as ranks are written still ends the name before it
    expect(read("ông Nguyễn Văn Bình, Trung tá công an").map((m) => m.person)).toEqual([]);
    expect(read("Đại tá Nguyễn Văn Bình, Giám đốc Công an tỉnh").map((m) => m.person)).toEqual(["Nguyễn Văn Bình"]);
  });

  it("the state's formal name after a national office or a body (`nước Cộng hòa xã hội chủ nghĩa Việt Nam`, `CHXHCN Việt Nam`) (corpus)", () => {
    const posts = (text: string) => read(text).map((m) => [m.text, m.person, m.positions.map((p) => [p.role, p.body, p.level])]);
    expect(posts("Tổng Bí thư Nông Đức Mạnh và Chủ tịch nước Cộng hoà xã hội chủ nghĩa Việt Nam Trần Đức Lương đã hội đàm")[1]).toEqual([
      "Chủ tịch nước Cộng hoà xã hội chủ nghĩa Việt Nam Trần Đức Lương",
      "Trần Đức Lương",
      [["Chủ tịch nước", null, "central"]],
    ]);
    expect(posts("Bộ trưởng Bộ Ngoại giao nước CHXHCN Việt Nam Nguyễn Dy Niên")).toEqual([
      ["Bộ trưởng Bộ Ngoại giao nước CHXHCN Việt Nam Nguyễn Dy Niên", "Nguyễn Dy Niên", [["Bộ trưởng", "Bộ Ngoại giao", "central"]]],
    ]);
    // a title after the first name that stopped before a post a name follows is all that name's
    const pair = posts("Nông Đức Mạnh và Chủ tịch nước Cộng hoà xã hội chủ nghĩa Việt Nam Trần Đức Lương, Tổng Bí thư Ban chấp hành Trung ương Đảng Cộng sản Trung Quốc, Chủ tịch nước Cộng hoà nhân dân Trung Hoa Hồ Cẩm Đào đã");
    expect(pair.map(([, person, positions]) => [person, positions])).toEqual([
      ["Trần Đức Lương", [["Chủ tịch nước", null, "central"]]],
      ["Hồ Cẩm Đào", [["Tổng Bí thư", "Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc", null], ["Chủ tịch nước", "Cộng hòa Nhân dân Trung Hoa", null]]],
    ]);
    // in a foreign title, a body that only the role implies (Vietnam's) is unknown; one written out is kept
    expect(posts("và Tổng bí thư, Chủ tịch nước CHND Trung Hoa Hồ Cẩm Đào duyệt")[0]?.[2]).toEqual([["Tổng Bí thư", null, null], ["Chủ tịch nước", "CHND Trung Hoa", null]]);
    expect(posts("đồng chí Somsavat Lengsavat, Ủy viên Bộ Chính trị, Phó Thủ tướng Chính phủ, Bộ trưởng Bộ Ngoại giao Lào cùng")[0]?.[2]).toEqual([
      ["Ủy viên", "Bộ Chính trị", null],
      ["Phó Thủ tướng", "Chính phủ", null],
      ["Bộ trưởng", "Bộ Ngoại giao Lào", null],
    ]);
    // the style alone, with no `Việt Nam` after it, is not read
    expect(posts("Chủ tịch nước Cộng hòa xã hội chủ nghĩa Trần Đức Lương")).toEqual([]);
  });

  it("ambassadors, and a title after a name that the next person's name follows, directly or past an embassy's countries (corpus)", () => {
    expect(read("Theo Đại sứ Phạm Sanh Châu, từ ngày 27-4").map((m) => [m.text, m.person, m.positions[0]?.role])).toEqual([["Đại sứ Phạm Sanh Châu", "Phạm Sanh Châu", "Đại sứ"]]);
    // an embassy is no ambassador
    expect(read("Đại sứ quán Việt Nam tại Ấn Độ cho biết")).toEqual([]);
    const list = read("về phía Việt Nam có Bộ trưởng Ngoại giao Nguyễn Dy Niên, Đại sứ Việt Nam tại Trung Quốc Trần Văn Luật; về phía");
    expect(list.map((m) => [m.text, m.positions.map((p) => p.role)])).toEqual([
      ["Bộ trưởng Ngoại giao Nguyễn Dy Niên", ["Bộ trưởng"]],
      ["Đại sứ Việt Nam tại Trung Quốc Trần Văn Luật", ["Đại sứ"]],
    ]);
    // the countries of a posting belong to the envoy's mention; the post names no body
    expect(read("tiếp sau đó là Đại sứ Việt Nam tại Pháp Nguyễn Đình Bin và ý kiến").map((m) => [m.text, m.person, m.positions])).toEqual([
      ["Đại sứ Việt Nam tại Pháp Nguyễn Đình Bin", "Nguyễn Đình Bin", [{ role: "Đại sứ", body: null, level: null }]],
    ]);
    expect(read("Theo Đại sứ đặc mệnh toàn quyền Việt Nam tại Nhật Bản Nguyễn Quốc Cường").map((m) => m.person)).toEqual(["Nguyễn Quốc Cường"]);
    // `tại` with no country after it is no posting
    expect(read("Đại sứ tại Nguyễn Văn A")).toEqual([]);
    const pair = read("Bộ trưởng Ngoại giao Nguyễn Dy Niên, Chủ tịch UBND tỉnh Hà Tĩnh Võ Kim Cự");
    expect(pair.map((m) => [m.person, m.positions.map((p) => p.role)])).toEqual([["Nguyễn Dy Niên", ["Bộ trưởng"]], ["Võ Kim Cự", ["Chủ tịch"]]]);
  });

  it("no name read with no form of address right after what names a hospital, school or street (`bệnh viện Bạch Mai`) (corpus)", () => {
    expect(read("Giám đốc bệnh viện Bạch Mai, đại biểu Quốc hội đương nhiệm").map((m) => m.person)).toEqual([]);
    expect(read("Giám đốc bệnh viện Bạch Mai Nguyễn Quang Tuấn - đại biểu Quốc hội").map((m) => m.person)).toEqual([]);
    // after a form of address the name is read as before
    expect(read("bà Lê Thị Thủy, Bí thư Tỉnh ủy").map((m) => m.person)).toEqual(["Lê Thị Thủy"]);
  });

  it("a commune's name that runs on past a province's, and the holder's name after it (corpus)", () => {
    const posts = (text: string) => read(text).map((m) => [m.person, m.positions[0]?.body ?? null, m.positions[0]?.level]);
    expect(posts("Anh Trịnh Hoàng Đức, quyền chủ tịch xã Vĩnh Phú Đông, cho biết")).toEqual([["Trịnh Hoàng Đức", null, "commune"]]);
    expect(read("Anh Trịnh Hoàng Đức, quyền chủ tịch xã Vĩnh Phú Đông, cho biết")[0]?.text).toBe("Trịnh Hoàng Đức, quyền chủ tịch xã Vĩnh Phú Đông");
    // a common family name opens the person before a rarer one inside the place (`Phú`)
    expect(posts("Chủ tịch UBND xã Vĩnh Phú Đông Nguyễn Văn An cho biết")).toEqual([["Nguyễn Văn An", "Ủy ban nhân dân xã Vĩnh Phú Đông", "commune"]]);
    // a place of two words still comes first
    expect(posts("Còn Chủ tịch UBND xã Nghĩa An Trần Tấn: Nếu")).toEqual([["Trần Tấn", "Ủy ban nhân dân xã Nghĩa An", "commune"]]);
  });

  it("the bodies of the National Assembly's Standing Committee, and `QH` and `UB` anywhere in a body's name", () => {
    const posts = (text: string) => read(text).map((m) => [m.person, m.positions[0]?.role, m.positions[0]?.body, m.positions[0]?.level]);
    expect(posts("Trưởng ban Dân nguyện của QH Lê Quang Bình cho biết")).toEqual([["Lê Quang Bình", "Trưởng Ban", "Ban Dân nguyện", "central"]]);
    expect(posts("Trưởng ban Công tác đại biểu của UB Thường vụ Quốc hội Nguyễn Thị Thanh cho biết")).toEqual([["Nguyễn Thị Thanh", "Trưởng Ban", "Ban Công tác đại biểu", "central"]]);
    expect(posts("Chủ nhiệm Văn phòng QH Bùi Ngọc Thanh trình bày")).toEqual([["Bùi Ngọc Thanh", "Chủ nhiệm", "Văn phòng Quốc hội", "central"]]);
    expect(posts("Chủ nhiệm Ủy ban Pháp luật của QH Vũ Đức Khiển lưu ý")).toEqual([["Vũ Đức Khiển", "Chủ nhiệm", "Ủy ban Pháp luật của Quốc hội", "central"]]);
    // `của` left out: `Ủy ban Đối ngoại Quốc hội`
    expect(posts("Chủ nhiệm Ủy ban Đối ngoại Quốc hội Vũ Mão thì cho rằng")).toEqual([["Vũ Mão", "Chủ nhiệm", "Ủy ban Đối ngoại của Quốc hội", "central"]]);
  });

  it("Thường vụ with its Party committee is a member of the standing committee; alone it is the committee", () => {
    expect(read("ông Phạm Dũng, Thường vụ Tỉnh ủy, Bí thư Thị ủy La Gi").map((m) => m.positions.map((p) => [p.role, p.body]))).toEqual([
      [["Ủy viên Ban Thường vụ", "Tỉnh ủy"], ["Bí thư", "Thị ủy La Gi"]],
    ]);
    expect(read("Ông Trần Mộc - Thường vụ Huyện ủy Văn Chấn cho biết")[0]?.positions).toEqual([{ role: "Ủy viên Ban Thường vụ", body: "Huyện ủy Văn Chấn", level: "district" }]);
    expect(read("Thường vụ Tỉnh ủy quyết định kỷ luật")).toEqual([]);
    expect(read("ông Nguyễn Đức Kiên, Ủy ban Thường vụ Quốc hội")).toEqual([]);
  });

  it("a steering committee after the role that heads it, ban in lower case (corpus)", () => {
    expect(read("Tôi nói với ông Lê Huy Ngọ, Trưởng ban Chỉ đạo phòng chống lụt bão T.Ư, rằng")[0]?.positions).toEqual([
      { role: "Trưởng Ban", body: "Ban Chỉ đạo phòng chống lụt bão Trung ương", level: "central" },
    ]);
    expect(read("Trưởng ban Chỉ đạo Quốc gia phòng chống dịch Covid-19 Vũ Đức Đam cho biết").map((m) => [m.person, m.positions[0]?.body])).toEqual([
      ["Vũ Đức Đam", "Ban Chỉ đạo quốc gia phòng chống dịch Covid-19"],
    ]);
  });

  it("a body no table lists that goes on after các is cut, not a kind of body: the post stays, with no body (corpus)", () => {
    expect(read("ông Nguyễn Ngôn, Trưởng Ban Quản lý các dự án tái định cư TP Đà Nẵng, cho biết")).toEqual([
      { text: "Nguyễn Ngôn, Trưởng Ban", person: "Nguyễn Ngôn", former: false, positions: [{ role: "Trưởng Ban", body: null, level: null }] },
    ]);
    // before a tier or a kind of unit, các makes a kind of post
    expect(read("Trưởng Ban Tuyên giáo các tỉnh Nguyễn Văn A dự")).toEqual([]);
  });

  it("the chairman of the Council of Ministers (1981–1992) is no minister (corpus)", () => {
    expect(read("Sau khi được Chủ tịch Hội đồng Bộ trưởng Phạm Văn Đồng và đồng chí Đỗ Mười đồng ý").map((m) => [m.person, m.positions])).toEqual([
      ["Phạm Văn Đồng", [{ role: "Chủ tịch", body: "Hội đồng Bộ trưởng", level: "central" }]],
    ]);
  });

  it("in a title after its holder's name, a district's or commune's place may open with a family name (corpus)", () => {
    expect(read("Theo ông Lê Quốc Cường, Chủ tịch UBND phường Phạm Ngũ Lão, để hạn chế")).toEqual([
      {
        text: "Lê Quốc Cường, Chủ tịch UBND phường Phạm Ngũ Lão",
        person: "Lê Quốc Cường",
        former: false,
        positions: [{ role: "Chủ tịch", body: "Ủy ban nhân dân phường Phạm Ngũ Lão", level: "commune" }],
      },
    ]);
    expect(read("Triệu Tài Vinh, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Hoàng Su Phì, Hà Giang.").map((m) => [m.person, m.positions.length])).toEqual([["Triệu Tài Vinh", 2]]);
    // after a city's tier the family name still opens the next person
    expect(read("Bí thư Thành ủy Nguyễn Phú Trọng, Chủ tịch UBND TP Nguyễn Quốc Triệu và").map((m) => m.person)).toEqual(["Nguyễn Phú Trọng", "Nguyễn Quốc Triệu"]);
  });

  it("a name in capitals after a form of address and before a title, as interview captions write it (corpus)", () => {
    expect(read("vì thời điểm này cũng khá trễ rồi.\n• Bà DƯƠNG THỊ TRÚC BẠCH, Hiệu trưởng Trường THPT Nguyễn Thị Minh Khai TPHCM:\nĐổi mới")).toEqual([
      {
        text: "DƯƠNG THỊ TRÚC BẠCH, Hiệu trưởng Trường THPT Nguyễn Thị Minh Khai TPHCM",
        person: "DƯƠNG THỊ TRÚC BẠCH",
        former: false,
        positions: [{ role: "Hiệu trưởng", body: "Trường THPT Nguyễn Thị Minh Khai TPHCM", level: null }],
      },
    ]);
    expect(read("báo Nhân Dân phỏng vấn ông PHAN DIỄN, Ủy viên Bộ Chính trị, về vấn đề")[0]?.person).toBe("PHAN DIỄN");
    // with no title after it, or not opening with a family name, it is no one's
    expect(read("Ông ĐÀO DUY SINH nói")).toEqual([]);
    expect(read("ông TP HCM, Phó Chủ tịch")).toEqual([]);
  });

  it("a title in parentheses after the name", () => {
    expect(read("bầu ông Nguyễn Quốc Khánh (Giám đốc Sở Công nghiệp) giữ chức")).toEqual([
      { text: "Nguyễn Quốc Khánh (Giám đốc Sở Công nghiệp)", person: "Nguyễn Quốc Khánh", former: false, positions: [{ role: "Giám đốc", body: "Sở Công nghiệp", level: "province" }] },
    ]);
  });

  it("hyphenated and four-word names are kept whole", () => {
    expect(read("ông Y-Ngông Niê Kđăm, nguyên Phó Chủ tịch Quốc hội")[0]?.person).toBe("Y-Ngông Niê Kđăm");
    expect(read("bà Nguyễn Thị Kim Ngân, Chủ tịch Quốc hội")[0]?.person).toBe("Nguyễn Thị Kim Ngân");
  });

  it("names with Anh inside are kept whole; Ông run into a headline still opens a name", () => {
    expect(read("Dân trí, ông Đỗ Hoàng Anh Châu, Phó Chủ tịch UBND huyện Chương Mỹ cho biết")[0]?.person).toBe("Đỗ Hoàng Anh Châu");
    expect(read("Xây dựng sân bay quốc tế Phú Quốc Ông Trương Quốc Tuấn, Bí thư Tỉnh ủy Kiên Giang cho biết")[0]?.person).toBe("Trương Quốc Tuấn");
  });

  it("cựu and nguyên mark a former post; a former post after a current one is left out", () => {
    expect(read("ông Phan Sào Nam - cựu Chủ tịch HĐQT")[0]?.former).toBe(true);
    expect(read("ông Huỳnh Hiếu Bi, Bí thư Huyện ủy, nguyên Chủ tịch UBND huyện Cầu Ngang")[0]?.positions).toEqual([{ role: "Bí thư", body: "Huyện ủy", level: "district" }]);
  });

  it("a photo credit after a name is not part of it; Ảnh inside a name is", () => {
    expect(read("ngày sinh Cố Thủ tướng Phạm Văn Đồng Ảnh: TTXVN (NLĐ)")[0]?.person).toBe("Phạm Văn Đồng");
    expect(read("Bí thư Tỉnh ủy Nguyễn Văn Ảnh phát biểu")[0]?.person).toBe("Nguyễn Văn Ảnh");
  });

  it("foreign posts: the country after the name, a chain with one foreign post, a foreign post before another name", () => {
    expect(read("cố Thủ tướng Lý Quang Diệu của Singapore từng")[0]).toMatchObject({
      text: "cố Thủ tướng Lý Quang Diệu của Singapore",
      positions: [{ role: "Thủ tướng", body: "Chính phủ Singapore", level: null }],
    });
    expect(read("Chủ tịch UBND tỉnh Nguyễn Văn An của Hà Nội")[0]).toMatchObject({ text: "Chủ tịch UBND tỉnh Nguyễn Văn An", positions: [{ level: "province" }] });
    expect(read("đồng chí Somsavat Lengsavat, Phó Thủ tướng Chính phủ, Bộ trưởng Bộ Ngoại giao Lào cùng")[0]?.positions.map((p) => p.level)).toEqual([null, null]);
    expect(read("hội đàm với Tổng bí thư Nông Đức Mạnh, Thủ tướng Vương quốc Bỉ Guy Verhofstadt cho biết")[0]).toMatchObject({
      text: "Tổng bí thư Nông Đức Mạnh",
      positions: [{ role: "Tổng Bí thư" }],
    });
  });

  it("reads a foreign post's holder whose name is not Vietnamese, of two words or more and read whole (corpus)", () => {
    const posts = (text: string) => read(text).map((m) => [m.text, m.person, m.positions.map((p) => [p.role, p.body, p.level])]);
    expect(posts("hội đàm với Tổng bí thư Nông Đức Mạnh, Thủ tướng Vương quốc Bỉ Guy Verhofstadt cho biết")[1]).toEqual([
      "Thủ tướng Vương quốc Bỉ Guy Verhofstadt",
      "Guy Verhofstadt",
      [["Thủ tướng", "Chính phủ Vương quốc Bỉ", null]],
    ]);
    expect(posts("Ngày 21/2, Đại sứ Nhật Bản tại VN Hattori Norio đã thay mặt")).toEqual([["Đại sứ Nhật Bản tại VN Hattori Norio", "Hattori Norio", [["Đại sứ", "Nhật Bản", null]]]]);
    // A post with no body after such a name is the next person's, not placed with this one.
    expect(posts("Thủ tướng Phan Văn Khải gặp Chủ tịch Thượng viện Canada Dan Hays, Chủ tịch Hạ viện Peter Milliken")[1]).toEqual([
      "Chủ tịch Thượng viện Canada Dan Hays",
      "Dan Hays",
      [["Chủ tịch", "Thượng viện Canada", null]],
    ]);
    // Not read: one word (as often the next sentence's), a name ending in an initial or running on in a tight hyphen, a Vietnamese post.
    expect(posts("Lãnh đạo Đảng và Nhà nước tiếp Chủ tịch Quốc hội Hàn Quốc Lãnh đạo")).toEqual([]);
    expect(posts("Đại sứ Hoa Kỳ tại Việt Nam Michael W. Marine đã có")).toEqual([]);
    expect(posts("hội kiến với Chủ tịch Quốc hội Lào Xa-mản Vi-nha-kệt")).toEqual([]);
    expect(posts("Chủ tịch UBND tỉnh John Smith phát biểu")).toEqual([]);
  });

  it("reads a head of the Government's committee for religion, named with or without `của` (corpus)", () => {
    expect(read("Trưởng ban Tôn giáo Chính phủ Ngô Yên Thi... Gần 300")[0]?.positions).toEqual([{ role: "Trưởng Ban", body: "Ban Tôn giáo Chính phủ", level: "central" }]);
    expect(read("Tại cuộc họp báo, ông Nguyễn Thanh Xuân - Phó trưởng Ban Tôn giáo của Chính phủ - cho biết")[0]).toMatchObject({
      text: "Nguyễn Thanh Xuân - Phó trưởng Ban Tôn giáo của Chính phủ",
      positions: [{ role: "Phó Trưởng Ban", body: "Ban Tôn giáo Chính phủ", level: "central" }],
    });
  });

  it("reads a title whose parent body stands between its body and the name, and `Phó Ban` written short (corpus)", () => {
    const posts = (text: string) => read(text).map((m) => [m.text, m.positions.map((p) => [p.role, p.body, p.level])]);
    expect(posts("- Chủ nhiệm Tổng cục Chính trị, Bộ Quốc phòng Lê Văn Dũng\n")).toEqual([
      ["Chủ nhiệm Tổng cục Chính trị, Bộ Quốc phòng Lê Văn Dũng", [["Chủ nhiệm", "Tổng cục Chính trị", "central"]]],
    ]);
    expect(posts("Vụ trưởng Vụ Pháp chế Bộ Tư pháp Nguyễn Văn An cho biết")[0]?.[0]).toBe("Vụ trưởng Vụ Pháp chế Bộ Tư pháp Nguyễn Văn An");
    expect(posts("tiến sĩ Mai Hồng Quỳ, Hiệu phó Trường Đại học Luật TP.HCM băn khoăn")).toEqual([["Mai Hồng Quỳ, Hiệu phó", [["Phó Hiệu trưởng", null, null]]]]);
    expect(posts("Đại tướng Võ Nguyên Giáp, nguyên Tổng Tư lệnh Quân đội nhân dân VN, cũng")[0]?.[1]).toEqual([["Tổng Tư lệnh", "Quân đội nhân dân Việt Nam", "central"]]);
    expect(posts("Hoa chúc mừng tân Phó Ban Tuyên giáo Trung ương Phùng Xuân Nhạ.")).toEqual([
      ["Phó Ban Tuyên giáo Trung ương Phùng Xuân Nhạ", [["Phó Trưởng Ban", "Ban Tuyên giáo Trung ương", "central"]]],
    ]);
  });

  it("reads a title past an aside in brackets after the name (corpus)", () => {
    const posts = (text: string) => read(text).map((m) => [m.text, m.person, m.positions.map((p) => [p.role, p.body, p.level])]);
    expect(posts("Anh Hầu A Lềnh(dân tộc Mông), phó bí thư huyện ủy, chủ tịch UBND huyện Sa Pa, tỉnh Lào Cai - ủy viên")).toEqual([
      ["Hầu A Lềnh(dân tộc Mông), phó bí thư huyện ủy, chủ tịch UBND huyện Sa Pa", "Hầu A Lềnh", [["Phó Bí thư", "Huyện ủy", "district"], ["Chủ tịch", "Ủy ban nhân dân huyện Sa Pa", "district"]]],
    ]);
    expect(posts("Ông Lại Thế Nguyên (Sinh năm 1970), Phó Bí thư Thường trực Tỉnh ủy Thanh Hóa.")[0]?.[1]).toBe("Lại Thế Nguyên");
    // An aside with no comma and title after it is no one's title.
    expect(posts("ông Nguyễn Văn B (Hà Nội), người dân ở đây")).toEqual([]);
  });

  it("reads the head of a division and a head word written in lower case after a title (corpus)", () => {
    const posts = (text: string) => read(text).map((m) => [m.text, m.positions.map((p) => [p.role, p.body, p.level])]);
    expect(posts("Ông Lý Phong Tròn, Trưởng Phòng NN-PTNT huyện Tiểu Cần, đánh giá")).toEqual([
      ["Lý Phong Tròn, Trưởng Phòng NN-PTNT huyện Tiểu Cần", [["Trưởng phòng", "Phòng Nông nghiệp và Phát triển nông thôn huyện Tiểu Cần", "district"]]],
    ]);
    expect(posts("Theo Trung tá Lê Tấn Bửu, Phó Trưởng Phòng Cảnh sát PCCC, do hẻm nhỏ")).toEqual([["Lê Tấn Bửu, Phó Trưởng Phòng Cảnh sát PCCC", [["Phó Trưởng phòng", "Phòng Cảnh sát PCCC", null]]]]);
    expect(posts("Ông Bùi Quang Anh, Cục trưởng cục Thú y, cho biết")).toEqual([["Bùi Quang Anh, Cục trưởng cục Thú y", [["Cục trưởng", "Cục Thú y", null]]]]);
    expect(posts("bà Lê Thị Lan, Phó phòng Nội vụ Thị xã Bỉm Sơn (người được giao), bà Lan")).toEqual([
      ["Lê Thị Lan, Phó phòng Nội vụ Thị xã Bỉm Sơn", [["Phó Trưởng phòng", "Phòng Nội vụ thị xã Bỉm Sơn", "district"]]],
    ]);
    // The head word written again is the body's own; a school's name after a division is not its head's.
    expect(posts("Ông Đặng Quốc Tuấn - Trưởng phòng Phòng Thanh tra hành chính")).toEqual([["Đặng Quốc Tuấn - Trưởng phòng", [["Trưởng phòng", null, null]]]]);
    expect(posts("Thạc sĩ Trần Đình Lý, Trưởng Phòng Kế hoạch Tài chánh Trường ĐH Nông Lâm TPHCM:")).toEqual([]);
  });

  it("reads a post of another country's ruling party that is not named communist (corpus)", () => {
    expect(read("của Tổng bí thư BCH T.Ư Đảng Nhân dân Cách mạng Lào Chummaly Xaynhaxỏn và")[0]).toMatchObject({
      person: "Chummaly Xaynhaxỏn",
      positions: [{ role: "Tổng Bí thư", body: "Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào", level: null }],
    });
  });

  it("reads the heads of other states, Tổng thống and Quốc vương, only with their country (corpus)", () => {
    const posts = (text: string) => read(text).map((m) => [m.text, m.person, m.former, m.positions.map((p) => [p.role, p.body, p.level])]);
    expect(posts("Trích diễn văn của Tổng thống Pháp Jacques Chirac tại tiệc")).toEqual([["Tổng thống Pháp Jacques Chirac", "Jacques Chirac", false, [["Tổng thống", "Pháp", null]]]]);
    expect(posts("Kofi Annan, cựu Tổng thống Mỹ Bill Clinton và")).toEqual([["cựu Tổng thống Mỹ Bill Clinton", "Bill Clinton", true, [["Tổng thống", "Mỹ", null]]]]);
    expect(posts("Quốc vương Campuchia Norodom Sihamoni sẽ sang thăm")[0]?.[3]).toEqual([["Quốc vương", "Campuchia", null]]);
    expect(posts("Quốc vương Sihamoni bày tỏ lòng cảm ơn")).toEqual([]);
    expect(posts("Tổng thống Dương Văn Minh tuyên bố")).toEqual([]);
  });

  it("a rank before the name is not a post", () => {
    expect(read("Bộ trưởng Bộ Công an, Thượng tướng Lê Hồng Anh phát biểu")).toEqual([
      { text: "Bộ trưởng Bộ Công an, Thượng tướng Lê Hồng Anh", person: "Lê Hồng Anh", former: false, positions: [{ role: "Bộ trưởng", body: "Bộ Công an", level: "central" }] },
    ]);
  });

  it("a city's head named by `thành phố` alone, with no place: level unknown (corpus)", () => {
    const posts = (text: string) => read(text).map((m) => [m.text, m.person, m.positions.map((p) => [p.role, p.body, p.level])]);
    expect(posts("hòng UBND thành phố cho biết, Chủ tịch thành phố Lê Thanh Hải vừa có chỉ đạo")).toEqual([
      ["Chủ tịch thành phố Lê Thanh Hải", "Lê Thanh Hải", [["Chủ tịch", null, null]]],
    ]);
    expect(posts("Chủ tịch thành phố Vinh Nguyễn Văn An cho biết")).toEqual([["Chủ tịch thành phố Vinh Nguyễn Văn An", "Nguyễn Văn An", [["Chủ tịch", null, "district"]]]]);
  });

  it("a port authority or a social insurance agency after a title is its body (corpus)", () => {
    const posts = (text: string) => read(text).map((m) => [m.text, m.positions.map((p) => [p.role, p.body])]);
    expect(posts("Ông Trần Hoài Phương - Giám đốc Cảng vụ Hàng không miền Bắc - đã xác nhận")).toEqual([
      ["Trần Hoài Phương - Giám đốc Cảng vụ Hàng không miền Bắc", [["Giám đốc", "Cảng vụ Hàng không miền Bắc"]]],
    ]);
    expect(posts("Về vụ việc này, ông Ngô Quang Hòa, Phó giám đốc Bảo hiểm xã hội Hưng Yên, cho biết")).toEqual([
      ["Ngô Quang Hòa, Phó giám đốc Bảo hiểm xã hội Hưng Yên", [["Phó Giám đốc", "Bảo hiểm xã hội Hưng Yên"]]],
    ]);
  });

  it("the People's Army written after a military post is the post's body, and the span takes it (corpus)", () => {
    const posts = (text: string) => read(text).map((m) => [m.text, m.positions.map((p) => [p.role, p.body])]);
    expect(posts("Thượng tướng Nguyễn Phương Nam - Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam đến làm việc")).toEqual([
      ["Nguyễn Phương Nam - Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam", [["Phó Tổng Tham mưu trưởng", "Quân đội nhân dân Việt Nam"]]],
    ]);
    expect(posts("- Thứ trưởng Bộ Quốc phòng, Tổng tham mưu trưởng Quân đội nhân dân VN Phùng Quang Thanh")).toEqual([
      [
        "Thứ trưởng Bộ Quốc phòng, Tổng tham mưu trưởng Quân đội nhân dân VN Phùng Quang Thanh",
        [
          ["Thứ trưởng", "Bộ Quốc phòng"],
          ["Tổng Tham mưu trưởng", "Quân đội nhân dân Việt Nam"],
        ],
      ],
    ]);
  });
});

describe("findOfficials: deputies of the National Assembly as reports of its sittings write them (corpus)", () => {
  const DEPUTY = { role: "Đại biểu", body: "Quốc hội", level: "central" };
  const SITTING = " Quốc hội thảo luận dự án luật.";
  const seats = (text: string) => read(text).map((m) => [m.text, m.person, m.positions.map((p) => `${p.role}/${p.body}`)]);

  it("reads the word, the name and the province of the delegation in brackets", () => {
    expect(read(`ĐB Nguyễn Hoàng Anh (Hải Phòng) ủng hộ ngay.${SITTING}`)).toEqual([
      { text: "ĐB Nguyễn Hoàng Anh (Hải Phòng)", person: "Nguyễn Hoàng Anh", former: false, positions: [DEPUTY] },
    ]);
    expect(seats(`Tiếp lời, đại biểu Lê Minh Hồng (Ninh Bình) cho rằng.${SITTING}`)).toEqual([["đại biểu Lê Minh Hồng (Ninh Bình)", "Lê Minh Hồng", ["Đại biểu/Quốc hội"]]]);
    expect(seats(`ĐB Nguyễn Thị Hằng Nga (TP.HCM) dẫn chứng.${SITTING}`)).toEqual([["ĐB Nguyễn Thị Hằng Nga (TP.HCM)", "Nguyễn Thị Hằng Nga", ["Đại biểu/Quốc hội"]]]);
    expect(seats(`ĐB Phạm Quang Dự (Bà Rịa-Vũng Tàu): “Tôi thấy”.${SITTING}`)).toEqual([["ĐB Phạm Quang Dự (Bà Rịa-Vũng Tàu)", "Phạm Quang Dự", ["Đại biểu/Quốc hội"]]]);
  });

  it("reads the word and the province set apart after a name, as one more post after a title", () => {
    expect(seats(`TS Nguyễn Ngọc Đào (ĐB Hà Nội) nói.${SITTING}`)).toEqual([["Nguyễn Ngọc Đào (ĐB Hà Nội)", "Nguyễn Ngọc Đào", ["Đại biểu/Quốc hội"]]]);
    expect(seats(`Ông Nông Thế Cừ - ĐB Cao Bằng - ủng hộ ngay.${SITTING}`)).toEqual([["Nông Thế Cừ - ĐB Cao Bằng", "Nông Thế Cừ", ["Đại biểu/Quốc hội"]]]);
    expect(seats(`Phó Chủ nhiệm Văn phòng QH Trần Ngọc Đường (ĐB Kiên Giang) cho rằng`)).toEqual([
      ["Phó Chủ nhiệm Văn phòng QH Trần Ngọc Đường (ĐB Kiên Giang)", "Trần Ngọc Đường", ["Phó Chủ nhiệm/Văn phòng Quốc hội", "Đại biểu/Quốc hội"]],
    ]);
  });

  it("reads `ĐB` and a name alone, with a title after it, where the text names no people's council", () => {
    expect(seats(`ĐB Dương Trung Quốc cho rằng.${SITTING}`)).toEqual([["ĐB Dương Trung Quốc", "Dương Trung Quốc", ["Đại biểu/Quốc hội"]]]);
    expect(seats(`ĐB Lê Doãn Hợp - bí thư Tỉnh ủy Nghệ An, đề nghị.${SITTING}`)).toEqual([
      ["ĐB Lê Doãn Hợp - bí thư Tỉnh ủy Nghệ An", "Lê Doãn Hợp", ["Đại biểu/Quốc hội", "Bí thư/Tỉnh ủy Nghệ An"]],
    ]);
    expect(seats(`ĐB Dương Trung Quốc cho rằng. Kỳ họp HĐND tỉnh.${SITTING}`)).toEqual([]);
    // a name cut before a capitalised word is not read whole
    expect(seats(`ĐB Đoàn Thiện Các hỏi.${SITTING}`)).toEqual([]);
  });

  it("reads `Đại biểu` and a name alone only in the report of a sitting of the Assembly that names no council or congress (corpus)", () => {
    const sitting = " Tại kỳ họp thứ 9, Quốc hội thảo luận dự án luật.";
    expect(seats(`Sau đó, đại biểu Nguyễn Minh Thuyết đã chất vấn Bộ trưởng.${sitting}`)).toEqual([["đại biểu Nguyễn Minh Thuyết", "Nguyễn Minh Thuyết", ["Đại biểu/Quốc hội"]]]);
    expect(seats(`Sau đó, đại biểu Nguyễn Minh Thuyết đã chất vấn Bộ trưởng.${SITTING}`)).toEqual([]);
    expect(seats(`Sau đó, đại biểu Nguyễn Minh Thuyết đã phát biểu tại Đại hội.${sitting}`)).toEqual([]);
  });

  it("reads a deputy set apart by a dash after a title that opens a clause, with both posts", () => {
    expect(seats(`Tổng thanh tra Chính phủ - ĐB Quách Lê Thanh (Bình Thuận) - gợi ý.${SITTING}`)).toEqual([
      ["Tổng thanh tra Chính phủ - ĐB Quách Lê Thanh (Bình Thuận)", "Quách Lê Thanh", ["Tổng Thanh tra Chính phủ/Thanh tra Chính phủ", "Đại biểu/Quốc hội"]],
    ]);
    // without the National Assembly named, `ĐB` is no deputy's word, and the dash no name's
    expect(seats("Bí thư Thành ủy Hà Nội - ĐB Nguyễn Phú Trọng - gợi ý")).toEqual([]);
  });

  it("reads the deputies listed after one, each with the province of their delegation", () => {
    expect(seats(`Ngay sau đó, các ĐB Bùi Văn Phong (Hòa Bình), Võ Minh Phương (Lâm Đồng), Nguyễn Ngọc Minh (Ninh Thuận) phát biểu.${SITTING}`)).toEqual([
      ["ĐB Bùi Văn Phong (Hòa Bình)", "Bùi Văn Phong", ["Đại biểu/Quốc hội"]],
      ["Võ Minh Phương (Lâm Đồng)", "Võ Minh Phương", ["Đại biểu/Quốc hội"]],
      ["Nguyễn Ngọc Minh (Ninh Thuận)", "Nguyễn Ngọc Minh", ["Đại biểu/Quốc hội"]],
    ]);
    // a name with no province after it ends the list
    expect(seats(`ĐB Bùi Văn Phong (Hòa Bình), Võ Minh Phương phát biểu.${SITTING}`).map(([text]) => text)).toEqual(["ĐB Bùi Văn Phong (Hòa Bình)"]);
  });

  it("reads no deputy of the National Assembly where the text does not name it, or the bracket holds no province", () => {
    expect(seats("ĐB Nguyễn Hoàng Anh (Hải Phòng) ủng hộ ngay.")).toEqual([]);
    expect(seats(`Đại biểu Vũ Quang Minh (quận 8) nói.${SITTING}`)).toEqual([]);
    expect(seats(`Đại biểu Thái Thanh Hùng (Hội Cựu chiến binh TP) nói.${SITTING}`)).toEqual([]);
    // `ĐB` with a council is that council's deputy
    expect(seats("ĐB HĐND tỉnh Nguyễn Văn An phát biểu")).toEqual([["ĐB HĐND tỉnh Nguyễn Văn An", "Nguyễn Văn An", ["Đại biểu/Hội đồng nhân dân tỉnh"]]]);
  });
});

describe("findOfficials: a company's board (corpus)", () => {
  it("gives a company's chair the board as body, not a bare Chủ tịch", () => {
    expect(read("ông Phan Sào Nam - cựu Chủ tịch HĐQT kiêm Giám đốc Công ty").map((m) => m.positions.map((p) => [p.role, p.body]))).toEqual([
      [
        ["Chủ tịch", "Hội đồng quản trị"],
        ["Giám đốc", null],
      ],
    ]);
    expect(read("Phạm Long Trận, Chủ tịch hội đồng quản trị Tập đoàn").map((m) => m.positions[0]?.body)).toEqual(["Hội đồng quản trị"]);
  });
});

describe("findOfficials: heads of border posts and checkpoints (corpus)", () => {
  const roles = (text: string) => read(text).map((m) => [m.person, m.positions.map((p) => [p.role, p.body])]);

  it("reads Đồn trưởng and Trạm trưởng, with their deputies, and the checkpoint they head", () => {
    expect(roles("Thiếu tá Nguyễn Tấn Dương - Phó Đồn Trưởng Đồn Biên phòng cửa khẩu quốc tế Hà Tiên cho biết")).toEqual([["Nguyễn Tấn Dương", [["Phó Đồn trưởng", null]]]]);
    expect(roles("Thượng úy Nguyễn Sư Long - Trạm trưởng Trạm Kiểm soát Biên phòng Sa Kỳ, thuộc Đồn Biên phòng")).toEqual([
      ["Nguyễn Sư Long", [["Trạm trưởng", "Trạm Kiểm soát Biên phòng Sa Kỳ"]]],
    ]);
  });

  it("reads no Đội trưởng, which heads a company's or a volunteers' team as often as a police team", () => {
    expect(roles("Anh Nguyễn Văn Út - đội trưởng đội bảo vệ công trình Công ty Quản lý")).toEqual([]);
  });

  it("gives a title after a name set apart after its own title to the person addressed later in the sentence (corpus)", () => {
    const text = "Bức thư do Thứ trưởng Bộ VHTT, ông Trần Chiến Thắng, Phó Chủ tịch kiêm Giám đốc khu vực châu Á - Thái Bình Dương - Liên minh Phần mềm các doanh nghiệp (BSA), ông Jeff Hardee và Chủ tịch";
    expect(findOfficials(text).map((m) => [m.person, m.positions.map((p) => p.role)])).toEqual([["Trần Chiến Thắng", ["Thứ trưởng"]]]);
    // with no one addressed after it, the title after the name is the name's, as in a list of names and titles
    expect(findOfficials("Bức thư do Thứ trưởng Bộ VHTT, ông Trần Chiến Thắng, Phó Chủ tịch UBND tỉnh ký").map((m) => [m.person, m.positions.map((p) => p.role)])).toEqual([
      ["Trần Chiến Thắng", ["Phó Chủ tịch"]],
    ]);
  });

  it("reads three words opening with a family name after a head's title and a tier as the head's name (corpus)", () => {
    expect(findOfficials("Theo Chủ tịch xã Đào Quốc Khởi thì do chịu").map((m) => [m.person, m.positions])).toEqual([
      ["Đào Quốc Khởi", [{ role: "Chủ tịch", body: null, level: "commune" }]],
    ]);
    // set apart after its holder's name, the words are the unit's
    expect(findOfficials("Lê Quốc Cường, Chủ tịch UBND phường Phạm Ngũ Lão, để hạn chế")[0]?.person).toBe("Lê Quốc Cường");
  });

  it("gives posts held at once (`kiêm`) the body only the last names, but not a Party secretary's (corpus)", () => {
    const posts = (text: string) => findOfficials(text)[0]?.positions.map((p) => [p.role, p.body]);
    expect(posts("ông Trần Đắc Lợi, Phó Chủ tịch Thường trực kiêm Tổng Thư ký Liên hiệp các tổ chức hữu nghị Việt Nam cho biết")).toEqual([
      ["Phó Chủ tịch Thường trực", "Liên hiệp các tổ chức hữu nghị Việt Nam"],
      ["Tổng Thư ký", "Liên hiệp các tổ chức hữu nghị Việt Nam"],
    ]);
    expect(posts("ông Nguyễn Văn An, Bí thư kiêm Chủ tịch UBND xã Tân Hòa cho biết")?.[0]).toEqual(["Bí thư", null]);
  });

  it("goes on with a chain of posts past a body no table reads, and after a semicolon to a post that names its body (corpus)", () => {
    const posts = (text: string) => findOfficials(text).map((m) => [m.person, m.positions.map((p) => [p.role, p.body])]);
    expect(posts("ông Hoàng Văn Cường - Phó Hiệu trưởng Đại học Kinh tế quốc dân, Ủy viên UB Tài chính - Ngân sách của Quốc hội và ông Nguyễn Anh Trí")).toEqual([
      ["Hoàng Văn Cường", [["Phó Hiệu trưởng", null], ["Ủy viên", "Ủy ban Tài chính - Ngân sách của Quốc hội"]]],
    ]);
    expect(posts("ông Nguyễn Văn A, Phó Chủ tịch UBND tỉnh; Trưởng Ban Dân vận Tỉnh ủy")).toEqual([
      ["Nguyễn Văn A", [["Phó Chủ tịch", "Ủy ban nhân dân tỉnh"], ["Trưởng Ban", "Ban Dân vận Tỉnh ủy"]]],
    ]);
    // a post with no body after a semicolon adds nothing; a name after it is the next person's
    expect(posts("ông Phan Huy Cương, Thẩm phán Trung cấp; Thẩm phán Tòa hình sự, TAND TP Hà Nội.")).toEqual([["Phan Huy Cương", [["Thẩm phán", null]]]]);
    expect(posts("ông Nguyễn Văn A, Phó Chủ tịch UBND tỉnh; ông Nguyễn Văn B, Trưởng Ban Dân vận Tỉnh ủy").map(([person]) => person)).toEqual(["Nguyễn Văn A", "Nguyễn Văn B"]);
  });

  it("takes `Ban Chỉ đạo` alone into the title, with no body: it points back to one named before (corpus)", () => {
    const [official] = findOfficials("Phó Thủ tướng Chính phủ Vũ Đức Đam, Trưởng Ban Chỉ đạo tại cuộc họp");
    expect([official?.text, official?.positions.at(-1)]).toEqual(["Phó Thủ tướng Chính phủ Vũ Đức Đam, Trưởng Ban Chỉ đạo", { role: "Trưởng Ban", body: null, level: null }]);
    // with its task or region, the committee is the body
    expect(findOfficials("Trưởng Ban Chỉ đạo Tây Nguyên Nguyễn Văn A")[0]?.positions).toEqual([{ role: "Trưởng Ban", body: "Ban Chỉ đạo Tây Nguyên", level: null }]);
  });

  it("reads an honorary chair as a post of its own, with the association after it (corpus)", () => {
    const [official] = findOfficials("Chủ tịch nước Trần Đức Lương, Chủ tịch danh dự Hội Chữ thập đỏ Việt Nam, đã thăm");
    expect(official?.positions).toEqual([
      { role: "Chủ tịch nước", body: null, level: "central" },
      { role: "Chủ tịch danh dự", body: "Hội Chữ thập đỏ Việt Nam", level: "central" },
    ]);
  });

  it("leaves out a newspaper's tag glued to the dash of its lead, and keeps a body's acronym (corpus)", () => {
    expect(findOfficials("Khiển trách ông Phạm Dũng, Bí thư Thị ủy La Gi (NLĐ)- Tại kỳ họp").map((m) => m.text)).toEqual(["Phạm Dũng, Bí thư Thị ủy La Gi"]);
    expect(findOfficials("Chủ tịch Quốc hội (QH) Nguyễn Văn An").map((m) => m.text)).toEqual(["Chủ tịch Quốc hội (QH) Nguyễn Văn An"]);
  });
});

describe("findOfficials: negative cases", () => {
  it.each([
    ["an election, not a post held", "Ông Huỳnh Văn Be được bầu làm Bí thư Tỉnh ủy"],
    ["a relinquished post", "ông Nguyễn Văn A thôi giữ chức Chủ tịch UBND tỉnh"],
    ["a proposal", "đề nghị bầu ủy viên TƯ dự khuyết ở cấp T.Ư"],
    ["a kind of post", "Trưởng Ban Dân vận các huyện, thị xã dự"],
    ["a plural of address with no names", "các đồng chí Ủy viên Bộ Chính trị đã đến dự"],
    ["a rank is not a post", "Đại tướng Võ Nguyên Giáp"],
    ["a place, not a form of address", "tỉnh Bà Rịa - Vũng Tàu, Phó Chủ tịch UBND tỉnh"],
    ["a person with no post", "ông Charles Bailey, đại diện Quỹ Ford"],
    ["bà con is not bà", "bà con nhân dân, Chủ tịch"],
    ["the founder's standing name, no post held (corpus)", "học tập và làm theo tấm gương đạo đức Chủ tịch Hồ Chí Minh"],
    ["a building's name, no post (corpus)", "Sáng nay tại Phủ Chủ tịch, các đại biểu"],
    ["a party's name is no person's (corpus)", "Chính ông tổng thư ký Đảng Dân chủ tự do Nhật Tsutomu Takebe đã đưa ra"],
  ])("%s: %j", (_why, text) => {
    expect(read(text).filter((m) => m.person !== null)).toEqual([]);
  });
});

describe("findOfficials: the body no table holds, after a name", () => {
  const bodies = (text: string) => findOfficials(text).map((m) => [m.person, m.positions.map((p) => p.body)]);

  it("takes a company's, a hospital's or a school's name as written, up to a mark or a verb after a capital (corpus)", () => {
    expect(bodies("Trần Anh Kiệt, Giám đốc Công ty Xăng dầu Tân Nhật Minh, cho biết")).toEqual([["Trần Anh Kiệt", ["Công ty Xăng dầu Tân Nhật Minh"]]]);
    expect(bodies("Ông Đoàn Minh Tâm - Phó giám đốc Công ty Xe khách Sài Gòn khẳng định rằng")).toEqual([["Đoàn Minh Tâm", ["Công ty Xe khách Sài Gòn"]]]);
    expect(bodies("Ông Nguyễn Anh Trí - nguyên Giám đốc Bệnh viện Huyết học và Truyền máu Trung ương.")).toEqual([["Nguyễn Anh Trí", ["Bệnh viện Huyết học và Truyền máu Trung ương"]]]);
    expect(bodies("bà Lê Thị Liễu (Giám đốc Công ty Cổ phần GVA) cho biết")).toEqual([["Lê Thị Liễu", ["Công ty Cổ phần GVA"]]]);
  });

  it("gives none to a name that runs on in lower case or ends in lower case before a verb, nor to trường hợp (corpus)", () => {
    expect(bodies("Ông Trần Minh Thụ, Giám đốc Trung tâm đào tạo lao động xuất khẩu thuộc Công ty X")).toEqual([["Trần Minh Thụ", [null]]]);
    expect(bodies("Ông Huỳnh Mộng Nhân, phó giám đốc Ban quản lý dự án đầu tư cho biết")).toEqual([["Huỳnh Mộng Nhân", [null]]]);
    expect(bodies("Ông Nguyễn Văn An, Giám đốc trường hợp này")).toEqual([["Nguyễn Văn An", [null]]]);
  });
});
