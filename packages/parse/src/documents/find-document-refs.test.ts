import { describe, expect, it } from "vitest";
import { normalizeWithOffsets } from "../normalize";
import { findDocumentRefs, findDocumentRefsIn } from "./find-document-refs";

const only = (text: string) => {
  const refs = findDocumentRefs(text);
  expect(refs).toHaveLength(1);
  return refs[0]!;
};

describe("findDocumentRefs: the references of the seed articles", () => {
  it("Hướng dẫn số 01-HD/BDVTW, ngày 16/3/2021 của Ban Dân vận Trung ương (seed 002)", () => {
    const ref = only("theo Hướng dẫn số 01-HD/BDVTW, ngày 16/3/2021 của Ban Dân vận Trung ương hướng dẫn một số nhiệm vụ");
    expect(ref).toMatchObject({
      text: "Hướng dẫn số 01-HD/BDVTW, ngày 16/3/2021 của Ban Dân vận Trung ương",
      system: "party",
      kind: "Hướng dẫn",
      kindCode: "HD",
      number: "01",
      year: null,
      issuerCode: "BDVTW",
      issuer: "Ban Dân vận Trung ương",
      date: { year: 2021, month: 3, day: 16 },
      symbol: "01-HD/BDVTW",
    });
  });

  it("Kết luận số 08-KL/TW, ngày 02/8/2011 của Ban Bí thư (seed 002)", () => {
    const ref = only("Tổng kết 10 năm thực hiện Kết luận số 08-KL/TW, ngày 02/8/2011 của Ban Bí thư; 10 năm");
    expect(ref).toMatchObject({ kind: "Kết luận", number: "08", issuerCode: "TW", issuer: "Ban Bí thư", date: { year: 2011, month: 8, day: 2 } });
  });

  it("Nghị quyết số 09-NQ/TW, ngày 09/12/2011 của Bộ Chính trị khóa XI (seed 002)", () => {
    const ref = only("10 năm thực hiện Nghị quyết số 09-NQ/TW, ngày 09/12/2011 của Bộ Chính trị khóa XI về xây dựng");
    expect(ref).toMatchObject({ text: "Nghị quyết số 09-NQ/TW, ngày 09/12/2011 của Bộ Chính trị khóa XI", issuer: "Bộ Chính trị khóa XI", date: { year: 2011, month: 12, day: 9 } });
  });

  it("Chỉ thị 43-CT/TW, ngày 8/6/2010 (seed 002)", () => {
    const ref = only("thực hiện Chỉ thị 43-CT/TW, ngày 8/6/2010 của Ban Bí thư (khóa X) về tăng cường");
    expect(ref).toMatchObject({ kind: "Chỉ thị", number: "43", symbol: "43-CT/TW", issuer: "Ban Bí thư khóa X", date: { year: 2010, month: 6, day: 8 } });
  });

  it("Kết Luận số 120-KL/TW, ngày 07/1/2016, with a capital L (seed 002)", () => {
    const ref = only("5 năm thực hiện Kết Luận số 120-KL/TW, ngày 07/1/2016 của Bộ Chính trị (khóa XI) về");
    expect(ref).toMatchObject({ kind: "Kết luận", number: "120", issuer: "Bộ Chính trị khóa XI", date: { year: 2016, month: 1, day: 7 } });
  });

  it("Nghị quyết số 68 của Chính phủ: no symbol, the issuer named (seed 002)", () => {
    const ref = only("hỗ trợ theo Nghị quyết số 68 của Chính phủ cho người lao động");
    expect(ref).toMatchObject({
      text: "Nghị quyết số 68 của Chính phủ",
      system: "state",
      kind: "Nghị quyết",
      kindCode: null,
      number: "68",
      issuerCode: null,
      issuer: "Chính phủ",
      symbol: null,
      date: null,
    });
  });

  it("Quyết định số 269-QĐ/TU, 30/11/2021: date after a comma, Tỉnh ủy from the sentence (seed 004)", () => {
    const ref = only("Ban Thường vụ Tỉnh ủy đã ban hành Quyết định số 269-QĐ/TU, 30/11/2021 về quy chế công tác dân vận");
    expect(ref).toMatchObject({ text: "Quyết định số 269-QĐ/TU, 30/11/2021", kind: "Quyết định", kindCode: "QĐ", issuer: "Tỉnh ủy", date: { year: 2021, month: 11, day: 30 } });
  });

  it("Kết luận số 43-KL/TU, ngày 24/6/2022 after Ban Chấp hành Đảng bộ tỉnh (seed 004)", () => {
    const ref = only("Ban Chấp hành Đảng bộ tỉnh ban hành Kết luận số 43-KL/TU, ngày 24/6/2022 về đẩy mạnh");
    expect(ref).toMatchObject({ symbol: "43-KL/TU", issuer: "Tỉnh ủy", date: { year: 2022, month: 6, day: 24 } });
  });

  it("a date of issue after a verb of issuing: ban hành ngày, ký ngày (corpus)", () => {
    expect(only("họp báo giới thiệu Nghị định 03/2006/NĐ-CP của Chính phủ, ban hành ngày 6-1-2006 về điều chỉnh")).toMatchObject({
      text: "Nghị định 03/2006/NĐ-CP của Chính phủ, ban hành ngày 6-1-2006",
      date: { year: 2006, month: 1, day: 6 },
    });
    expect(only("Theo quyết định 1207/QĐ-UB ký ngày 23.3.2005 thì")).toMatchObject({ date: { year: 2005, month: 3, day: 23 } });
    // the verb with no date after it stays out of the reference
    expect(only("Nghị định 03/2006/NĐ-CP ban hành kèm theo")).toMatchObject({ text: "Nghị định 03/2006/NĐ-CP", date: null });
  });

  it("the date that opens the sentence, when a verb of issuing takes the reference as its object (corpus)", () => {
    expect(only("Ngày 3/12/2010, Thứ trưởng Bộ Nội vụ Nguyễn Trọng Thừa đã ký văn bản số 6386/BNV-CCVC về việc")).toMatchObject({
      text: "văn bản số 6386/BNV-CCVC",
      date: { year: 2010, month: 12, day: 3 },
    });
    // a part of the day before a day and month, after a photo's credit and a paper's tag; the year is never guessed
    expect(only("Ảnh: N. HỮU (NLĐ) - Chiều 27-4, Bộ trưởng Bộ Thương mại Trương Đình Tuyển đã ký Quyết định 0747/QĐ-BTM, cho phép").date).toEqual({ month: 4, day: 27 });
    expect(only("Trước đó, ngày 16.4.2021, Bộ Giao thông vận tải đã có văn bản số 3368/BGTVT-ATGT").date).toEqual({ year: 2021, month: 4, day: 16 });
    expect(only("Ngày 16-9, Thủ tướng đã ra Quyết định số 229/2005/QĐ-TTg ban hành").date).toEqual({ month: 9, day: 16 });
    // not without the verb right before it, nor past a second date, nor from the sentence before
    expect(only("Ngày 5/3, Bộ đề nghị thực hiện Quyết định 12/QĐ-BTM").date).toBeNull();
    expect(only("Ngày 5/3, Bộ họp, ngày 6/3 Bộ ký Quyết định 12/QĐ-BTM").date).toBeNull();
    expect(only("Ngày 5/3, Bộ họp. Bộ đã ký Quyết định 12/QĐ-BTM").date).toBeNull();
  });

  it("Nghị quyết số 02-NQ/TU (seed 004)", () => {
    expect(only("Ban Chấp hành Đảng bộ tỉnh: thực hiện Nghị quyết số 02-NQ/TU về “Tiếp tục”")).toMatchObject({ text: "Nghị quyết số 02-NQ/TU", number: "02", issuer: "Tỉnh ủy" });
  });
});

describe("findDocumentRefs: which committee a TU is", () => {
  it("is Thành ủy when the paragraph names the Thành ủy", () => {
    expect(only("Thành ủy Hà Nội tại văn bản số 112-CV/TU ngày 27/4/2021").issuer).toBe("Thành ủy");
  });
  it("is null when the text names no committee", () => {
    expect(only("thực hiện Chương trình số 03-CTr/TU đến năm 2025").issuer).toBeNull();
  });
  it("is null when the text names both and none in the paragraph", () => {
    expect(only("Tỉnh ủy và Thành ủy.\nthực hiện Nghị quyết số 02-NQ/TU.").issuer).toBeNull();
  });
  it("is the body named after the reference when there is one", () => {
    expect(only("Chỉ thị 11- CT/TU của Thành ủy TPHCM về việc").issuer).toBe("Thành ủy TPHCM");
  });
});

describe("findDocumentRefs: State forms", () => {
  it.each([
    ["theo Nghị định 30/2020/NĐ-CP về công tác văn thư", "Nghị định 30/2020/NĐ-CP", "30/2020/NĐ-CP", "Chính phủ"],
    ["Luật số 10/2022/QH15 có hiệu lực", "Luật số 10/2022/QH15", "10/2022/QH15", "Quốc hội khóa XV"],
    ["Thông tư số 03/2019/TT-BNV, không làm", "Thông tư số 03/2019/TT-BNV", "03/2019/TT-BNV", "Bộ Nội vụ"],
    ["Quyết định số 447/QĐ-TTg về việc công bố", "Quyết định số 447/QĐ-TTg", "447/QĐ-TTg", "Thủ tướng Chính phủ"],
    ["UBND tỉnh có Công văn số 4912/UBND-NC gửi", "Công văn số 4912/UBND-NC", "4912/UBND-NC", "Ủy ban nhân dân"],
    ["Nghị quyết số 1656/NQ-UBTVQH15 của", "Nghị quyết số 1656/NQ-UBTVQH15", "1656/NQ-UBTVQH15", "Ủy ban Thường vụ Quốc hội khóa XV"],
  ])("%s", (sentence, text, symbol, issuer) => {
    expect(only(sentence)).toMatchObject({ text, symbol, issuer, system: "state" });
  });

  it("finds a symbol without a kind word, with `số` and the date in brackets", () => {
    expect(only("đã phê duyệt (số 47/2006/QĐ-TTg, ngày 1-3-2006), tổng kinh phí")).toMatchObject({
      text: "số 47/2006/QĐ-TTg, ngày 1-3-2006",
      kind: "Quyết định",
      date: { year: 2006, month: 3, day: 1 },
    });
  });

  it("keeps a yearless date without a year: ngày 29/4", () => {
    expect(only("quyết định số 669/QĐ-UBND ngày 29/4, về việc").date).toEqual({ month: 4, day: 29 });
  });

  it("reads the year of `Nghị định 37/2021` but gives it no symbol", () => {
    expect(only("Nghị định 37/2021 của Chính phủ sửa đổi")).toMatchObject({ number: "37", year: 2021, symbol: null, issuer: "Chính phủ" });
  });

  it("gives a number with a year after a slash the State's system, which alone puts years in numbers (corpus)", () => {
    expect(only("Bộ GD-ĐT đã ký Quyết định số 05/2006 về việc sửa đổi")).toMatchObject({ system: "state", number: "05", year: 2006, issuer: null });
    expect(only("Thủ tướng ra Chỉ thị số 09/2005 về tiếp tục")).toMatchObject({ system: "state", year: 2005 });
    expect(only("thực hiện Chỉ thị 43 của Ban Bí thư")).toMatchObject({ system: "party" });
    expect(findDocumentRefs("ban hành Chỉ thị 43 về")[0]?.system ?? null).toBeNull();
  });
});

describe("findDocumentRefs: loose writing", () => {
  it.each([
    ["Hướng dẫn số 01 - HD/BTGTW ngày", "01-HD/BTGTW"],
    ["Quy định 181- QĐ/TW của", "181-QĐ/TW"],
    ["Quyết định số 269–QĐ/TU,", "269-QĐ/TU"],
    ["Quyết định số 269-QÐ/TU,", "269-QĐ/TU"],
    ["Quy định số 12-QĐI/TW", "12-QĐi/TW"],
    ["Quyết định của Bộ Chính trị số31-QĐ/TW, ngày", "31-QĐ/TW"],
    ["Chỉ thị 40-CT/ T.Ư của Ban Bí thư", "40-CT/TW"],
    ["NGHỊ QUYẾT SỐ: 09-NQ/TW", "09-NQ/TW"],
  ])("%s → %s", (sentence, symbol) => {
    expect(only(sentence).symbol).toBe(symbol);
  });

  it("maps offsets back to the input as given (old tone marks, NBSP, entities)", () => {
    const input = "Tỉnh uỷ&nbsp;ban hành Kết luận số\u00a043-KL/TU, ngày 24/6/2022 về";
    const ref = only(input);
    expect(input.slice(ref.start, ref.end)).toBe(ref.text);
    expect(ref.text).toBe("Kết luận số\u00a043-KL/TU, ngày 24/6/2022");
    expect(ref.issuer).toBe("Tỉnh ủy");
  });
});

describe("findDocumentRefs: quyết định in lower case", () => {
  it("is a document after a verb that takes one (corpus)", () => {
    const refs = (text: string) => findDocumentRefs(text).map((m) => [m.text, m.kind, m.number]);
    expect(refs("Cục Thi hành án dân sự Hà Nội ban hành quyết định 153 thu hồi")).toEqual([["quyết định 153", "Quyết định", "153"]]);
    expect(refs("Sau khi TP ban hành quyết định 04 để thay thế quyết định 217 đã giao")).toEqual([
      ["quyết định 04", "Quyết định", "04"],
      ["quyết định 217", "Quyết định", "217"],
    ]);
    // not after another word, nor for the other everyday kinds
    expect(findDocumentRefs("Quốc hội cũng cần phải quyết định 2 kế hoạch")).toEqual([]);
    expect(findDocumentRefs("biện pháp chủ yếu thực hiện kế hoạch 5 năm 2006 - 2010")).toEqual([]);
  });
});

describe("findDocumentRefs: not references", () => {
  it.each([
    "Ngày 24/6/2022, Tỉnh ủy họp.",
    "kết quả 443/455 đại biểu tán thành",
    "liên hệ 0912-345-678 hoặc 024.3825.1234",
    "quán triệt Nghị quyết Trung ương 5 khóa XII",
    "Hội nghị Trung ương 9 khóa XIII đã thông qua",
    "đã ban hành 34 nghị quyết, 12 chỉ thị",
    "Nghị quyết về việc thành lập thị xã",
    "xây dựng kế hoạch 5 năm giai đoạn 2021-2025",
    "thi hành kỷ luật 37 cán bộ, đảng viên",
    "quyết định 1 mình đi xe máy về nhà",
    "thông báo 2.724 người bị nhiễm",
    "báo cáo 4-5 quận đề xuất",
    "kế hoạch 1975 là phá hủy",
    "tháng 7/1998 Kiến trúc sư trưởng",
    "nhiệm kỳ 2020-2025 và 2021 - 2026",
    "Covid-19, F0 - F1, quận 1 - TP",
    "Chương trình 135 và Đề án 322",
  ])("%s", (text) => {
    expect(findDocumentRefs(text)).toEqual([]);
  });

  it("returns nothing for an empty string", () => {
    expect(findDocumentRefs("")).toEqual([]);
  });
});

describe("findDocumentRefs: order", () => {
  it("returns mentions in text order, each covering its own text", () => {
    const text = "Nghị định 117/2020/NĐ-CP của Chính phủ và số 47/2006/QĐ-TTg; Chỉ thị 16 của Thủ tướng Chính phủ.";
    const refs = findDocumentRefs(text);
    expect(refs.map((r) => r.text)).toEqual(["Nghị định 117/2020/NĐ-CP của Chính phủ", "số 47/2006/QĐ-TTg", "Chỉ thị 16 của Thủ tướng Chính phủ"]);
    for (const ref of refs) expect(text.slice(ref.start, ref.end)).toBe(ref.text);
  });
});

describe("findDocumentRefsIn: the same references from a text normalised once", () => {
  it.each([
    "Ban Chấp hành Đảng bộ tỉnh ban hành Kết luận số 43-KL/TU, ngày 24/6/2022 về…",
    "Thực hiện Quyết định\u00a0số\u00a0269-QĐ/TU của Tỉnh uỷ và Nghị định 30/2020/NĐ-CP",
    "Nghị quyết số 68 của Chính phủ &amp; Luật số 10/2022/QH15",
    "Hội nghị Trung ương 9 khóa XIII thông qua 34 nghị quyết",
  ])("%s", (input) => {
    const refs = findDocumentRefsIn(normalizeWithOffsets(input), input);
    expect(refs).toEqual(findDocumentRefs(input));
    for (const ref of refs) expect(input.slice(ref.start, ref.end)).toBe(ref.text);
  });

  it("finds a reference in a text whose normalised form is shorter than the input", () => {
    const input = "Quyết định\u00a0\u00a0số 269-QĐ/TU";
    expect(findDocumentRefsIn(normalizeWithOffsets(input), input).map((ref) => ref.text)).toEqual([input]);
  });
});

describe("findDocumentRefs: the date after `ra ngày` (corpus)", () => {
  it("reads the date a document came out, as after `ban hành ngày`", () => {
    const [ref] = findDocumentRefs("theo thông tư số 17/2005/TT-BCA ra ngày 21/11 của Bộ Công an");
    expect([ref?.text, ref?.date]).toEqual(["thông tư số 17/2005/TT-BCA ra ngày 21/11 của Bộ Công an", { day: 21, month: 11 }]);
  });
});

describe("findDocumentRefs: the issuer after a verb of issuing, and a ministry written without its dash (corpus)", () => {
  it("reads `vừa ban hành của <issuer>` and gives the table's name", () => {
    const [ref] = findDocumentRefs("Theo thông tư số 05 vừa ban hành của Bộ Lao động Thương binh và Xã hội, các");
    expect([ref?.text, ref?.issuer, ref?.system]).toEqual(["thông tư số 05 vừa ban hành của Bộ Lao động Thương binh và Xã hội", "Bộ Lao động - Thương binh và Xã hội", "state"]);
  });
  it("reads the whole ministry with a tight dash or none, and keeps the issuer as written otherwise", () => {
    expect(findDocumentRefs("thông tư số 05 của Bộ Lao động-Thương binh và Xã hội")[0]?.issuer).toBe("Bộ Lao động - Thương binh và Xã hội");
    expect(findDocumentRefs("thông tư số 05 của Bộ Lao động - Thương binh và Xã hội")[0]?.issuer).toBe("Bộ Lao động - Thương binh và Xã hội");
    // no body after `của`: no issuer, and the verb stays outside the reference
    expect(findDocumentRefs("Quyết định 12 ban hành của mình")[0]?.text).toBe("Quyết định 12");
  });
});
