import type { EventKind } from "@vnpol/schema";

/** A word that opens the name of an event, and what it tells. */
export interface EventWord {
  /** The word(s) in lower case: `hội nghị`. */
  readonly word: string;
  readonly kind: EventKind;
  /** Which term words end the name (`lần thứ XIV` numbers a congress, not a conference). */
  readonly endsAt: readonly ("khóa" | "nhiệm kỳ" | "lần thứ" | "đại hội")[];
  /** Words one of which must come next (`Lễ kỷ niệm`, `Kỳ họp thứ 7`); empty: any word that is not a stop. */
  readonly next: readonly string[];
  /**
   * Words right after the event word that make it no event of this kind (`Quốc hội thảo luận`: `hội thảo` is there
   * part of `thảo luận`; `đại hội đoàn kết`, a congress of solidarity in common words; `Đại hội Thể thao`, games).
   */
  readonly notNext?: readonly string[];
  /** Words one of which opens a name, when no capital, numeral or title in quotes does; without any, the event word is a clause's subject (`Đại hội bầu …`). */
  readonly openers?: readonly string[];
  /** The one or two words one of which must stand right before it (`tổ chức họp báo`): elsewhere the event word is a verb (`Bộ Ngoại giao họp báo`). */
  readonly onlyAfter?: readonly string[];
}

/** Words one of which must open the name of a congress (`Đại hội Đảng`, `Đại hội đại biểu`), if no capital, numeral or term does. */
export const CONGRESS_OPENERS: readonly string[] = [
  "đại biểu", "toàn quốc", "đảng", "đảng bộ", "chi bộ", "thi đua", "công đoàn", "đoàn", "hội", "cổ đông", "phụ nữ", "thanh niên",
  "dân tộc", "cựu chiến binh", "nông dân", "mặt trận", "lần thứ", "lần", "thành lập", "điểm",
];

/** Words one of which must open the name of a meeting written `cuộc họp` or `buổi họp`, if no capital does: a press conference, a gathering, an extraordinary meeting, a meeting of several branches or bodies (`liên ngành`, `liên tịch`). */
export const MEETING_OPENERS: readonly string[] = ["báo", "mặt", "bất thường", "khẩn", "thường kỳ", "giao ban", "trực tuyến", "toàn thể", "liên ngành", "liên tịch"];

/**
 * Words one of which must open the name of a seminar (`hội thảo khoa học`, `hội thảo về …`), if no
 * capital or title in quotes does: after other words, `hội thảo` is the subject of a clause (`hội
 * thảo thật sự sinh động`, `kết quả hội thảo một lần nữa …`).
 */
export const SEMINAR_OPENERS: readonly string[] = [
  "khoa học", "quốc tế", "quốc gia", "khu vực", "về", "bàn về", "với chủ đề", "chuyên đề", "kỷ niệm", "góp ý", "đóng góp",
  "lấy ý kiến", "tham vấn", "chia sẻ", "xây dựng", "tổng kết", "sơ kết", "triển khai", "giới thiệu",
];

/**
 * The words that name political events in Vietnamese, by the vocabulary of Điều lệ Đảng
 * (đại hội, hội nghị Ban Chấp hành), Luật Tổ chức Quốc hội 2014 (kỳ họp thường lệ, bất
 * thường), Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND 2015 (cuộc bầu cử), and Nghị định
 * 145/2013/NĐ-CP on anniversaries and ceremonies (lễ kỷ niệm, lễ mít tinh); and the meetings of
 * experts that Quyết định 06/2020/QĐ-TTg on international conferences and seminars names (hội
 * thảo), with the round table the press names beside them (tọa đàm).
 *
 * @example
 * ```ts
 * import { EVENT_WORDS } from "@vnpol/parse";
 * EVENT_WORDS.some((row) => row.kind === "congress"); // true: Đại hội
 * ```
 */
export const EVENT_WORDS: readonly EventWord[] = [
  { word: "hội nghị", kind: "conference", endsAt: ["khóa", "nhiệm kỳ"], next: [] },
  { word: "kỳ họp", kind: "session", endsAt: ["khóa", "nhiệm kỳ"], next: ["thứ", "bất thường", "chuyên đề", "lần thứ", "đầu tiên", "cuối"] },
  { word: "phiên họp", kind: "meeting", endsAt: ["khóa", "nhiệm kỳ"], next: ["thứ", "Chính phủ", "chuyên đề", "thường kỳ", "toàn thể", "đầu tiên"] },
  { word: "đại hội", kind: "congress", endsAt: ["khóa", "nhiệm kỳ", "lần thứ", "đại hội"], next: [], openers: CONGRESS_OPENERS, notNext: ["đoàn kết", "thể thao", "thể dục"] },
  { word: "cuộc bầu cử", kind: "election", endsAt: ["khóa", "nhiệm kỳ"], next: ["đại biểu", "Quốc hội", "Hội đồng", "HĐND", "Tổng thống", "bổ sung"] },
  { word: "bầu cử", kind: "election", endsAt: ["khóa", "nhiệm kỳ"], next: ["đại biểu", "Quốc hội", "Hội đồng", "HĐND", "Tổng thống", "bổ sung"] },
  {
    word: "lễ",
    kind: "ceremony",
    endsAt: ["khóa", "nhiệm kỳ"],
    next: [
      "kỷ niệm", "mít tinh", "khai mạc", "bế mạc", "trao", "công bố", "ra mắt", "tuyên dương", "khánh thành", "khởi công", "đón nhận", "tưởng niệm", "truy điệu", "kết nạp", "phát động", "tuyên thệ", "nhậm chức",
      // Ceremonies the corpus names besides those of the decree: a flag raising on an anniversary, an offering of
      // incense, a signing (`ký kết` listed whole, so that `tại lễ ký kết` points back as a bare kind), a
      // groundbreaking, a handover, the naming of streets, the launch of a campaign, a review, an opening to the public.
      "thượng cờ", "dâng hương", "ký kết", "ký", "động thổ", "đặt viên", "bàn giao", "đặt tên", "ra quân", "tổng kết", "khai trương",
    ],
  },
  // A rally named without `lễ` (`tổ chức mít tinh trọng thể kỷ niệm 60 năm …`), also spelt as one word.
  { word: "mít tinh", kind: "ceremony", endsAt: ["khóa", "nhiệm kỳ"], next: ["kỷ niệm", "trọng thể", "chào mừng", "hưởng ứng"] },
  { word: "mittinh", kind: "ceremony", endsAt: ["khóa", "nhiệm kỳ"], next: ["kỷ niệm", "trọng thể", "chào mừng", "hưởng ứng"] },
  // A meeting named by what makes it one: a press conference (`cuộc họp báo thường kỳ của Bộ Ngoại giao`), a
  // gathering (`buổi họp mặt truyền thống`), an extraordinary or urgent one, or the body that meets (`cuộc họp Bộ
  // Chính trị`); `tại cuộc họp` alone points back to one named before.
  { word: "cuộc họp", kind: "meeting", endsAt: ["khóa", "nhiệm kỳ"], next: [], openers: MEETING_OPENERS },
  { word: "buổi họp", kind: "meeting", endsAt: ["khóa", "nhiệm kỳ"], next: [], openers: MEETING_OPENERS },
  // A press conference held with no classifier: `Hội đồng bầu cử quốc gia tổ chức họp báo công bố danh sách …`.
  { word: "họp báo", kind: "meeting", endsAt: ["khóa", "nhiệm kỳ"], next: [], onlyAfter: ["tổ chức", "mở"] },
  // A seminar or round table, named by what it is about (`Hội thảo khoa học "…"`, `tọa đàm về …`); `Quốc hội thảo luận` is no seminar.
  { word: "hội thảo", kind: "seminar", endsAt: ["khóa", "nhiệm kỳ"], next: [], notNext: ["luận"], openers: SEMINAR_OPENERS },
  { word: "tọa đàm", kind: "seminar", endsAt: ["khóa", "nhiệm kỳ"], next: [], openers: SEMINAR_OPENERS },
];

/**
 * Words that end a name where they stand (verbs, prepositions, time words, demonstratives), and
 * words before an event word that make it something else (`Trung tâm Hội nghị`, `Luật Bầu cử`,
 * `đơn vị bầu cử`): from the project's golden tables (events/golden.md).
 */
export const NAME_STOPS: ReadonlySet<string> = new Set([
  "tại", "do", "vào", "với", "diễn ra", "ngay", "thời gian", "được", "đã", "sẽ", "đang", "đến", "nhằm", "để", "theo", "có", "là", "này", "đó", "nói",
  "trên", "cho", "sáng", "chiều", "tối", "trưa", "ngày", "hôm", "khi", "thì", "mà", "vừa", "cũng", "nên", "bởi", "từ", "qua", "ở",
  "và", "của", "tới", "trước", "sau", "nay", "ấy", "kéo", "thức", "cần", "phải", "không", "chưa", "đều", "như", "nhưng", "hay",
  "hoặc", "ra", "lần", "những", "gồm", "bao", "thông qua", "thông báo", "yêu", "vẫn", "trong", "ông", "bà", "đ", "còn", "dưới", "sắp", "ít", "hơn",
  "nhiều", "chỉ", "rất", "đồng chí", "khai mạc", "bế mạc", "quyết định", "quyết tâm", "chính thức", "quan trọng", "xong", "đi vào", "đưa ra",
  // Verbs that follow an event as its subject (`Đại hội giới thiệu 33 người`, `Hội nghị tiếp tục làm việc`).
  "tiếp tục", "nghiêm túc", "thống nhất", "nhất trí", "thảo luận", "kết thúc", "ghi nhận", "biểu quyết", "xem xét",
  "nghe", "dành", "làm việc", "giới thiệu", "giao cho", "ngoài", "mang", "lấy phiếu", "bàn", "họp", "bỏ phiếu",
  "bầu ra", "bầu bổ sung", "nào", "lúc", "ảnh", "đối với", "khóa", "thành công", "vài", "khẳng định", "nhấn mạnh", "cho rằng", "tập trung", "chính là",
  "xác định", "đề ra", "chỉ ra", "nhận định", "đánh giá cao", "cho biết", "phân tích", "làm",
  // "được Đại hội Đảng bộ tỉnh bầu làm Bí thư": the congress electing someone (`bầu cử` stays a noun of names).
  "bầu làm", "bầu ông", "bầu bà", "bầu đồng", "bầu ban", "bầu bch", "thực sự",
]);

/**
 * Words that say when, after `tổ chức`, make it the verb "held" (`hội nghị … tổ chức cuối tháng 3`,
 * `hội nghị … tổ chức tại`), not the noun of a name (`công tác tổ chức nhà nước`); the name ends
 * before it. The {@link NAME_STOPS} (`tại`, `ở`, `vào`, `ngày`, `sáng`) do the same.
 */
export const HELD_WHEN: ReadonlySet<string> = new Set(["cuối", "đầu", "giữa", "tháng", "năm"]);

/**
 * Words after `ngày` that make it a date (`ngày 20`, `ngày mai`, `ngày hôm qua`, `ngày thứ Hai`),
 * not the day a ceremony marks (`ngày thành lập Đảng`, `ngày miền Nam hoàn toàn giải phóng`).
 */
export const DATE_AFTER_NGAY: ReadonlySet<string> = new Set(["mai", "kia", "hôm", "này", "đó", "ấy", "qua", "nay", "mùng", "mồng", "đầu", "cuối", "thứ", "chủ", "rằm", "làm"]);

/** Words a name never ends with (`Hội nghị Đoàn Chủ tịch lần thứ 10 về`): dropped from its end. */
export const NOT_LAST: ReadonlySet<string> = new Set(["về", "các", "cho", "với", "trong", "giữa", "tại", "của", "và", "ngày"]);

/** Demonstratives that, right after a name, make it point back to an event named before (`hội thảo về vấn đề này`): no mention. */
export const POINTS_BACK: ReadonlySet<string> = new Set(["này", "đó", "ấy"]);


/** Words in an organiser that show the clause says more than who organised (`Đảng ủy xin ý kiến …`, `UBND tỉnh vẫn chưa …`), or that it names a person by a title (`Bộ trưởng Ngoại giao …`). */
export const NOT_IN_ORGANISER: ReadonlySet<string> = new Set(["xin", "ý", "kiến", "kết", "hợp", "chỉ", "đạo", "với", "để", "đã", "sẽ", "nhằm", "cần", "được", "mà", "việc", "đề", "trưởng", "vẫn", "chưa", "không"]);

/**
 * Names of bodies whose second syllable is one of {@link NOT_IN_ORGANISER} (`Ban Chỉ đạo Phòng chống lụt bão
 * Trung ương`, `Liên hợp quốc`, `Hợp tác xã`): capitalised so, the words are a name's, not a verb's.
 */
export const ORGANISER_NAME_COMPOUNDS: readonly string[] = ["Chỉ đạo", "Liên hợp", "Hợp tác", "Kết nghĩa"];

/** Words before an event that make the mention a document or text of it (`Nghị quyết Đại hội XIII`), not the event's own sentence. */
export const DOCUMENT_OF_EVENT: ReadonlySet<string> = new Set(["quyết", "kiện", "trình", "báo", "cáo"]);

/** Classifiers before an event word (`tổ chức buổi Hội thảo khoa học …`, `diễn ra cuộc họp báo`): the clause around the event is read from them. */
export const EVENT_CLASSIFIERS: ReadonlySet<string> = new Set(["buổi", "cuộc"]);

/** Words before a kind of ceremony alone that make it point back to one named before (`Phát biểu tại lễ kỷ niệm`, `tại buổi lễ khánh thành`). */
export const BACK_REFERENCE_AFTER: ReadonlySet<string> = new Set(["tại", "tại buổi"]);

/**
 * Words before an event that make it what a ceremony hails (`chào mừng thành công Đại hội X …
 * được tổ chức … 28/4`): the day after it is the ceremony's, not the event's.
 */
export const HAILED_AFTER: ReadonlySet<string> = new Set(["mừng", "thành công"]);

/** Words before an event that make the day written with it the day of its close (`diễn văn bế mạc Đại hội X vào sáng 25-4`), not the event's, as `đã bế mạc` after it does. */
export const CLOSED_AFTER: ReadonlySet<string> = new Set(["bế mạc"]);

export const NOT_AN_EVENT_AFTER: ReadonlySet<string> = new Set([
  // Quantifiers make it a class of events, not one: `các hội nghị`, `một hội nghị nhỏ`.
  "các", "những", "nhiều", "một", "mỗi", "mọi", "hai", "ba", "bốn",
  "trung tâm", "nhà", "phòng", "luật", "ban", "tổ", "đơn vị", "khu vực", "hội đồng", "ủy ban", "danh sách", "phiếu", "hòm", "điểm",
]);

/**
 * First words of a body that can organise an event (`Ban Dân vận Tỉnh ủy tổ chức …`): party
 * committees and boards, State bodies, the Front and mass organisations, by the names used in
 * Điều lệ Đảng, Luật Tổ chức chính quyền địa phương 2015 and Luật Mặt trận Tổ quốc Việt Nam 2015.
 */
export const ORGANISER_HEADS: readonly string[] = [
  "Ban", "Ủy ban", "UBND", "HĐND", "Hội đồng", "Hội", "Sở", "Bộ", "Mặt trận", "MTTQ", "Tỉnh ủy", "Huyện ủy", "Thành ủy", "Quận ủy",
  "Đảng ủy", "Đảng bộ", "Chi bộ", "Đảng Cộng sản", "ĐCSVN", "Đoàn", "Tỉnh đoàn", "Thành đoàn", "Huyện đoàn", "Liên đoàn", "LĐLĐ", "Tổng Liên đoàn", "Quốc hội", "Chính phủ", "Chủ tịch nước", "BCH", "Văn phòng",
  "Trung ương", "Công an", "Bộ Chỉ huy", "Bộ Tư lệnh", "Trường", "Học viện", "Viện", "Cục", "Tổng cục", "Khối", "Thường trực", "Hiệp hội", "Bệnh viện",
  "Liên hiệp", "Tòa án", "TAND", "Viện kiểm sát", "VKSND", "Kiểm toán", "Phòng", "Trung tâm", "Thành phố", "TP", "TP.HCM", "TPHCM", "Tỉnh", "Huyện", "Quận", "Thị xã", "Xã", "Phường", "Quân khu",
];

/** Counter words between a count and an event word: `15 kỳ Hội nghị Trung ương`, `3 cuộc hội thảo` (a count, not an event). */
export const COUNTERS: ReadonlySet<string> = new Set(["kỳ", "lần", "cuộc", "buổi"]);

/**
 * Words joined by a comma in the formulas of names, which stay whole (Luật Phòng, chống tham nhũng; `học tập, quán
 * triệt, tuyên truyền nghị quyết`, `quán triệt, triển khai`): the last word before the comma and the first after it.
 */
export const COMMA_FORMULAS: ReadonlySet<string> = new Set(["phòng,chống", "tập,quán", "triệt,tuyên", "triệt,triển"]);

/**
 * What follows `và` after the election of the National Assembly when the councils are elected
 * on the same day, as one election (`cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các
 * cấp nhiệm kỳ 2021-2026`): lower-case words. Source: Luật Bầu cử đại biểu Quốc hội và đại biểu
 * Hội đồng nhân dân 2015 (one election day for both).
 */
export const JOINT_ELECTION_TAILS: readonly (readonly string[])[] = ["", "bầu cử "].flatMap((election) =>
  ["", "đại biểu "].flatMap((deputies) => ["hội đồng nhân dân", "hđnd"].map((council) => `${election}${deputies}${council} các cấp`.split(" "))),
);

/** Nouns whose second word stops a name elsewhere (`ở`, `lần`): `Luật Nhà ở`, `tránh đánh thuế hai lần`. */
export const NOUNS_WITH_STOPS: ReadonlySet<string> = new Set(["nhà ở", "hai lần"]);

/** Nouns whose first word is a stop elsewhere (`chỉ`, only): `hội nghị triển khai chỉ thị`, `giao chỉ tiêu`. */
export const NOUNS_FROM_STOPS: ReadonlySet<string> = new Set(["chỉ thị", "chỉ tiêu"]);

/** Stops that, written with a capital inside a name, are a document's name, not a verb: `Hội nghị triển khai Quyết định của Bộ Chính trị`. */
export const CAPITALISED_NOUNS_FROM_STOPS: ReadonlySet<string> = new Set(["quyết định"]);

/** Names of bodies whose second word is a stop elsewhere, which an event's name may hold in lower case: `cuộc họp Ban chỉ đạo phòng chống dịch`. */
export const BODIES_WITH_STOPS: readonly (readonly string[])[] = [["ban", "chỉ", "đạo"]];

/** Stops that, right after `hội nghị`, say what the conference is for (`hội nghị bàn biện pháp chống hạn`), not what it does. */
export const PURPOSE_AFTER_CONFERENCE: ReadonlySet<string> = new Set(["bàn"]);

/** Ordinals written in words after `lần thứ` (`Hội nghị lần thứ nhất Ban Chấp hành Trung ương`): the meeting's number, part of its name. */
export const ORDINAL_WORDS: ReadonlySet<string> = new Set(["nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười"]);
