import { isInert } from "../organizations/anchored-scan";
import { endsBodyName, OTHER_BODY_HEADS } from "../organizations/name-end-words";
import type { Token } from "../organizations/tokenize";

// "Trần Anh Kiệt, Giám đốc Công ty Xăng dầu Tân Nhật Minh", "Nguyễn Trung Cấp - Phó Giám đốc Bệnh
// viện Bệnh Nhiệt đới Trung ương": after a name, the title of a head of a company, centre, school,
// hospital or institute that no table of bodies holds goes on with that body's name as written.

/** The words of the heads of such bodies ({@link OTHER_BODY_HEADS}), for the scan's word sets: a read may step over them. */
export const INSTITUTION_HEAD_WORDS: ReadonlySet<string> = OTHER_BODY_HEADS.words;

/**
 * Lower-case words that end such a name besides those that never go on with one ({@link endsBodyName}: `và`, `của`,
 * `đã`, `cho`, `khẳng` of `khẳng định`): more verbs of saying (`nhấn mạnh`, `chia sẻ`, `giải thích`), pointers and forms
 * of address (`này`, `ông`), `kiêm`, plurals (`Ban Quản lý các dự án`: a kind of body), and `hợp` (`trường hợp`, a case).
 */
const MORE_ENDS_OF_NAME: ReadonlySet<string> = new Set(["này", "đó", "ông", "bà", "kiêm", "thuộc", "nhấn", "chia", "giải", "phát", "đề", "kiến", "cảnh", "tiết", "nêu", "hợp", "các", "những"]);

const endsName = (word: string): boolean => endsBodyName(word) || MORE_ENDS_OF_NAME.has(word);

const startsWithDigit = (text: string): boolean => text.charCodeAt(0) >= 0x30 && text.charCodeAt(0) <= 0x39;

/** The most tokens a name may take after its head word. */
const MAX_NAME_TOKENS = 10;

/**
 * The body whose head word (`Công ty`, `Trung tâm`, `Bệnh viện`…) stands at token `at`: its name
 * as written in `source`, when it ends within {@link MAX_NAME_TOKENS} at a mark, a line or the text's
 * end, or at a word that ends names after a capitalised word, and holds no two words in a row that no lexicon holds
 * (`words`: the scan's; no read crosses two, see `anchored-scan.ts`). Null otherwise, or when no
 * word follows the head: a name that runs on in lower case (`Trung tâm đào tạo lao động xuất khẩu
 * thuộc …`) is not cut short.
 */
export const institutionAt = (tokens: readonly Token[], at: number, source: string, words: ReadonlySet<string>): { name: string; end: number } | null => {
  const head = OTHER_BODY_HEADS.match(tokens, at);
  if (head === null) return null;
  let end = head.end;
  let inert = false; // whether the word before was one no lexicon holds
  let proper = false; // whether the last word taken is capitalised or a number (`Sài Gòn`, `21`)
  for (let k = head.end; ; k++) {
    const token = tokens[k];
    // `và` before a capitalised word joins the fields of one name (`Bệnh viện Huyết học và Truyền máu Trung ương`).
    const joins = token?.text === "và" && tokens[k + 1]?.capital === true && OTHER_BODY_HEADS.match(tokens, k + 1) === null;
    if (token === undefined || token.lineBefore || (!token.word && token.text !== "-" && token.text !== "&")) break;
    // Before a verb a name in lower case may have been cut (`Ban quản lý dự án đầu tư cho biết`); one that ends with a proper name was not.
    if (endsName(token.text) && !joins) {
      if (!proper) return null;
      break;
    }
    if (k === head.end + MAX_NAME_TOKENS) return null;
    if (!token.word) continue;
    const unread = isInert(token, words);
    if (unread && inert) return null;
    inert = unread;
    proper = token.capital || startsWithDigit(token.text);
    end = k + 1;
  }
  if (end === head.end) return null;
  return { name: source.slice(tokens[at]!.start, tokens[end - 1]!.end), end };
};
