import { z } from "zod";
import { PartialDate } from "./partial-date";
import { Person } from "./person";
import { Post } from "./post";

/**
 * A person holding a post, as the text states it on a date (Popolo `Membership`).
 *
 * @example
 * ```ts
 * import { Membership } from "@vnpol/schema";
 * // "đồng chí Trần Thế Dũng, Phó Bí thư Thường trực Tỉnh ủy" (seed 004, 27/12/2022)
 * Membership.parse({
 *   person: { name: "Trần Thế Dũng", honorific: "đồng chí" },
 *   post: { role: "Phó Bí thư Thường trực", body: "Tỉnh ủy", level: "province" },
 *   asOf: { year: 2022, month: 12, day: 27 },
 *   former: false,
 * });
 * ```
 */
export const Membership = z
  .object({
    person: Person,
    post: Post,
    asOf: PartialDate.nullable().describe("Date on which the text states the membership (usually the article's date); null when unknown."),
    former: z.boolean().describe("True when the text says the post was held before (`nguyên Chủ tịch nước`)."),
  })
  .strict()
  .meta({ title: "Membership" })
  .describe("A person holding a post, as stated on a date (Popolo Membership).");
export type Membership = z.infer<typeof Membership>;
