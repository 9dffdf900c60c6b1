import { z } from "zod";
import { entities, type EntityName } from "./entities";

/**
 * The JSON Schema (draft 2020-12) of an entity, generated from its zod schema, in the shape
 * users write. The package ships the same schemas as files,
 * `@vnpol/schema/json-schema/<entity>.json`, for Python and other languages.
 *
 * Rules that JSON Schema cannot state (text in NFC; a span's `end - start` equal to its text's
 * length; a mention's offsets slicing the article body) are checked by the zod schemas only.
 *
 * @example
 * ```ts
 * import { toJsonSchema } from "@vnpol/schema";
 * const schema = toJsonSchema("DocumentRef");
 * schema.type; // "object"
 * ```
 */
export const toJsonSchema = (name: EntityName): Record<string, unknown> & { type?: unknown } =>
  z.toJSONSchema(entities[name], { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
