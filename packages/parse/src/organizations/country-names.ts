// The names of foreign countries as plain data, with no lexicon: places read them without the tokenizer.

/**
 * Names of foreign countries as Vietnamese news writes them, so that `Thủ tướng Hàn Quốc`
 * and `Chủ tịch Quốc hội Mông Cổ Nyam-Osoryn Tuyaa` are read as a foreign post, not as a
 * person named `Hàn Quốc`. Source: Bộ Ngoại giao, danh sách tên các quốc gia bằng tiếng Việt
 * (Quyết định 1416/QĐ-BNG); common short forms (`Mỹ`) as used in the press.
 */
export const COUNTRIES: readonly string[] = [
  "Trung Quốc", "Hàn Quốc", "Triều Tiên", "Nhật Bản", "Mông Cổ", "Lào", "Campuchia", "Cam-pu-chia", "Thái Lan", "Myanmar",
  "Mianma", "Malaysia", "Ma-lai-xi-a", "Singapore", "Xin-ga-po", "Indonesia", "In-đô-nê-xi-a", "Philippines", "Phi-líp-pin",
  "Brunei", "Đông Timor", "Ấn Độ", "Pakistan", "Bangladesh", "Sri Lanka", "Nepal", "Iran", "Iraq", "Israel", "Palestine",
  "Ai Cập", "Thổ Nhĩ Kỳ", "Hoa Kỳ", "Mỹ", "Canada", "Mexico", "Cuba", "Cu Ba", "Venezuela", "Brazil", "Argentina", "Chile",
  "Nga", "Liên bang Nga", "Ukraine", "Belarus", "Pháp", "Đức", "Anh", "Italy", "Ý", "Tây Ban Nha", "Bồ Đào Nha", "Hà Lan",
  "Bỉ", "Thụy Sĩ", "Thụy Điển", "Na Uy", "Đan Mạch", "Phần Lan", "Ba Lan", "Séc", "Hungary", "Áo", "Hy Lạp", "Rumani",
  "Romania", "Bulgaria", "Úc", "Australia", "New Zealand", "Nam Phi", "Algeria", "Angola", "Mozambique", "Ai-len", "Ireland",
  "Kazakhstan", "Uzbekistan", "Đài Loan", "Hồng Kông", "Nhật",
  // The names a state's full style takes (`Cộng hòa Nhân dân Trung Hoa`, the People's Republic of China).
  "Trung Hoa",
  // States that no longer exist, as the press names them in history (`Chính phủ Liên Xô`).
  "Liên Xô", "Tiệp Khắc", "Nam Tư", "Đông Đức", "Tây Đức",
];

/** A state's style that the press may write before a country's name: `Vương quốc Bỉ`, `Cộng hòa Pháp`, `CHDCND Lào`. */
export const STATE_STYLES: readonly string[] = ["Vương quốc", "Cộng hòa", "Liên bang", "Cộng hòa Liên bang", "Cộng hòa Nhân dân", "CHND", "Cộng hòa Dân chủ Nhân dân", "CHDCND"];

/** Every name of {@link COUNTRIES}, alone and after each of {@link STATE_STYLES}: what the lexicons of officials match. */
export const COUNTRY_NAMES: readonly string[] = [...COUNTRIES, ...STATE_STYLES.flatMap((style) => COUNTRIES.map((country) => `${style} ${country}`))];
