import fc from "fast-check";
import { EventMention } from "@vnpol/schema";
import { describe, expect, it } from "vitest";
import { expectLinearTime } from "../../test/linear-time";
import { normalize } from "../normalize";
import { findEvents } from "./find-events";

/** The first event `findEvents` finds in `text`. */
const first = (text: string) => findEvents(text)[0];

describe("findEvents", () => {
  it("reads the organiser after the event: `<event> do X tổ chức`", () => {
    const [event] = findEvents("Hội nghị tổng kết công tác Mặt trận năm 2021 do Ủy ban MTTQ huyện tổ chức.");
    expect(event).toMatchObject({ name: "Hội nghị tổng kết công tác Mặt trận năm 2021", organiser: "Ủy ban MTTQ huyện", date: null });
  });

  it("leaves organiser and date null when the sentence does not say who organised it", () => {
    const [event] = findEvents("Ngày 14-1, đồng chí Phạm Văn Hậu dự Hội nghị tổng kết công tác dân vận năm 2020.");
    expect(event).toMatchObject({ kind: "conference", organiser: null, date: null });
  });

  it("ends a name before a verb of which the event is the subject, and after `của Đảng` unless `bộ` follows", () => {
    const names = (text: string) => findEvents(text).map((m) => m.text);
    expect(names("Đại hội Đảng bộ TP lần thứ 4 khẳng định vai trò")).toEqual(["Đại hội Đảng bộ TP lần thứ 4"]);
    expect(names("trình Đại hội X của Đảng Ban Chấp hành Trung ương Đảng khóa IX")).toEqual(["Đại hội X của Đảng"]);
    expect(names("Đại hội XIV của Đảng bộ tỉnh Hà Giang, nhiệm kỳ")).toEqual(["Đại hội XIV của Đảng bộ tỉnh Hà Giang"]);
    // "Hội nghị tập trung thảo luận": the conference named before, the subject of `tập trung` (focuses)
    expect(names("diễn ra tại Hà Nội. Hội nghị tập trung thảo luận chương trình")).toEqual([]);
    // "chính là" (is precisely) after the name (corpus)
    expect(names("Thành phần tham gia hội nghị nhân dân chính là người dân ở từng tổ")).toEqual(["hội nghị nhân dân"]);
    // "xác định", "đề ra" after the head: what the conference did, not its name (corpus)
    expect(names("phát triển văn hóa, hội nghị xác định các nhiệm vụ trọng tâm: Tiếp tục")).toEqual([]);
    expect(names("chương trình hành động của Mặt trận do hội nghị lần thứ 5 đề ra.")).toEqual(["hội nghị lần thứ 5"]);
    // "kết luận" goes on as a noun: `kết luận Hội nghị Trung ương 4` is another event
    expect(names("tại hội nghị kiểm điểm thực hiện kết luận Hội nghị Trung ương 4 (khóa IX)")).toEqual(["hội nghị kiểm điểm thực hiện kết luận Hội nghị Trung ương 4 (khóa IX)"]);
  });

  it.each([
    // the Party's name written after a congress's number without `của`
    ["Đại hội Đại biểu toàn quốc lần thứ X Đảng Cộng sản Việt Nam họp", "Đại hội Đại biểu toàn quốc lần thứ X Đảng Cộng sản Việt Nam", 10],
    ["thành công tốt đẹp Đại hội lần thứ X Đảng Cộng sản VN cũng như", "Đại hội lần thứ X Đảng Cộng sản VN", 10],
    // `Đại hội Đảng X` is numbered as `Đại hội X`
    ["các đại biểu Đại hội Đảng X là rất lớn", "Đại hội Đảng X", 10],
    // a name ends before `đưa ra`, `chính thức`, `quan trọng`, and `tổ chức` meaning held
    ["Kết luận mà Hội nghị Trung ương 10 đưa ra về việc", "Hội nghị Trung ương 10", null],
    ["Đúng 20 giờ, lễ khai mạc liên hoan chính thức diễn ra", "lễ khai mạc liên hoan", null],
    ["đăng cai Hội nghị Quốc tế quan trọng này", "Hội nghị Quốc tế", null],
    ["tại hội nghị về cứu nạn đường thủy các tỉnh ven biển tổ chức cuối tháng 8 ở Bình Thuận", "hội nghị về cứu nạn đường thủy các tỉnh ven biển", null],
    ["phục vụ hội nghị cấp cao APEC tổ chức ở Việt Nam", "hội nghị cấp cao APEC", null],
    // … but `tổ chức` is a noun of the name here, `giao thông` is whole and `TP.HCM` one abbreviation
    ["Hội nghị triển khai công tác tổ chức nhà nước năm 2004, tổ chức ngày 7/1", "Hội nghị triển khai công tác tổ chức nhà nước năm 2004", null],
    // in a topic, `và` goes on with the name
    ["Chính phủ đã tổ chức hội nghị về hạ tầng giao thông và cảng biển", "hội nghị về hạ tầng giao thông và cảng biển", null],
    ["Chiều 11-4, Hội nghị lần 3 Ban chấp hành Đảng bộ TP.HCM họp phiên bế mạc", "Hội nghị lần 3 Ban chấp hành Đảng bộ TP.HCM", null],
    // the day a ceremony marks is part of its name, a date is not (corpus)
    ["TP Hà Nội đã tổ chức trọng thể lễ kỷ niệm 29 năm ngày miền Nam hoàn toàn giải phóng (30/4/1975", "lễ kỷ niệm 29 năm ngày miền Nam hoàn toàn giải phóng", null],
    ["đã tổ chức lễ kỷ niệm 55 năm ngày thành lập Hội Nhà báo Việt Nam. Tham dự", "lễ kỷ niệm 55 năm ngày thành lập Hội Nhà báo Việt Nam", null],
    ["Tỉnh ủy tổ chức lễ kỷ niệm ngày 20/5 tại", "lễ kỷ niệm", null],
    ["chào mừng lễ kỷ niệm ngày thống nhất đất nước", "lễ kỷ niệm", null],
    // a time relative to now after the name is not part of it
    ["đưa vấn đề này ra thảo luận trong hội nghị tuyển sinh năm nay, lấy ý kiến", "hội nghị tuyển sinh", null],
    ["nhân dịp tham dự Hội nghị cấp cao APEC cuối năm nay. Phía Mỹ", "Hội nghị cấp cao APEC", null],
  ])("names the event in %j as it ends", (input, name, ordinal) => {
    const found = findEvents(input);
    expect(found.map((m) => m.text)).toEqual([name]);
    expect(found[0]?.term?.ordinal ?? null).toBe(ordinal);
  });

  it("reads the place and then the day after a verb of taking place done solemnly (`được tổ chức trọng thể tại … ngày …`)", () => {
    const [event] = findEvents("Hội nghị tổng kết được tổ chức trọng thể tại Hà Nội ngày 5/6.");
    expect(event).toMatchObject({ name: "Hội nghị tổng kết", place: "Hà Nội", date: { day: 5, month: 6 } });
  });

  it("reads the ceremonies the corpus names beyond the decree's (flag raising, incense, signing, groundbreaking, naming)", () => {
    const names = (text: string) => findEvents(text).map((m) => [m.kind, m.name]);
    expect(names("Riêng Lễ thượng cờ được điều chỉnh")).toEqual([["ceremony", "Lễ thượng cờ"]]);
    expect(names("đã làm lễ dâng hương tưởng niệm các vua Hùng và giao lưu")).toEqual([["ceremony", "lễ dâng hương tưởng niệm các vua Hùng"]]);
    expect(names("Ngay sau lễ ký kết, các doanh nghiệp")).toEqual([["ceremony", "lễ ký kết"]]);
    expect(names("Lễ đặt viên đá đầu tiên diễn ra")).toEqual([["ceremony", "Lễ đặt viên đá đầu tiên"]]);
    expect(names("Lễ ký Nghị định thư bổ sung Hiệp định Hợp tác nghề cá Vịnh Bắc Bộ")).toEqual([["ceremony", "Lễ ký Nghị định thư bổ sung Hiệp định Hợp tác nghề cá Vịnh Bắc Bộ"]]);
    expect(names("cả nước mừng lễ lớn")).toEqual([]);
    // A rally named without `lễ`.
    expect(first("Văn phòng Quốc hội (QH) đã tổ chức mít tinh kỷ niệm 60 năm Ngày Truyền thống (2.3.1946-2.3.2006)")).toMatchObject({
      kind: "ceremony",
      name: "mít tinh kỷ niệm 60 năm Ngày Truyền thống",
      organiser: "Văn phòng Quốc hội",
    });
    expect(names("Dự mít tinh có các đồng chí")).toEqual([]);
  });

  it("reads seminars and round tables named by what they are about, not `hội thảo` as a clause's subject (corpus)", () => {
    const names = (text: string) => findEvents(text).map((m) => [m.kind, m.name]);
    expect(first("Ngày 14-10 tại Hà Nội, Liên hiệp Các Hội khoa học kỹ thuật Hà Nội đã tổ chức hội thảo khoa học về giáo dục đào tạo.")).toMatchObject({
      kind: "seminar",
      name: "hội thảo khoa học về giáo dục đào tạo",
      organiser: "Liên hiệp Các Hội khoa học kỹ thuật Hà Nội",
      date: { day: 14, month: 10 },
      place: "Hà Nội",
    });
    expect(first("buổi tọa đàm khoa học “Kỷ niệm 185 năm ngày sinh Ph. Ăngghen” do Trường Cán bộ TPHCM tổ chức cuối tuần qua.")).toMatchObject({
      kind: "seminar",
      name: "tọa đàm khoa học “Kỷ niệm 185 năm ngày sinh Ph. Ăngghen”",
      organiser: "Trường Cán bộ TPHCM",
    });
    // In a topic, `của` before a word in lower case goes on with it; before a capital it opens who holds it.
    expect(names("bán hàng gây quỹ, hội thảo về tác hại của dioxin.")).toEqual([["seminar", "hội thảo về tác hại của dioxin"]]);
    expect(names("tại hội thảo Quỹ kiến trúc đô thị hiện hữu của Đà Lạt do Hội Kiến trúc sư")).toEqual([["seminar", "hội thảo Quỹ kiến trúc đô thị hiện hữu"]]);
    // `Quốc hội thảo luận`: the Assembly discusses; `hội thảo` with no opener is the subject of its clause.
    expect(names("Tiếp tục chương trình Kỳ họp thứ 8: Quốc hội thảo luận về các dự án luật")).toEqual([["session", "Kỳ họp thứ 8"]]);
    expect(names("ngày làm việc đầu tiên của hội thảo thật sự sinh động")).toEqual([]);
    expect(names("kết quả hội thảo một lần nữa góp phần")).toEqual([]);
  });

  it("reads the day after `vào` right after the name and after `Trước đó` at the head; not the day of a close written before the name (corpus)", () => {
    expect(first("UBND tỉnh đã quyết định sẽ tổ chức lễ khai mạc du lịch hè Nha Trang vào tối 29-4. Sở")).toMatchObject({
      name: "lễ khai mạc du lịch hè Nha Trang",
      date: { day: 29, month: 4 },
    });
    expect(first("Trước đó ngày 9/4, tại Hội nghị sơ kết quý I của Ủy ban An toàn giao thông Quốc gia, Phó Thủ tướng")).toMatchObject({
      name: "Hội nghị sơ kết quý I",
      date: { day: 9, month: 4 },
    });
    const [closed] = findEvents("trong diễn văn bế mạc Đại hội Đại biểu toàn quốc Đảng Cộng sản VN lần thứ X vào sáng 25-4 tại Hội trường Ba Đình");
    expect(closed).toMatchObject({ name: "Đại hội Đại biểu toàn quốc Đảng Cộng sản VN lần thứ X", date: null });
    // `vào` before no day: the name's end, no date.
    expect(first("đưa Nghị quyết Hội nghị Trung ương 4 vào cuộc sống")).toMatchObject({ date: null });
  });

  it("keeps a noun whose first word is a stop elsewhere in the name: `chỉ thị` (corpus)", () => {
    expect(first("Ngày 8-11, UBND tỉnh Long An mở hội nghị triển khai chỉ thị của Thủ tướng Chính phủ về việc")).toMatchObject({
      name: "hội nghị triển khai chỉ thị",
      organiser: "UBND tỉnh Long An",
      date: { day: 8, month: 11 },
    });
  });

  it("reads a meeting written `cuộc họp` or `buổi họp` when a word makes it one (a press conference, a gathering, the body that meets), with the day right after it (corpus)", () => {
    expect(first("Tại cuộc họp báo thường kỳ của Bộ Ngoại giao chiều 29-4, Phó Phát ngôn Bộ Ngoại giao")).toMatchObject({
      kind: "meeting",
      name: "cuộc họp báo thường kỳ của Bộ Ngoại giao",
      date: { day: 29, month: 4 },
    });
    expect(first("tại cuộc họp Ban chỉ đạo phòng chống dịch Covid-19 TPHCM trưa 30/4, sau khi")).toMatchObject({
      name: "cuộc họp Ban chỉ đạo phòng chống dịch Covid-19 TPHCM",
      date: { day: 30, month: 4 },
    });
    expect(first("tại cuộc họp Thường trực Chính phủ về phòng, chống dịch Covid-19 diễn ra sáng 26/4")).toMatchObject({
      name: "cuộc họp Thường trực Chính phủ về phòng, chống dịch Covid-19",
      date: { day: 26, month: 4 },
    });
    // Someone who is no body holds it: the head's day, no organiser.
    expect(findEvents("Hôm qua, 21/4 tại Trung tâm báo chí Đại hội X, Bộ trưởng Ngoại giao Nguyễn Dy Niên đã tổ chức cuộc họp báo giới thiệu chính sách")[1]).toMatchObject({
      name: "cuộc họp báo",
      date: { day: 21, month: 4 },
      organiser: null,
    });
    // A bare meeting points back to one named before.
    expect(findEvents("Tại cuộc họp, ông A cho biết")).toEqual([]);
    // A name that ends with a document's number is followed by that document's date, not the event's.
    expect(first("tại hội nghị sơ kết thực hiện chỉ thị số 31/2005/CT-UB ngày 26-10-2005 về kế hoạch")).toMatchObject({ date: null });
  });

  it("gives the head's day to an event that someone has (`đã có cuộc họp`) or that opens told with its tense (`đã khai mạc`) (corpus)", () => {
    expect(first("Chiều 10-10, UBND tỉnh Quảng Trị đã có cuộc họp khẩn cấp nhằm tìm biện pháp")).toMatchObject({
      name: "cuộc họp khẩn cấp",
      date: { day: 10, month: 10 },
    });
    expect(first("Sáng 9-9, tại Hải Phòng, đã khai mạc hội thảo quốc gia về công nghệ thông tin (CNTT) - truyền thông")).toMatchObject({
      kind: "seminar",
      date: { day: 9, month: 9 },
      place: "Hải Phòng",
    });
  });

  it("reads the clause around an event from its classifier (`tổ chức buổi Hội thảo`), a long title in quotes, and the place of the event's own clause (corpus)", () => {
    expect(first('Sáng 27/4, Học viện Báo chí và Tuyên truyền tổ chức buổi Hội thảo khoa học "Vận dụng Nghị quyết Đại hội XIII của Đảng vào công tác đào tạo" nhằm')).toMatchObject({
      name: 'Hội thảo khoa học "Vận dụng Nghị quyết Đại hội XIII của Đảng vào công tác đào tạo"',
      organiser: "Học viện Báo chí và Tuyên truyền",
      date: { day: 27, month: 4 },
    });
    expect(first("Ngày 17.3 tại Hà Nội đã diễn ra hội thảo về quy trình chuyển đổi trường đại học dân lập.")).toMatchObject({
      date: { day: 17, month: 3 },
      place: "Hà Nội",
    });
    // A relative day between the event and its place.
    expect(first("Trong cuộc họp báo đột xuất chiều nay tại Hà Nội, Thứ trưởng")).toMatchObject({ place: "Hà Nội" });
    // The last unit of an address before the organiser is no organiser.
    expect(first("Vào lúc 9h30 ngày 21/5, tại khách sạn Duxton, 61 Nguyễn Huệ, quận 1, TP HCM, Viện Ngôn ngữ Quốc tế ILA Vietnam sẽ tổ chức buổi hội thảo về Chương trình Văn bằng")?.organiser).not.toContain("TP HCM");
    expect(first("hội thảo về quy trình chuyển đổi do Hiệp hội Các trường đại học - cao đẳng ngoài công lập tổ chức.")?.organiser).toBe(
      "Hiệp hội Các trường đại học - cao đẳng ngoài công lập",
    );
  });

  it("reads the day right after the organiser's clause that follows the event (`do X tổ chức ngày 17-3`) (corpus)", () => {
    expect(first("tại hội nghị góp ý các dự thảo luật do Đoàn ĐBQH TPHCM tổ chức ngày 17-3.")).toMatchObject({
      organiser: "Đoàn ĐBQH TPHCM",
      date: { day: 17, month: 3 },
    });
  });

  it("keeps the opener that a name needs, even a word that ends names elsewhere, and a capitalised `Diễn đàn` (corpus)", () => {
    expect(first("Ngày 5/8, Ban Thư ký Quốc gia ASEAN, Bộ Ngoại giao tổ chức hội thảo với chủ đề “Việt Nam trong ASEAN: Hiện tại và tương lai” nhằm")).toMatchObject({
      kind: "seminar",
      name: "hội thảo với chủ đề “Việt Nam trong ASEAN: Hiện tại và tương lai”",
      date: { day: 5, month: 8 },
    });
    expect(first("khi bà đang tham dự hội nghị Diễn đàn Nghị viện châu Á-Thái Bình Dương, diễn ra tại")?.name).toBe("hội nghị Diễn đàn Nghị viện châu Á-Thái Bình Dương");
    expect(first("Hội nghị về diễn biến tình hình Myanmar thời gian qua")?.name).toBe("Hội nghị về diễn biến tình hình Myanmar");
  });

  it("keeps a ministry's field joined by `và` in a name, and reads a day whose month is written in words (corpus)", () => {
    expect(first("Tại cuộc họp báo thường kỳ Bộ Tài nguyên và Môi trường sáng 28/4, ông Mai Văn Phấn")).toMatchObject({
      name: "cuộc họp báo thường kỳ Bộ Tài nguyên và Môi trường",
      date: { day: 28, month: 4 },
    });
    expect(first("Trong cuộc họp Bộ Chính trị ngày 11 tháng Ba, Lê Quẩn đã đưa ra")).toMatchObject({ date: { day: 11, month: 3 } });
    // In lower case, `tháng năm` may be the months of a year, not May.
    expect(first("Hội nghị tổng kết diễn ra trong 3 tháng năm 2006")).toMatchObject({ date: null });
  });

  it("takes a title in quotes that closes its line or the text, and ends a name at the verbs `phân tích`, `làm` (corpus)", () => {
    expect(findEvents("Từ ngày 16 đến 18-3, Ủy ban Văn hóa giáo dục tổ chức hội thảo “Chuyên gia về dự án Luật Dạy nghề”.\nHội thảo đánh giá thực trạng")).toMatchObject([
      { name: "hội thảo “Chuyên gia về dự án Luật Dạy nghề”", date: { start: { day: 16, month: 3 }, end: { day: 18, month: 3 } } },
    ]);
    expect(findEvents("Người phát ngôn tại cuộc họp báo phân tích, quy chế này")).toEqual([]);
  });

  it("keeps an acronym in brackets inside a name, not a paper's dateline nor one that ends it, and the day an anniversary event marks (corpus)", () => {
    const names = (text: string) => findEvents(text).map((m) => m.name);
    expect(names("Ngày 8/10, Hội nghị cấp cao Á – Âu (ASEM) lần thứ 5 khai mạc tại Hà Nội")).toEqual(["Hội nghị cấp cao Á – Âu (ASEM) lần thứ 5"]);
    expect(names("hội thảo góp ý xây dựng nghị định hướng dẫn thi hành Luật thanh niên (TN), ngày 6-10")).toEqual(["hội thảo góp ý xây dựng nghị định hướng dẫn thi hành Luật thanh niên"]);
    expect(names("Mít tinh kỷ niệm 30 năm giải phóng (NLĐ)- Sáng 29-4, tại")).toEqual(["Mít tinh kỷ niệm 30 năm giải phóng"]);
    expect(names("Viện Khoa học xã hội VN đã tổ chức hội thảo khoa học kỷ niệm 60 năm ngày chiến thắng phát xít (9.5.1945-9.5.2005)")).toEqual([
      "hội thảo khoa học kỷ niệm 60 năm ngày chiến thắng phát xít",
    ]);
  });

  it("reads an organiser whose name holds a comma (`Ban Chỉ đạo Trung ương về Phòng, chống thiên tai`) (corpus)", () => {
    expect(first("Từ ngày 16 đến 18-3, Ủy ban Văn hóa giáo dục, Thanh niên thiếu niên và nhi đồng của Quốc hội tổ chức hội thảo “Chuyên gia về dự án Luật Dạy nghề”.")?.organiser).toBe(
      "Ủy ban Văn hóa giáo dục, Thanh niên thiếu niên và nhi đồng của Quốc hội",
    );
    expect(first("Ngày 27/4, Ban Chỉ đạo Trung ương về Phòng, chống thiên tai tổ chức Hội nghị PCTT khu vực miền núi phía Bắc năm 2021")?.organiser).toBe(
      "Ban Chỉ đạo Trung ương về Phòng, chống thiên tai",
    );
  });

  it("gives the head's day across a person set apart, a same-day aside, a province as subject; no congress of solidarity or games; quotes with spaces inside (corpus)", () => {
    expect(first("Ngày 22/3, tại Tam Kỳ, ông Nguyễn Xuân Phúc, Chủ tịch UBND tỉnh Quảng Nam đã chủ trì tọa đàm \"Cải thiện môi trường đầu tư\" nhằm")).toMatchObject({ date: { day: 22, month: 3 } });
    expect(first("Sáng 7/4 (tức 10/3 âm lịch), tại Khu di tích lịch sử Đền Hùng, tỉnh Phú Thọ đã tổ chức trọng thể Lễ dâng hương tưởng niệm các Vua Hùng.")).toMatchObject({
      date: { day: 7, month: 4 },
      organiser: null,
    });
    expect(findEvents("Đây là đại hội đoàn kết đầu tiên của các dân tộc")).toEqual([]);
    expect(findEvents("trong hơn 40 năm lịch sử của Đại hội Thể thao Đông Nam Á")).toEqual([]);
    expect(first('nhân lễ tổng kết 7 năm chương trình " Xe lăn cho người tàn tật và trẻ bại liệt ". Chương trình')?.text).toBe(
      'lễ tổng kết 7 năm chương trình " Xe lăn cho người tàn tật và trẻ bại liệt "',
    );
  });

  it("reads a day in brackets or from `từ ngày` right after a name, a day clause after the sentence's first clause; no counted meetings; formulas with commas (corpus)", () => {
    expect(first("và hội nghị hiệp thương lần thứ 2 (17/3) ông Trường đang")).toMatchObject({ date: { day: 17, month: 3 } });
    expect(first("BCH Trung ương quyết định triệu tập Đại hội X của Đảng từ ngày 18 đến 25-4 tại Hà Nội.")).toMatchObject({
      date: { start: { day: 18, month: 4 }, end: { day: 25, month: 4 } },
    });
    expect(first("Tại Yên Bái, ngày 1/2, Thành ủy, HĐND, UBND và Ủy ban MTTQ thành phố Yên Bái tổ chức lễ kỷ niệm 74 năm thành lập Đảng.")).toMatchObject({
      date: { day: 1, month: 2 },
    });
    // A comma inside a list of days ends no clause.
    expect(first("Trong 3 ngày 16,17 và 18.3, tại khách sạn Đệ Nhất đã diễn ra hội nghị góp ý với Dự thảo")?.date).not.toEqual({ start: { day: 17, month: 3 }, end: { day: 18, month: 3 } });
    expect(findEvents("Trong năm năm qua, qua 15 kỳ hội nghị trung ương, Ban chấp hành")).toEqual([]);
    expect(first("Trước đó, tại Hội nghị học tập, quán triệt, tuyên truyền 10 Chương trình công tác của Thành ủy")?.name).toBe(
      "Hội nghị học tập, quán triệt, tuyên truyền 10 Chương trình công tác",
    );
  });

  it("takes the committee that meets, set after a conference's number with its term (`Hội nghị lần thứ 14, Ban Chấp hành Trung ương Đảng khoá IX`) (corpus)", () => {
    expect(first("Sáng 20-3, Hội nghị lần thứ 14, Ban Chấp hành Trung ương Đảng khoá IX diễn ra tại Hà Nội.")).toMatchObject({
      text: "Hội nghị lần thứ 14, Ban Chấp hành Trung ương Đảng khoá IX",
      term: { ordinal: 9 },
      date: { day: 20, month: 3 },
      place: "Hà Nội",
    });
    // with no term, the comma still ends the name
    expect(first("Hội nghị lần thứ 14, Ban Chấp hành Trung ương Đảng đã thảo luận")?.text).toBe("Hội nghị lần thứ 14");
  });

  it("reads the place written after the day that follows the name or its organiser's clause (corpus)", () => {
    expect(first("BCH Trung ương quyết định triệu tập Đại hội X của Đảng từ ngày 18 đến 25-4 tại Hà Nội.")).toMatchObject({ place: "Hà Nội" });
    expect(first("Tham dự hội nghị cử tuyển 2006 do Bộ GD-ĐT tổ chức ngày 20-1 tại Hà Nội, ông A")).toMatchObject({
      organiser: "Bộ GD-ĐT",
      date: { day: 20, month: 1 },
      place: "Hà Nội",
    });
  });

  it("reads a day to come in brackets after `vào` and a part of the day, and an organiser after the dash that opens an answer (corpus)", () => {
    const text = "Có ai chủ trì?\n- Ban Chấp hành Trung ương khóa X họp Hội nghị Trung ương lần thứ nhất vào chiều mai (24-4), sau đó";
    expect(first(text)).toMatchObject({ name: "Hội nghị Trung ương lần thứ nhất", date: { day: 24, month: 4 }, organiser: "Ban Chấp hành Trung ương khóa X" });
  });

  it("reads the capital named with the word for it as the place (`tại thủ đô Hà Nội`) (corpus)", () => {
    expect(first("Hội nghị Trung ương 4 diễn ra tại thủ đô Hà Nội sáng 5/3")).toMatchObject({ place: "Hà Nội", date: { day: 5, month: 3 } });
  });

  it("reads the place in brackets after a venue, at the head of the sentence or after `tại` (corpus)", () => {
    expect(first("Đúng 8h30 sáng nay (18/4), tại hội trường Ba Đình (Hà Nội), Đại hội Đảng toàn quốc thứ X đã chính thức được khai mạc.")).toMatchObject({
      date: { day: 18, month: 4 },
      place: "Hà Nội",
    });
    expect(first("Hội nghị Trung ương 4 diễn ra tại Trung tâm Hội nghị quốc gia Mỹ Đình (Hà Nội) sáng 5/3.")).toMatchObject({ place: "Hà Nội", date: { day: 5, month: 3 } });
    // what the brackets hold must be one place
    expect(first("Hội nghị Trung ương 4 diễn ra tại nhà ông A (SN 1955) sáng 5/3.")?.place).toBeNull();
  });

  it("runs a name quoted whole to its closing quote, and reads organisers listed with commas before `tổ chức` (corpus)", () => {
    const text = 'đã phát biểu tại "Hội nghị tổng kết 5 năm thực hiện Nghị định 58 của Chính phủ về bảo hiểm y tế" do Bộ Y tế, Bộ Tài chính, Bộ Lao động - Thương binh và Xã hội tổ chức ngày 9/7 tại Hà Nội.';
    expect(first(text)).toMatchObject({
      name: "Hội nghị tổng kết 5 năm thực hiện Nghị định 58 của Chính phủ về bảo hiểm y tế",
      organiser: "Bộ Y tế, Bộ Tài chính, Bộ Lao động - Thương binh và Xã hội",
      date: { day: 9, month: 7 },
      place: "Hà Nội",
    });
    // a list with an item that is no body gives no organiser
    expect(first("tại Hội nghị tổng kết công tác năm 2021 do Bộ Y tế, các bệnh viện tổ chức")?.organiser).toBeNull();
  });

  it("takes the lead organiser before `kết hợp với` and a partner (corpus)", () => {
    const text = "Ngày 21/4, tại Thái Nguyên, Hội Nhà báo Việt Nam kết hợp với Thành ủy-HĐND-UBND tỉnh Thái Nguyên long trọng tổ chức lễ kỷ niệm 55 năm ngày thành lập Hội Nhà báo Việt Nam";
    expect(first(text)).toMatchObject({ organiser: "Hội Nhà báo Việt Nam", date: { day: 21, month: 4 }, place: "Thái Nguyên" });
  });

  it("reads no congress of every level, a kind of event (corpus)", () => {
    expect(findEvents("chuẩn bị đại hội đảng bộ các cấp tiến tới Đại hội X")).toMatchObject([{ name: "Đại hội X" }]);
    expect(findEvents("Chỉ thị về Đại hội Đảng các cấp về công tác nhân sự")).toEqual([]);
    // an election of the councils of every level is one event, held on one day
    expect(first("cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026")?.kind).toBe("election");
  });

  it("reads an opening to the public (`lễ khai trương`), a meeting of several branches, and the day after an hour written with `lúc` (corpus)", () => {
    expect(first("Bộ Giao thông vận tải sẽ làm lễ khai trương hầm đường bộ xuyên đèo Hải Vân lúc 8h30 ngày 5/6/2005.")).toMatchObject({
      kind: "ceremony",
      name: "lễ khai trương hầm đường bộ xuyên đèo Hải Vân",
      organiser: "Bộ Giao thông vận tải",
      date: { year: 2005, month: 6, day: 5 },
    });
    expect(first("Lễ truy điệu lúc 6g ngày 9-1-2006 và đưa đi an táng")).toMatchObject({ date: { year: 2006, month: 1, day: 9 } });
    expect(first("Chiều 3-5, Sở Xây dựng Hà Nội đã tổ chức cuộc họp liên ngành bàn về việc")).toMatchObject({ kind: "meeting", name: "cuộc họp liên ngành", date: { day: 3, month: 5 } });
  });

  it("reads the organiser's clause past a short aside in brackets after the name (corpus)", () => {
    const text = "đã tham dự buổi họp mặt long trọng mừng đại lễ Phật đản Phật lịch (PL) 2550 (dương lịch 2006) do Ủy ban MTTQ TP.HCM tổ chức.";
    expect(first(text)).toMatchObject({ name: "buổi họp mặt long trọng mừng đại lễ Phật đản Phật lịch (PL) 2550", organiser: "Ủy ban MTTQ TP.HCM" });
    expect(first("tại hội nghị lần thứ 14 Diễn đàn Nghị viện các nước châu Á-Thái Bình Dương (APPF-14) do Quốc hội Indonesia đăng cai tổ chức")).toMatchObject({
      organiser: "Quốc hội Indonesia",
    });
  });

  it("gives the head's day to an event attended by the subject of the clause before (`…, Thủ tướng sẽ đi thăm X, dự lễ …`) (corpus)", () => {
    expect(first("Sáng 26-6, Thủ tướng sẽ đi thăm Bảo tàng Văn minh, dự lễ khánh thành Nhà Việt Nam, và gặp")).toMatchObject({
      name: "lễ khánh thành Nhà Việt Nam",
      date: { day: 26, month: 6 },
    });
    // a clause before with no subject named with a capital, or no verb of attending: no day
    expect(first("Sáng 26-6, trời mưa to, dự lễ khánh thành Nhà Việt Nam")?.date).toBeNull();
    expect(first("Sáng 26-6, Thủ tướng sẽ đi thăm Bảo tàng Văn minh, bàn về lễ khánh thành Nhà Việt Nam")?.date).toBeNull();
  });

  it("reads what is said after the closing quote of a name quoted whole, and a place after a comma that follows the day (corpus)", () => {
    const text = 'như "Hội nghị ủng hộ nạn nhân chất độc da cam/dioxin Việt Nam"() được tổ chức hôm qua 25/7, tại TP Hồ Chí Minh.';
    expect(first(text)).toMatchObject({
      name: "Hội nghị ủng hộ nạn nhân chất độc da cam/dioxin Việt Nam",
      date: { day: 25, month: 7 },
      place: "Thành phố Hồ Chí Minh",
    });
    expect(first("theo “Hội thảo về cải cách hành chính” diễn ra ngày 3/5 tại Huế")).toMatchObject({ date: { day: 3, month: 5 }, place: "Huế" });
    // without a day, a comma still closes the event's clause
    expect(first("Hội nghị tổng kết được tổ chức, tại Hà Nội các đại biểu")).toMatchObject({ date: null, place: null });
  });

  it("gives the head's day to an event that takes place told with its tense, and to a day to come (`Ngày 4/3 tới`) (corpus)", () => {
    expect(first("Ngày 6-8, tại Cung Văn hóa Lao động TP, đã diễn ra Đại hội Đảng bộ cơ quan LĐLĐ TPHCM lần thứ XIII, nhiệm kỳ 2005-2008.")).toMatchObject({ date: { day: 6, month: 8 } });
    expect(first("Ngày 4/3 tới, Hội NNCĐDC/dioxin TP.HCM sẽ chính thức ra mắt và tổ chức Đại hội đại biểu lần I.")).toMatchObject({ date: { day: 4, month: 3 } });
  });

  it("gives no day nor organiser to an event not held (`vẫn chưa tổ chức`)", () => {
    expect(first("Ngày 5-11, UBND tỉnh vẫn chưa tổ chức lễ bàn giao hài cốt cho gia đình")).toMatchObject({ date: null, organiser: null });
    expect(first("Ngày 5-11, Đại sứ Marine không dự lễ bàn giao hài cốt")).toMatchObject({ date: null });
  });

  it("drops a meeting or seminar named by its opener alone when nothing is said of it: it points back (corpus)", () => {
    expect(findEvents("Tại buổi họp báo, báo chí cũng nêu vấn đề")).toEqual([]);
    expect(findEvents("Buổi họp mặt còn sinh động hơn với màn trình diễn")).toEqual([]);
    expect(first("Tại cuộc họp báo chiều 1/10, ông A")).toMatchObject({ name: "cuộc họp báo", date: { day: 1, month: 10 } });
  });

  it("drops a name in common words followed by a demonstrative, which points back to an event named before (corpus)", () => {
    const names = (text: string) => findEvents(text).map((m) => m.name);
    expect(names("Ngày 4-6-2004, LĐLĐ đã tổ chức hội thảo về vấn đề này nhằm tìm những giải pháp")).toEqual([]);
    expect(names("Phát biểu tại lễ ký kết thực hiện chương trình này, anh")).toEqual([]);
    // A name with a number or a capital still names the event.
    expect(names("Chính trong Hội nghị T.Ư 15 này thì T.Ư mới bàn")).toEqual(["Hội nghị T.Ư 15"]);
    expect(names("lịch hoạt động tại kỳ họp thứ 7 này của QH")).toEqual(["kỳ họp thứ 7"]);
  });

  it("reads the head's day and the organiser across an aside in brackets (corpus)", () => {
    const [flag] = findEvents("Ngày 30/4, tại kỳ đài Hiền Lương (thuộc Khu di tích Đôi bờ Hiền Lương - Bến Hải, tỉnh Quảng Trị) diễn ra Lễ Thượng cờ chào mừng kỷ niệm 46 năm.");
    expect(flag).toMatchObject({ kind: "ceremony", date: { day: 30, month: 4 } });
    const [anniversary] = findEvents("Sáng 21/2, Tổng cục tình báo chiến lược (Bộ Công an) tổ chức lễ kỷ niệm 60 năm ngày thành lập lực lượng");
    expect(anniversary).toMatchObject({ organiser: "Tổng cục tình báo chiến lược (Bộ Công an)", date: { day: 21, month: 2 } });
    // A paper's dateline in brackets still opens its line.
    expect(first("(NLĐ)- Sáng 26-3, Ban Dân vận tổ chức Hội nghị tổng kết.")).toMatchObject({ organiser: "Ban Dân vận", date: { day: 26, month: 3 } });
  });

  it("goes on over a noun whose second word stops names elsewhere (corpus)", () => {
    expect(findEvents("Kết luận phiên thảo luận của Hội nghị ĐBQH chuyên trách về dự thảo Luật Nhà ở, Chủ tịch").map((m) => m.name)).toEqual([
      "Hội nghị ĐBQH chuyên trách về dự thảo Luật Nhà ở",
    ]);
    expect(findEvents("Hội nghị tổng kết ở Hà Nội").map((m) => m.name)).toEqual(["Hội nghị tổng kết"]);
  });

  it("reads `bàn` right after `hội nghị` as what the conference is for, not the verb it does (corpus)", () => {
    expect(findEvents("Phó Thủ tướng đã chủ trì hội nghị bàn biện pháp chống hạn cho 9 tỉnh").map((m) => m.name)).toEqual(["hội nghị bàn biện pháp chống hạn"]);
    expect(findEvents("Hội nghị tổng kết bàn về nhiều vấn đề").map((m) => m.name)).toEqual(["Hội nghị tổng kết"]);
  });

  it("reads an election of people's councils, and a term in brackets that closes a name (corpus)", () => {
    const read = (text: string) => findEvents(text).map((m) => [m.kind, m.name, m.term?.ordinal ?? null, m.term?.startYear ?? null]);
    expect(read("đại biểu Quốc hội khóa XV và bầu cử Hội đồng nhân dân các cấp nhiệm kỳ 2021-2026.")).toEqual([["election", "bầu cử Hội đồng nhân dân các cấp nhiệm kỳ 2021-2026", null, 2021]]);
    expect(read("Nếu không có gì thay đổi, sau bầu cử HĐND các cấp, ba quận")).toEqual([["election", "bầu cử HĐND các cấp", null, null]]);
    expect(read("Theo UBKT Tỉnh ủy Phú Yên, Kết quả kỳ họp thứ 6 của UBKT Tỉnh ủy Phú Yên (Khóa XVII).")).toEqual([["session", "kỳ họp thứ 6 của UBKT Tỉnh ủy Phú Yên (Khóa XVII)", 17, null]]);
    expect(read("ngày 10/7/2004, Hội nghị lần thứ 10 Ban Chấp hành Trung ương Đảng (khóa IX) đã bế mạc")).toEqual([["conference", "Hội nghị lần thứ 10 Ban Chấp hành Trung ương Đảng (khóa IX)", 9, null]]);
    expect(read("Chiều nay, Hội nghị lần thứ nhất Ban Chấp hành Trung ương Đảng khóa X đã")).toEqual([["conference", "Hội nghị lần thứ nhất Ban Chấp hành Trung ương Đảng khóa X", 10, null]]);
    expect(read("Ngày 21-12, Đại hội đại biểu Đảng bộ tỉnh Vĩnh Long lần VIII (nhiệm kỳ 2005-2010) đã khai mạc")).toEqual([
      ["congress", "Đại hội đại biểu Đảng bộ tỉnh Vĩnh Long lần VIII (nhiệm kỳ 2005-2010)", 8, 2005],
    ]);
    expect(read("năm năm thực hiện nghị quyết Đại hội lần XIII Đảng bộ TP, thủ đô")).toEqual([["congress", "Đại hội lần XIII Đảng bộ TP", 13, null]]);
    // A title in quotes is the name's, quotes included.
    expect(findEvents("Thành đoàn TP.HCM đã tổ chức lễ trao giải thưởng “Ngòi bút trẻ” lần 2.").map((m) => m.name)).toEqual(["lễ trao giải thưởng “Ngòi bút trẻ”"]);
    expect(findEvents('tổ chức Lễ thượng cờ "Thống nhất non sông", kỷ niệm 46 năm').map((m) => m.name)).toEqual(['Lễ thượng cờ "Thống nhất non sông"']);
    expect(findEvents("hội nghị tuyển sinh “ảo” nên").map((m) => m.name)).toEqual(["hội nghị tuyển sinh"]);
    // A bracket that holds no term is not the name's.
    expect(read("Hội nghị tổng kết (Hà Nội) đã diễn ra")).toEqual([["conference", "Hội nghị tổng kết", null, null]]);
  });

  it("takes every body of a list of organisers, and the head's day before the list (corpus)", () => {
    expect(first("Sáng 27/4, Thành ủy, HĐND, UBND và MTTQ TP Hà Nội đã long trọng tổ chức lễ kỷ niệm 995 năm Thăng Long.")).toMatchObject({
      organiser: "Thành ủy, HĐND, UBND và MTTQ TP Hà Nội",
      date: { day: 27, month: 4 },
    });
    // An acronym in brackets after a listed body is left out of it, as after the last.
    expect(first("Sáng 5/4, Bộ Nông nghiệp và Phát triển nông thôn (NN-PTNT), Cục Thú y tổ chức hội nghị tổng kết.")).toMatchObject({
      organiser: "Bộ Nông nghiệp và Phát triển nông thôn, Cục Thú y",
      date: { day: 5, month: 4 },
    });
    // A clause before the list that is no body ends it.
    expect(first("Ngày 14-1, Ban Dân vận Tỉnh ủy tổ chức Hội nghị tổng kết.")).toMatchObject({ organiser: "Ban Dân vận Tỉnh ủy", date: { day: 14, month: 1 } });
  });

  it("takes a city named `TP` as organiser, and leaves out a crowd that joins it in lower case (corpus)", () => {
    expect(first("Ngày 25/4, tại Khu đô thị mới Thủ Thiêm, TP Thủ Đức (TPHCM) tổ chức lễ đặt tên cho 20 tuyến đường")).toMatchObject({
      name: "lễ đặt tên",
      organiser: "TP Thủ Đức",
      date: { day: 25, month: 4 },
    });
    expect(first("UBND huyện Hạ Hòa cùng hàng ngàn khách thập phương đã long trọng tổ chức Lễ dâng hương tưởng nhớ công đức Tổ Mẫu Âu Cơ.")?.organiser).toBe("UBND huyện Hạ Hòa");
    // A partner named with a capital holds it too: the two as a list.
    expect(first("Sở Nội vụ cùng UBND huyện tổ chức Hội nghị tổng kết.")?.organiser).toBe("Sở Nội vụ, UBND huyện");
    expect(first("Bộ Văn hóa - Thông tin phối hợp với UBND tỉnh Cà Mau đã khai mạc Hội nghị tổng kết.")?.organiser).toBe("Bộ Văn hóa - Thông tin, UBND tỉnh Cà Mau");
    expect(first("Bộ Tài chính phối hợp với các cơ quan liên quan tổ chức Hội nghị tổng kết.")?.organiser).toBe("Bộ Tài chính");
    expect(first("Ngày 5/6, Thành đoàn TP.HCM tổ chức Hội nghị tổng kết.")).toMatchObject({ organiser: "Thành đoàn TP.HCM", date: { day: 5, month: 6 } });
    expect(first("Sáng 27/4, TP.HCM tổ chức lễ kỷ niệm 46 năm.")).toMatchObject({ organiser: "TP.HCM", date: { day: 27, month: 4 } });
    expect(first("Sáng 10/4, BCH T.Ư Đảng, Quốc hội, Chủ tịch nước, Chính phủ, Ủy ban T.Ư MTTQ Việt Nam và TP Hà Nội tổ chức lễ kỷ niệm 100 năm.")?.organiser).toBe(
      "BCH T.Ư Đảng, Quốc hội, Chủ tịch nước, Chính phủ, Ủy ban T.Ư MTTQ Việt Nam và TP Hà Nội",
    );
  });

  it("takes the place from `tại` right after the name", () => {
    expect(first("Hội nghị Trung ương 4 khóa XII tại Hà Nội")?.place).toBe("Hà Nội");
    expect(first("Hội nghị Trung ương 4 khóa XII tại hội trường")?.place).toBeNull();
  });

  it("gives the same events for old-style tone marks and NFD, with offsets into the input", () => {
    for (const input of ["Kỳ họp thứ 7, Quốc hội khoá XV", "Kỳ họp thứ 7, Quốc hội khóa XV".normalize("NFD")]) {
      const [event] = findEvents(input);
      expect(event).toMatchObject({ kind: "session", name: "Kỳ họp thứ 7, Quốc hội khóa XV", term: { ordinal: 15 } });
      expect(input.slice(event?.start, event?.end)).toBe(event?.text);
    }
  });

  it("never throws, slices the input and validates against EventMention", () => {
    const pieces = fc.constantFrom(
      "Hội nghị ", "hội nghị ", "Kỳ họp ", "thứ ", "7", "bất thường ", "lần thứ ", "XIII", "khóa ", "XV", "Đại hội ", "của Đảng", " bộ tỉnh",
      "cuộc bầu cử ", "đại biểu ", "Quốc hội ", "Lễ ", "kỷ niệm ", "nhiệm kỳ ", "2021 - 2026", ", ", ". ", "Ngày 14-1, ", "Ban Dân vận ", "tổ chức ",
      " do ", " tại ", "Hà Nội", "\n", "\u00a0", "&amp;", "Ủy ban ",
    );
    const inputs = fc.array(fc.oneof(pieces, pieces, fc.string()), { maxLength: 40 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(inputs, (input) => {
        let last = -1;
        for (const m of findEvents(input)) {
          expect(input.slice(m.start, m.end)).toBe(m.text);
          expect(m.start).toBeGreaterThanOrEqual(last);
          last = m.end;
          EventMention.parse(m);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("gives the same events for old-style tone marks and for NFD input", () => {
    const pieces = fc.constantFrom(
      "Hội nghị ", "tổng kết ", "công tác ", "hòa giải ", "Kỳ họp ", "thứ ", "7", ", Quốc hội ", "khóa ", "khoá ", "XV", "Đại hội ", "XIII", " của Đảng",
      "Ngày 14-1, ", "Ban Dân vận Tỉnh ủy ", "Ủy ban ", "tổ chức ", " tại ", "Thanh Hoá", ". ", " ",
    );
    const meaning = (input: string) => findEvents(input).map(({ start, end, text, ...event }) => event);
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, pieces, fc.string()), { maxLength: 30 }), (parts) => {
        const input = parts.join("");
        // The old-style pass also decodes entities, which would decode `&amp;lt;` twice.
        if (!input.includes("&")) expect(meaning(normalize(input, { toneStyle: "old" }))).toEqual(meaning(input));
        expect(meaning(input.normalize("NFD"))).toEqual(meaning(input));
      }),
      { numRuns: 200 },
    );
  });

  it("stays linear on adversarial input", () => {
    expectLinearTime(findEvents, "Ngày 1-1, Ban tổ chức Hội nghị Kỳ họp thứ 7 Đại hội lần thứ XIII của Đảng bộ tỉnh khóa ");
  });
});

describe("findEvents: a day set apart by a comma after the name", () => {
  it("dates the event when it closes the sentence, as a caption writes it (corpus), not when the sentence goes on", () => {
    expect(findEvents("Thủ tướng dự Hội nghị các nhà Lãnh đạo ASEAN, chiều 24/4.", { ref: "2021-04-25" })[0]?.date).toEqual({ year: 2021, month: 4, day: 24 });
    expect(findEvents("Thủ tướng dự Hội nghị các nhà Lãnh đạo ASEAN, chiều 24/4, ông nói", { ref: "2021-04-25" })[0]?.date).toBeNull();
  });
});

describe("findEvents: cùng ngày at the head of the event's sentence", () => {
  it("dates the event by the last day the text dated before it (corpus), not by a deadline", () => {
    const text = "(NLĐ)- Sáng 27-2, Tổng Bí thư đã đến thắp hương. Cùng ngày, Học viện Chính trị Quốc gia Hồ Chí Minh tổ chức hội thảo khoa học “Đồng chí Phạm Văn Đồng với cách mạng Việt Nam”.";
    expect(findEvents(text).at(-1)?.date).toEqual({ month: 2, day: 27 });
    expect(findEvents("Sở phải nộp trước ngày 23-6. Chiều cùng ngày, Sở tổ chức hội nghị tổng kết.").at(-1)?.date).toBeNull();
  });
});
