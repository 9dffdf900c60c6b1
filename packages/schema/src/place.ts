import { z } from "zod";
import { PartialDate } from "./partial-date";
import { Label } from "./text";

/** The kind of administrative unit.
 *
 * @example
 * ```ts
 * import { PlaceType } from "@vnpol/schema";
 * PlaceType.parse("centrally-run-city"); // Thành phố Hồ Chí Minh
 * ```
 */
export const PlaceType = z
  .enum(["province", "centrally-run-city", "district", "town", "provincial-city", "district-level-city", "commune", "ward", "township", "special-zone"])
  .describe("Kind of unit: tỉnh, thành phố trực thuộc Trung ương, huyện, thị xã, thành phố thuộc tỉnh, quận, xã, phường, thị trấn, đặc khu.");
export type PlaceType = z.infer<typeof PlaceType>;

/**
 * An administrative unit, with the period it existed in that form.
 *
 * The reform of 1 July 2025 (Nghị quyết 202/2025/QH15) merged 63 provinces into 34 and
 * abolished districts; a place keeps its validity so that older articles resolve.
 *
 * @example
 * ```ts
 * import { Place } from "@vnpol/schema";
 * Place.parse({
 *   name: "Bình Dương", type: "province", level: "province",
 *   validFrom: { year: 1997, month: 1, day: 1 }, validUntil: { year: 2025, month: 6, day: 30 },
 *   successor: "Thành phố Hồ Chí Minh",
 * });
 * ```
 */
export const Place = z
  .object({
    name: Label.describe("Name without its type word: `Hà Tĩnh`, `Bắc Mê`."),
    type: PlaceType,
    level: z.enum(["province", "district", "commune"]).describe("Tier of the unit."),
    parent: Label.nullable().optional().describe("Name of the unit it lies in, when known."),
    validFrom: PartialDate.nullable().optional().describe("First day the unit existed in this form, when known."),
    validUntil: PartialDate.nullable().optional().describe("Last day the unit existed in this form; null while it exists."),
    successor: Label.nullable().optional().describe("Unit it was merged into, when it was."),
  })
  .strict()
  .meta({ title: "Place" })
  .describe("An administrative unit with its period of validity.");
export type Place = z.infer<typeof Place>;
