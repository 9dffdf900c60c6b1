import { DEPARTMENT_ONLY_FIELDS, MINISTRY_FIELDS } from "./field-names";

export { DEPARTMENT_ONLY_FIELDS, MINISTRY_FIELDS } from "./field-names";

/**
 * Fields of the divisions (phòng) of a district's people's committee (Nghị định 14/2008/NĐ-CP
 * and 37/2014/NĐ-CP): `Phòng Giáo dục và Đào tạo huyện Cờ Đỏ`, `Phòng NN-PTNT`.
 */
export const DISTRICT_DIVISION_FIELDS: readonly string[] = [
  "Nội vụ",
  "Tư pháp",
  "Tài chính - Kế hoạch",
  "Tài nguyên và Môi trường",
  "Lao động - Thương binh và Xã hội",
  "Văn hóa - Thông tin",
  "Văn hóa và Thông tin",
  "Giáo dục và Đào tạo",
  "Y tế",
  "Kinh tế",
  "Quản lý đô thị",
  "Kinh tế và Hạ tầng",
  "Nông nghiệp và Phát triển nông thôn",
  "Dân tộc",
];

/** Short forms of ministry and department names seen in news text, and the full field; the forms with `&` for `và` are added below. */
const WRITTEN_SHORT_FORMS: readonly (readonly [string, string])[] = [
  ["GD-ĐT", "Giáo dục và Đào tạo"],
  ["GD&ĐT", "Giáo dục và Đào tạo"],
  ["KH-ĐT", "Kế hoạch và Đầu tư"],
  ["KHĐT", "Kế hoạch và Đầu tư"],
  ["GDĐT", "Giáo dục và Đào tạo"],
  ["NNPTNT", "Nông nghiệp và Phát triển nông thôn"],
  ["KH&ĐT", "Kế hoạch và Đầu tư"],
  ["TN-MT", "Tài nguyên và Môi trường"],
  ["TN&MT", "Tài nguyên và Môi trường"],
  ["LĐ-TB&XH", "Lao động - Thương binh và Xã hội"],
  ["LĐ-TB-XH", "Lao động - Thương binh và Xã hội"],
  ["LĐTB-XH", "Lao động - Thương binh và Xã hội"],
  ["LĐTB và XH", "Lao động - Thương binh và Xã hội"],
  ["LĐ-TB và XH", "Lao động - Thương binh và Xã hội"],
  ["Tài nguyên - Môi trường", "Tài nguyên và Môi trường"],
  ["Tài nguyên – Môi trường", "Tài nguyên và Môi trường"],
  ["Qui hoạch - Kiến trúc", "Quy hoạch - Kiến trúc"],
  ["Quy hoạch kiến trúc", "Quy hoạch - Kiến trúc"],
  ["Nông nghiệp - Phát triển nông thôn", "Nông nghiệp và Phát triển nông thôn"],
  ["Giáo dục - Đào tạo", "Giáo dục và Đào tạo"],
  ["Kế hoạch - Đầu tư", "Kế hoạch và Đầu tư"],
  ["Kế hoạch Đầu tư", "Kế hoạch và Đầu tư"],
  ["Bưu chính - Viễn thông", "Bưu chính, Viễn thông"],
  ["Bưu chính Viễn thông", "Bưu chính, Viễn thông"],
  ["Bưu chính viễn thông", "Bưu chính, Viễn thông"],
  ["Giao thông - Công chính", "Giao thông công chính"],
  ["Giao thông - Công chánh", "Giao thông công chính"],
  ["Giao thông công chánh", "Giao thông công chính"],
  ["Lao động Thương binh và Xã hội", "Lao động - Thương binh và Xã hội"],
  ["Lao động - Thương binh - Xã hội", "Lao động - Thương binh và Xã hội"],
  ["Lao động Thương binh Xã hội", "Lao động - Thương binh và Xã hội"],
  ["Tài nguyên Môi trường", "Tài nguyên và Môi trường"],
  ["Khoa học - Công nghệ", "Khoa học và Công nghệ"],
  ["Văn hóa Thông tin", "Văn hóa - Thông tin"],
  ["LĐTB&XH", "Lao động - Thương binh và Xã hội"],
  ["GTVT", "Giao thông vận tải"],
  ["GT-VT", "Giao thông vận tải"],
  ["QH-KT", "Quy hoạch - Kiến trúc"],
  ["QHKT", "Quy hoạch - Kiến trúc"],
  ["GTCC", "Giao thông công chính"],
  ["VHTT", "Văn hóa - Thông tin"],
  ["TNMT", "Tài nguyên và Môi trường"],
  ["TN-MT", "Tài nguyên và Môi trường"],
  ["LĐTBXH", "Lao động - Thương binh và Xã hội"],
  ["KHCN", "Khoa học và Công nghệ"],
  ["NN&PTNT", "Nông nghiệp và Phát triển nông thôn"],
  ["NN-PTNT", "Nông nghiệp và Phát triển nông thôn"],
  ["VH-TT", "Văn hóa - Thông tin"],
  ["VH-TT&DL", "Văn hóa, Thể thao và Du lịch"],
  ["VHTT&DL", "Văn hóa, Thể thao và Du lịch"],
  ["QLĐT", "Quản lý đô thị"],
  ["Thương mại - Du lịch", "Thương mại và Du lịch"],
  ["Kinh tế - Hạ tầng", "Kinh tế và Hạ tầng"],
  ["Thương mại Du lịch", "Thương mại và Du lịch"],
  // Khánh Hòa named its department with tourism first.
  ["Du lịch - Thương mại", "Thương mại và Du lịch"],
  ["TC-KH", "Tài chính - Kế hoạch"],
  ["Tài chính – Kế hoạch", "Tài chính - Kế hoạch"],
  ["Tài chính Kế hoạch", "Tài chính - Kế hoạch"],
  ["VH-TT-DL", "Văn hóa, Thể thao và Du lịch"],
  ["VHTTDL", "Văn hóa, Thể thao và Du lịch"],
  ["TDTT", "Thể dục Thể thao"],
  ["TD-TT", "Thể dục Thể thao"],
  ["Thể dục - Thể thao", "Thể dục Thể thao"],
  ["TT-TT", "Thông tin và Truyền thông"],
  ["TT&TT", "Thông tin và Truyền thông"],
  ["KH-CN", "Khoa học và Công nghệ"],
  ["KH&CN", "Khoa học và Công nghệ"],
];

/**
 * Every field written with `&` for its `và` (`Lao động - Thương binh & Xã hội`, `Tài nguyên &
 * Môi trường`), and with a dash for its comma (`Văn hóa - Thể thao và Du lịch`, `Văn hóa - Thể
 * thao & Du lịch`), as news text writes them: derived from the full names, so none is missed.
 */
const DERIVED_FORMS: readonly (readonly [string, string])[] = [...MINISTRY_FIELDS, ...DEPARTMENT_ONLY_FIELDS].flatMap((field) => {
  const dashed = field.includes(", ") ? [field.replaceAll(", ", " - ")] : [];
  const spellings = [...dashed, ...[field, ...dashed].filter((form) => form.includes(" và ")).map((form) => form.replace(" và ", " & "))];
  return spellings.map((form) => [form, field] as const);
});

/** {@link WRITTEN_SHORT_FORMS} and {@link DERIVED_FORMS}: every other spelling of a field, and the full field. */
export const FIELD_SHORT_FORMS: readonly (readonly [string, string])[] = [...WRITTEN_SHORT_FORMS, ...DERIVED_FORMS];
