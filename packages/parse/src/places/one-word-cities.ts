/**
 * Provincial cities (thành phố thuộc tỉnh) whose names are one word: `thành phố Vinh`, `TP
 * Huế`, `TP Pleiku`. After `thành phố` or `TP`, any other one-word name is not taken for a
 * city: it is the start of a sentence (`TP. Chia sẻ`, `thành phố Ngày 29`), part of a title
 * (`Thành phố Anh hùng`) or a foreign city (`London`, `Tokyo`). Huế is a centrally-run city from
 * 2025 and is also in the province table. Source: Danh mục đơn vị hành chính Việt Nam (Tổng cục
 * Thống kê), the cities of Nghệ An, Thừa Thiên Huế and Gia Lai.
 */
export const ONE_WORD_CITIES: ReadonlySet<string> = new Set(["Vinh", "Huế", "Pleiku"]);
