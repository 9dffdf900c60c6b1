/**
 * The island districts (huyện đảo) of Vietnam, the only names `huyện đảo` is written before:
 * Vân Đồn and Cô Tô (Quảng Ninh), Cát Hải and Bạch Long Vĩ (Hải Phòng), Cồn Cỏ (Quảng Trị),
 * Hoàng Sa (Đà Nẵng), Lý Sơn (Quảng Ngãi), Trường Sa (Khánh Hòa), Phú Quý (Bình Thuận), Côn Đảo
 * (Bà Rịa - Vũng Tàu), Kiên Hải and Phú Quốc (Kiên Giang; a city from 2021). Source: Danh mục
 * đơn vị hành chính Việt Nam (Tổng cục Thống kê), district-level units before 1 July 2025.
 * `huyện đảo` before any other name is a district not named (`Chủ tịch HĐND huyện đảo Biện Xuân
 * Khương`: the chair's name follows).
 */
export const ISLAND_DISTRICTS: readonly string[] = [
  "Vân Đồn",
  "Cô Tô",
  "Cát Hải",
  "Bạch Long Vĩ",
  "Cồn Cỏ",
  "Hoàng Sa",
  "Lý Sơn",
  "Trường Sa",
  "Phú Quý",
  "Côn Đảo",
  "Kiên Hải",
  "Phú Quốc",
];
