import { z } from "zod";

/**
 * The tier of the Vietnamese political and administrative system a body belongs to.
 *
 * `district` existed until the reform of 1 July 2025, which abolished district-level units;
 * it stays valid for articles written before then.
 *
 * @example
 * ```ts
 * import { Level } from "@vnpol/schema";
 * Level.parse("province"); // "province"
 * ```
 */
export const Level = z
  .enum(["central", "province", "district", "commune"])
  .describe("Tier of the political system: central (Trung ương), province (tỉnh), district (huyện), commune (xã).");
export type Level = z.infer<typeof Level>;
