/**
 * Military ranks, academic titles and honours, which come before a name but are not posts
 * (`Đại tướng`, `TS.`). Sources: Luật Sĩ quan Quân đội nhân dân 1999 (cấp bậc quân hàm);
 * Luật Giáo dục đại học 2012 (Giáo sư, Phó Giáo sư, Tiến sĩ, Thạc sĩ); Luật Thi đua, khen
 * thưởng 2003 (Anh hùng, Nghệ sĩ Nhân dân, Nhà giáo Nhân dân).
 */
export const NON_POST_TITLES: readonly string[] = [
  "Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tá", "Thượng tá", "Trung tá", "Thiếu tá",
  "Đại úy", "Thượng úy", "Trung úy", "Thiếu úy", "Đô đốc", "Phó Đô đốc", "Chuẩn Đô đốc",
  "Giáo sư", "Phó Giáo sư", "Tiến sĩ", "Thạc sĩ", "Bác sĩ", "Luật sư", "Kỹ sư", "Nhà báo",
  "GS", "PGS", "TS", "ThS", "TSKH", "BS", "KS", "LS", "GS.TS", "PGS.TS", "GS.TSKH", "PGS.TSKH", "TS.BS", "ThS.BS",
  "NSND", "NSƯT", "NGND", "NGƯT", "Nghệ sĩ Nhân dân", "Nhà giáo Nhân dân", "Anh hùng Lao động",
  "Anh hùng Lực lượng vũ trang nhân dân", "Anh hùng LLVTND", "Bà mẹ Việt Nam anh hùng",
];
