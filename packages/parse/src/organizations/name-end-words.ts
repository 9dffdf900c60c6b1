import { buildLexicon } from "./lexicon";

// Where the name of a body the table does not list ends, as word lists read by body-phrase.ts.
// Vietnamese capitalises only the first syllable of a name's words, so the words after a name
// say whether it ended: these lists are drawn from the words most frequent after bodies in the
// corpus and from the project's golden tables, and each comment says what it holds.

// Words that join or follow a name and are never the lower-case syllable of one of its words:
// "Hội Sinh viên Việt Nam và Đoàn Thanh niên" is two bodies, "… Việt Nam và anh Phan" one.
// (`không` is no such word: `Cục Hàng không`.)
// Nor are the verbs and prepositions that follow a body as the subject of its sentence: "Cục
// Thuế phải lập", "Chi cục Thú y Long An vừa có". (`cần`, `không`, `ký`, `đề` are such words too,
// but also end words of names: `Hậu cần`, `Hàng không`, `Thư ký`, `Vấn đề`.)
export const NOT_SYLLABLES: ReadonlySet<string> = new Set([
  ...["và", "hoặc", "hay", "với", "cùng", "của", "tại", "ở", "là", "đã", "đang", "sẽ", "còn", "cũng", "thì", "mà", "vẫn", "được", "bị", "chưa", "cho"],
  ...["phải", "vừa", "có", "sắp", "xin", "để", "lên", "khẳng", "đọc", "trong", "trên", "về", "theo", "từ", "đến", "vào", "khi", "sau", "trước", "lần", "tôi"],
  // The first syllables of verbs and adverbs that follow a body as its subject (`Cục Thú y đề nghị`, `Tổng cục Du lịch
  // yêu cầu`), among the words most frequent after bodies in the corpus; none is the second syllable of a word of a name.
  ...["yêu", "phê", "xem", "quyết", "phối", "tiếp", "xác", "hỗ", "nói", "nhận", "nghiên", "nêu", "khẩn", "rà"],
  ...["thừa", "gồm", "gửi", "đánh", "trả", "góp", "quá", "đều", "sớm", "chỉ", "lại", "ra", "thảo"],
  // `lẫn` joins two bodies as `và` does (`cả Vụ Tiểu học lẫn Viện Chiến lược`).
  "lẫn",
]);

/** Whether a word in lower case never goes on with a body's name (`và`, `của`, `đã`, `yêu` of `yêu cầu`): see {@link NOT_SYLLABLES}. */
export const endsBodyName = (lower: string): boolean => NOT_SYLLABLES.has(lower);

// Verbs whose first syllable is also the second of a word in names (`vấn đề`: `Ủy ban Các vấn đề xã hội`; `tình báo`:
// `Tổng cục Tình báo`): read whole.
export const VERBS_AFTER_NAME = buildLexicon(["đề nghị", "đề xuất", "đề ra", "đề cập", "báo tin", "báo cáo"].map((verb) => [verb, true] as const));

// Words that join a name to more of it (`Khoa học và công nghệ`) or to another body: a name is not sure to end before them.
export const JOINING_WORDS: ReadonlySet<string> = new Set(["và", "hoặc", "hay", "cùng"]);

// Head words that, written in lower case after a joining word, are verbs, not another body (`Cục Đê điều và phòng
// chống lụt bão`: `phòng`, to prevent; `và tổ chức`, and to organise). Từ điển tiếng Việt, "phòng" (2), "tổ chức" (1).
export const VERBS_LIKE_HEADS: ReadonlySet<string> = new Set(["phòng", "tổ"]);

// Heads of bodies, political or not, that no table lists whole: one may follow a name after `và` (`Chi cục Thú y Long An
// và Trung tâm Thú y vùng`, `Phòng Cảnh sát Hình sự và Tổ chức Rồng Xanh`), and one after a head's title names the body
// that person heads (`Giám đốc Công ty Xăng dầu Tân Nhật Minh`, `officials/institution.ts`).
export const OTHER_BODY_HEADS = buildLexicon(
  ["Trung tâm", "Viện", "Học viện", "Trường", "Bệnh viện", "Công ty", "Tổng công ty", "Ngân hàng", "Đài", "Tổ chức", "Ban quản lý", "Xí nghiệp", "Nhà máy", "Tập đoàn"].map(
    (head) => [head, true] as const,
  ),
);

// Words that begin what follows a name rather than go on with it, besides those of NOT_SYLLABLES: a time (`Cục Thú y
// ngày 16-1`), a conjunction (`vì`, `nhưng`, `nếu`), the adverb `mới` (`Cục Thú y mới có`), and the first syllables of
// more verbs (`ban hành`, `đồng ý`, `cam kết`). Unlike NOT_SYLLABLES, each may also end a word of a name (`Hàng không`,
// `Ủy ban`, `Hậu cần`, `Đổi mới`), so a name's word
// may still take it as its syllable.
export const AFTER_NAME: ReadonlySet<string> = new Set([
  ...["ngày", "sáng", "chiều", "tối", "hôm", "lúc", "vì", "nhưng", "nếu", "nơi", "không", "xung", "diễn", "nay", "mới"],
  ...["ban", "cần", "hồi", "đồng", "cử", "cam", "tổ", "kết", "khởi", "tăng", "đưa", "làm", "mở", "đặt", "thành"],
  // `thuộc` (belonging to: `Vụ Tiểu học thuộc Bộ`), which also ends `trực thuộc`.
  "thuộc",
]);

// What a plural (`các`, `những`) after a body counts when the body is a kind of body (`Ban Tuyên giáo các tỉnh`,
// `Ủy ban MTTQ các địa phương`, `Ban Thường vụ các cấp`), besides the tier words: levels, localities (`địa` of `địa
// phương`), units (`đơn` of `đơn vị`), branches, ministries, departments, agencies (`cơ` of `cơ quan`). Before
// another word the plural goes on with the name of a body no table lists (`Ban Quản lý các dự án`).
export const KINDS_AFTER_PLURAL: ReadonlySet<string> = new Set(["cấp", "địa", "đơn", "ngành", "bộ", "sở", "cơ"]);
