/**
 * Words before a bare province name that make it something else: a person (`ông Bình Dương`,
 * forms of address in Vietnamese) or a street, bridge or station named after the place
 * (`đường Hà Nội`, `phố Huế`, `ga Hà Nội`), a venue or club (`Nhà thi đấu Phú Thọ`), a village (`làng Hòa Bình`), or a battle (`chiến thắng Điện Biên`). Compared in lower case; from the project's golden
 * negatives (places/golden.md).
 */
export const NOT_A_PLACE_BEFORE: ReadonlySet<string> = new Set([
  "ông", "bà", "anh", "chị", "em", "cô", "chú", "bác", "cụ", "cháu", "đồng chí", "đ/c",
  "đường", "phố", "ngõ", "ngách", "hẻm", "đại lộ", "xa lộ", "cầu", "ga", "bến", "chợ", "khách sạn", "công ty", "tnhh",
  // Venues and clubs named after a place, not in it (`Nhà thi đấu Phú Thọ` and `khuôn viên Phú Thọ` in Hồ Chí Minh
  // City, `Nhà hát Hòa Bình`, `CLB Hà Nội`). An airport is where its name says (`sân bay Cần Thơ`), and stays a place.
  "nhà thi đấu", "sân vận động", "svđ", "khuôn viên", "nhà hát", "clb", "câu lạc bộ",
  // A village named like a province (`làng Hòa Bình`): below the commune, not the province. (`thôn`
  // and `bản` end longer words before a province too: `nông thôn`, `xuất bản`.)
  "làng", "xóm", "ấp",
  // A battle or campaign named after a place (`chiến thắng Điện Biên`, 1954; `chiến dịch Hồ Chí Minh`, 1975): its name,
  // not the province, which may be younger than it (Điện Biên, 2004).
  "chiến thắng", "chiến dịch",
]);

/**
 * Words that end a company's name before a province's (`Công ty Hoàng Long tại Quảng Trị`): the
 * place is then where the company is, not part of its name. Prepositions and joining words.
 */
export const NOT_IN_COMPANY_NAME: ReadonlySet<string> = new Set(["tại", "ở", "của", "thuộc", "trên", "từ", "với", "cho", "đến", "tỉnh", "thành", "huyện", "là"]);

/** Words before `cầu` that make it a conference link point (`điểm cầu Bình Dương`), not a bridge. */
export const BRIDGE_EXCEPTIONS: ReadonlySet<string> = new Set(["điểm"]);

/**
 * First words that start a body, not a place name, after a type word (`Tỉnh Đoàn`,
 * `Huyện Ủy` in headline case) or in a list of names after one; from the project's golden negatives.
 */
export const NOT_A_NAME_START: ReadonlySet<string> = new Set([
  "Ủy", "Đảng", "Đoàn", "Ban", "Sở", "Phòng", "Đội", "Bí", "Chủ", "Phó", "Trưởng",
  // and after a list of names that share a type word (`hai huyện Nam Giang và Đông Giang, Cục Kiểm lâm …`)
  "Cục", "Bộ", "Viện", "UBND", "HĐND",
]);

/**
 * Capitalised words that begin a sentence or heading and may stand right before a bare
 * province name without being part of it (`Tại Hà Nội, …`). Any other capitalised word before
 * a name makes one longer name (`Nguyễn Bình Dương`), which is not a place.
 */
export const MAY_PRECEDE_NAME: ReadonlySet<string> = new Set([
  "Tại", "Ở", "Về", "Từ", "Đến", "Tới", "Với", "Theo", "Trong", "Ngoài", "Cho", "Và", "Còn", "Như", "Riêng",
  "Sáng", "Chiều", "Tối", "Trưa", "Đêm", "Hôm", "Ngày", "Hôm", "Khi", "Nếu", "Dù", "Để", "Qua", "Giữa", "Cả",
]);

/**
 * Words that make `xã` after them part of another noun, not a commune: `hợp tác xã` (a
 * cooperative: `Hợp tác xã Nông nghiệp Tân Phú`), `thông tấn xã` (a news agency: `Thông tấn xã
 * Việt Nam`). Compared in lower case; from Từ điển tiếng Việt.
 */
export const NOT_A_COMMUNE_AFTER: ReadonlySet<string> = new Set(["hợp tác", "thông tấn"]);
