// The fields of state administration as the acts name them, apart from their short forms
// (`fields.ts`), so that a reader that needs only the names (`events/find-events.ts`) does not
// carry the forms derived from them.

/**
 * Fields of state administration that name ministries (`Bộ` + field) and provincial
 * departments (`Sở` + field), past and present, in the spelling of the acts that created them.
 * Sources: Nghị quyết 02/2002/QH11, 01/2007/QH12, 26/2016/QH14 and 176/2025/QH15 on the
 * structure of the Government; Nghị định 171/2004/NĐ-CP, 24/2014/NĐ-CP and 107/2020/NĐ-CP (Sở of a province).
 */
export const MINISTRY_FIELDS: readonly string[] = [
  "Công an",
  "Quốc phòng",
  "Ngoại giao",
  "Nội vụ",
  "Tư pháp",
  "Tài chính",
  "Kế hoạch và Đầu tư",
  "Công Thương",
  "Nông nghiệp và Phát triển nông thôn",
  "Nông nghiệp và Môi trường",
  "Giao thông vận tải",
  "Xây dựng",
  "Tài nguyên và Môi trường",
  "Thông tin và Truyền thông",
  "Lao động - Thương binh và Xã hội",
  "Lao động, Thương binh và Xã hội",
  "Văn hóa, Thể thao và Du lịch",
  "Văn hóa - Thông tin",
  "Khoa học và Công nghệ",
  "Giáo dục và Đào tạo",
  "Y tế",
  "Dân tộc và Tôn giáo",
  "Thương mại",
  "Thủy sản",
  "Bưu chính, Viễn thông",
  "Công nghiệp",
];

/**
 * Fields that only provincial departments have (Nghị định 24/2014/NĐ-CP; `Thể dục Thể thao` and `Thương mại và Du lịch`,
 * merged in some provinces, Nghị định 171/2004/NĐ-CP; `Tài nguyên Môi trường và Nhà đất`, the department some provinces
 * had in the 2000s, Hà Nội and Bắc Ninh among them, as the press of the time names it).
 */
export const DEPARTMENT_ONLY_FIELDS: readonly string[] = [
  "Ngoại vụ",
  "Du lịch",
  "Văn hóa và Thể thao",
  "Giao thông - Vận tải",
  "Quy hoạch - Kiến trúc",
  "Giao thông công chính",
  "Thể dục Thể thao",
  "Thương mại và Du lịch",
  "Tài nguyên Môi trường và Nhà đất",
];
