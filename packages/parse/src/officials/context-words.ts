// Words around a title that change what it says. Sources: Luật Tổ chức chính quyền địa phương
// 2015 and Luật Cán bộ, công chức 2008 (bầu, bổ nhiệm, miễn nhiệm, thôi giữ chức: the acts that
// give or take a post), and the usage of the press for the sentence words.

/**
 * Words right before a title that make it not the current post of the name after it:
 * election, appointment or removal (`được bầu làm`, `giữ chức`, `thôi giữ chức`, `miễn nhiệm`).
 */
export const NOT_CURRENT_BEFORE: readonly string[] = [
  "chức", "chức vụ", "làm", "bầu", "cử", "nhiệm", "vị trí", "cương vị", "ghế", "thành",
];

/**
 * Capitalised words that open a Vietnamese sentence and are never given names (`Theo ông…`,
 * `Sau khi…`): a name never runs into them. Words that are also names (Đến, Được, Như, Chúc,
 * Phát, Đại, Đồng, Từ, Tại, Tuy, Qua, Tất) are left out on purpose, so that no name is ever cut.
 */
export const SENTENCE_WORDS: readonly string[] = [
  "Theo", "Sau", "Trong", "Khi", "Với", "Ngoài", "Về", "Nhưng", "Và", "Hôm", "Nếu", "Vì", "Cũng", "Để", "Trước",
  "Riêng", "Thưa", "Đó", "Này", "Là", "Có", "Không", "Trao", "Các", "Những", "Một", "Đây", "Ngay",
];

/**
 * Lower-case words after which a capitalised run names the thing they head, not a person, even
 * when it opens with a family name: a hospital, school, street, bridge or market named for
 * someone or somewhere (`bệnh viện Bạch Mai`, `trường Lê Quý Đôn`, `đường Nguyễn Huệ`). A name
 * read with no form of address before it never follows one. Source: press usage (corpus).
 */
export const NAMED_AFTER_WORDS: readonly string[] = ["viện", "trường", "đường", "phố", "cầu", "chợ", "sông", "công ty", "tập đoàn", "khách sạn", "nhà hát", "sân bay", "cảng"];

/**
 * Words that head a school's name, after which a capitalised run is the school's name even
 * right after a title's body (`Trưởng Phòng Kế hoạch Tài chánh Trường ĐH Nông Lâm`): the run is
 * not the title's holder. Source: press usage (corpus).
 */
export const SCHOOL_HEADS: readonly string[] = ["đại học", "đh", "cao đẳng", "cđ"];

/**
 * Verbs of saying whose subject a bare name set apart by a comma after a title may be (`Chủ tịch
 * xã Bình Trị, Nguyễn Văn Diên cho biết`): they close that apposition as a comma would. Source:
 * press usage (corpus).
 */
export const SPEECH_VERBS: readonly string[] = ["cho biết", "nói", "cho rằng", "khẳng định", "nhấn mạnh", "phát biểu", "chia sẻ", "giải thích", "thông tin"];

/**
 * Words that keep an aside in brackets between a name and its title readable (`(sinh năm
 * 1950)`, `(bên phải)`): the scan near role words never reads across two words in a row that no
 * lexicon holds, so each of these makes the word after it one alone. Few and rare on purpose:
 * every word added here shortens what the scan may skip. Source: press usage (corpus).
 */
export const ASIDE_WORDS: readonly string[] = ["sinh", "bên"];

/**
 * A title and a name that together are the standing name of a historical figure, not a post held
 * when the text was written: `Chủ tịch Hồ Chí Minh`, as the founder of the state is named in any
 * year (`tư tưởng, đạo đức, phong cách Hồ Chí Minh`, `Lăng Chủ tịch Hồ Chí Minh`, `lời dạy của Chủ tịch
 * Hồ Chí Minh`). Written so, with no other post, it is no mention. Source: press usage (corpus: 54
 * such mentions, none a post stated as held).
 */
export const STANDING_NAMES: readonly (readonly [role: string, person: string])[] = [["Chủ tịch", "Hồ Chí Minh"]];

/**
 * Capitalised words that make the role after them part of a building's name: `Phủ Chủ tịch` (the
 * Presidential Palace), `Phủ Thủ tướng` (the Prime Minister's office). Source: press usage (corpus:
 * `tại Phủ Chủ tịch, Phó chủ tịch nước Trương Mỹ Hoa` is the Vice-President's one post).
 */
export const VENUES_BEFORE_ROLE: readonly string[] = ["Phủ"];
