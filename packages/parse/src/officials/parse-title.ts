import type { Position } from "@vnpol/schema";
import { VnpolParseError } from "../errors";
import { normalize } from "../normalize";
import { tokenize } from "../organizations/tokenize";
import { matchTitlePhrase } from "./title-phrase";

/**
 * Splits a title into its posts, in the order written: each a role with its modifiers
 * (`Phó`, `Quyền`, `Thường trực`, `dự khuyết`), the body with abbreviations expanded
 * (`HĐND tỉnh` → `Hội đồng nhân dân tỉnh`) and the tier. A leading `nguyên` is read and
 * dropped (see `findOfficials` for `former`); ranks and academic titles (`Đại tướng`, `TS.`)
 * are not posts. Returns an empty array when the text does not start with a post; what
 * follows the title is ignored.
 *
 * @example
 * ```ts
 * import { parseTitle } from "@vnpol/parse";
 * parseTitle("Phó Bí thư thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh");
 * // [{ role: "Phó Bí thư Thường trực", body: "Tỉnh ủy", level: "province" },
 * //  { role: "Chủ tịch", body: "Hội đồng nhân dân tỉnh", level: "province" }]
 * parseTitle("UVTV, Trưởng Ban Dân vận Tỉnh ủy")[0];
 * // { role: "Ủy viên Ban Thường vụ", body: "Tỉnh ủy", level: "province" }
 * parseTitle("hôm nay"); // null
 * ```
 */
export const parseTitle = (title: string): Position[] | null => {
  const text = normalize(title);
  const positions = matchTitlePhrase(tokenize(text), 0, text, { afterName: false })?.positions ?? [];
  return positions.length === 0 ? null : positions; // like every parse*: null when it is not a title
};

/**
 * Like {@link parseTitle}, but throws a {@link VnpolParseError} when the text does not start
 * with a post.
 *
 * @example
 * ```ts
 * import { parseTitleOrThrow } from "@vnpol/parse";
 * parseTitleOrThrow("Chủ tịch nước")[0]; // { role: "Chủ tịch nước", body: null, level: "central" }
 * parseTitleOrThrow("hôm nay");          // throws VnpolParseError
 * ```
 */
export const parseTitleOrThrow = (title: string): Position[] => {
  const positions = parseTitle(title);
  if (positions === null) throw new VnpolParseError("a title such as `Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh`", title);
  return positions;
};
