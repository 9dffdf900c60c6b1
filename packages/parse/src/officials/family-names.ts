/**
 * Vietnamese family names (họ), one syllable each, as the first word of a person's name.
 *
 * Sources: Lê Trung Hoa, *Họ và tên người Việt Nam* (NXB Khoa học Xã hội, 2005), list of
 * Kinh family names; Tổng cục Thống kê / Viện Khoa học xã hội, frequency of family names
 * (Nguyễn, Trần, Lê, Phạm, Hoàng/Huỳnh, Phan, Vũ/Võ, Đặng, Bùi, Đỗ, Hồ, Ngô, Dương, Lý
 * cover most of the population); Ủy ban Dân tộc, naming of the Tày, Nùng, Thái, Mông, Ê Đê,
 * Gia Rai and Ba Na peoples (Lò, Lường, Quàng, Giàng, Sùng, Thào, Vàng, Ksor, Siu, Rơ Mah,
 * Niê, Nay) for the names of officials from those communities.
 */
export const FAMILY_NAMES: readonly string[] = [
  // Kinh, by frequency
  "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
  "Hồ", "Ngô", "Dương", "Lý", "Đào", "Đoàn", "Vương", "Trịnh", "Trương", "Lâm", "Phùng", "Mai",
  "Tô", "Hà", "Tạ", "Lưu", "Cao", "Đinh", "Lương", "Đồng", "Châu", "Chu", "Hứa", "Kiều",
  "Lại", "Lục", "Mạc", "Mạnh", "Nghiêm", "Nông", "Quách", "Quan", "Tăng", "Thái", "Thân", "Tiêu",
  "Tôn", "Triệu", "Trình", "Từ", "Vi", "Viên", "Âu", "Bạch", "Bế", "Biện",
  "Cù", "Cung", "Diệp", "Doãn", "Đàm", "Đào", "Đường", "Giang", "Giáp", "Hàn", "Hầu", "Hoa",
  "Khổng", "Khúc", "Kim", "La", "Lạc", "Lã", "Lò", "Lộc", "Lữ", "Lường", "Ma", "Mã", "Mẫn",
  "Mông", "Ninh", "Phí", "Phương", "Sầm", "Sơn", "Thạch", "Thiều", "Tống", "Trang",
  "Trà", "Ứng", "Ưng", "Vy", "Yên", "An", "Bành", "Bàng", "Cổ", "Công", "Chế", "Chử", "Danh",
  "Dư", "Đổng", "Điêu", "Đậu", "Đới", "Giả", "Hạ", "Hồng", "Khương", "Khuất", "Kha", "Kông",
  "Lang", "Lều", "Lỗ", "Lù", "Mạch", "Nhan", "Nghị", "Ngọ", "Ngụy", "Nhữ", "Ôn", "Phú",
  "Quản", "Tào", "Uông", "Vưu", "Khâu", "Tất", "Thái", "Thịnh", "Thới", "Trà", "Trầm", "Triệu", "Úc", "Vừ",
  // Ethnic minorities
  "Cầm", "Quàng", "Giàng", "Sùng", "Thào", "Vàng", "Mùa", "Lầu", "Hạng", "Tòng", "Hoàng",
  "Ksor", "Siu", "Rơ", "Niê", "Nay", "Rah", "Kpă", "Y", "H'", "Lăng", "Mua", "Sa", "Sô",
];
