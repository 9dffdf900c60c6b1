import { z } from "zod";
import { Level } from "./level";
import { Label } from "./text";

/**
 * A role in a body (Popolo `Post`): the position words with their modifiers, and the
 * body with its abbreviations expanded.
 *
 * `Phó Bí thư thường trực Tỉnh ủy` is `{ role: "Phó Bí thư Thường trực", body: "Tỉnh ủy",
 * level: "province" }`; `Chủ tịch HĐND tỉnh` is `{ role: "Chủ tịch", body: "Hội đồng nhân dân
 * tỉnh", level: "province" }`.
 *
 * @example
 * ```ts
 * import { Post } from "@vnpol/schema";
 * Post.parse({ role: "Ủy viên Ban Thường vụ", body: "Tỉnh ủy", level: "province" });
 * ```
 */
export const Post = z
  .object({
    role: Label.describe("Position with its modifiers: `Phó Bí thư Thường trực`, `Ủy viên Ban Thường vụ`, `Trưởng Ban`."),
    body: Label.nullable().describe("Organization, abbreviations expanded: `Tỉnh ủy`, `Hội đồng nhân dân tỉnh`; null for a post with no body (`Chủ tịch nước`)."),
    level: Level.nullable().describe("Tier of the body; null when the text does not fix it."),
  })
  .strict()
  .meta({ title: "Post" })
  .describe("A role in a body (Popolo Post).");
export type Post = z.infer<typeof Post>;

/** A position as parsed from a title: the same shape as {@link Post}.
 *
 * @example
 * ```ts
 * import { Position } from "@vnpol/schema";
 * Position.parse({ role: "Chủ tịch", body: "Hội đồng nhân dân tỉnh", level: "province" });
 * ```
 */
export const Position = Post;
export type Position = Post;
