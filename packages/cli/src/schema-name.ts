import { entities, type EntityName } from "@vnpol/schema";
import { UsageError } from "./usage-error";

const NAMES = Object.keys(entities) as EntityName[];

/**
 * Reads the value of `validate --schema`: the name of an entity of `@vnpol/schema`
 * (`Article`, `Mention`, `DocumentRef`…), in any letter case.
 *
 * @example
 * ```ts
 * import { parseSchemaName } from "@vnpol/cli";
 * parseSchemaName("documentref"); // "DocumentRef"
 * ```
 */
export const parseSchemaName = (value: string): EntityName => {
  const name = NAMES.find((n) => n.toLowerCase() === value.trim().toLowerCase());
  if (name === undefined) throw new UsageError(`--schema: unknown schema ${JSON.stringify(value)}; expected one of ${NAMES.join(", ")}`);
  return name;
};
