/** The part of JSON Schema that zod's `toJSONSchema` writes and the Parquet layout needs. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
}

/** A column type, before it is written as DuckDB SQL. */
export type ColumnShape =
  | { kind: "struct"; fields: ReadonlyMap<string, ColumnShape> }
  | { kind: "list"; item: ColumnShape }
  | { kind: "scalar"; sql: "VARCHAR" | "BIGINT" | "DOUBLE" | "BOOLEAN" }
  | { kind: "json" }
  | { kind: "null" };

const JSON_SHAPE: ColumnShape = { kind: "json" };

const scalarOf = (value: unknown): ColumnShape => {
  if (typeof value === "string") return { kind: "scalar", sql: "VARCHAR" };
  if (typeof value === "boolean") return { kind: "scalar", sql: "BOOLEAN" };
  if (typeof value === "number") return { kind: "scalar", sql: Number.isInteger(value) ? "BIGINT" : "DOUBLE" };
  return value === null ? { kind: "null" } : JSON_SHAPE;
};

/**
 * Merges the shapes of two alternatives into one column that holds either: structs take the
 * union of their fields, lists merge their items, null gives way to the other; alternatives
 * that cannot share a column (a string and a struct) fall back to JSON text, losing nothing.
 *
 * @example
 * ```ts
 * mergeShapes({ kind: "null" }, { kind: "scalar", sql: "VARCHAR" }); // { kind: "scalar", sql: "VARCHAR" }
 * ```
 */
export const mergeShapes = (a: ColumnShape, b: ColumnShape): ColumnShape => {
  if (a.kind === "null") return b;
  if (b.kind === "null") return a;
  if (a.kind === "struct" && b.kind === "struct") {
    const fields = new Map(a.fields);
    for (const [name, shape] of b.fields) {
      const existing = fields.get(name);
      fields.set(name, existing ? mergeShapes(existing, shape) : shape);
    }
    return { kind: "struct", fields };
  }
  if (a.kind === "list" && b.kind === "list") return { kind: "list", item: mergeShapes(a.item, b.item) };
  if (a.kind === "scalar" && b.kind === "scalar") {
    if (a.sql === b.sql) return a;
    const numbers = new Set(["BIGINT", "DOUBLE"]);
    if (numbers.has(a.sql) && numbers.has(b.sql)) return { kind: "scalar", sql: "DOUBLE" };
  }
  return JSON_SHAPE;
};

/**
 * The column shape of a JSON Schema: objects become structs, arrays lists, unions
 * (`anyOf`, `oneOf`, `type: [..]`) one merged column, strings, integers, numbers and
 * booleans their scalar.
 *
 * @example
 * ```ts
 * shapeOf({ type: "object", properties: { year: { type: "integer" } } });
 * // { kind: "struct", fields: Map { "year" => { kind: "scalar", sql: "BIGINT" } } }
 * ```
 */
export const shapeOf = (schema: JsonSchema): ColumnShape => {
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return alternatives.map(shapeOf).reduce(mergeShapes, { kind: "null" } as ColumnShape);
  if (Array.isArray(schema.type)) return schema.type.map((type) => shapeOf({ ...schema, type })).reduce(mergeShapes, { kind: "null" } as ColumnShape);
  if (schema.const !== undefined) return scalarOf(schema.const);
  if (schema.enum) return schema.enum.map(scalarOf).reduce(mergeShapes, { kind: "null" } as ColumnShape);
  switch (schema.type) {
    case "object": {
      const entries = Object.entries(schema.properties ?? {});
      if (entries.length === 0) return JSON_SHAPE;
      return { kind: "struct", fields: new Map(entries.map(([name, field]) => [name, shapeOf(field)])) };
    }
    case "array":
      return { kind: "list", item: schema.items ? shapeOf(schema.items) : JSON_SHAPE };
    case "string":
      return { kind: "scalar", sql: "VARCHAR" };
    case "integer":
      return { kind: "scalar", sql: "BIGINT" };
    case "number":
      return { kind: "scalar", sql: "DOUBLE" };
    case "boolean":
      return { kind: "scalar", sql: "BOOLEAN" };
    case "null":
      return { kind: "null" };
    default:
      return JSON_SHAPE;
  }
};

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * A column shape as a DuckDB type: `STRUCT("year" BIGINT, …)`, `VARCHAR[]`, `JSON`. A column
 * that is always null is typed JSON.
 *
 * @example
 * ```ts
 * duckdbType({ kind: "list", item: { kind: "scalar", sql: "VARCHAR" } }); // "VARCHAR[]"
 * ```
 */
export const duckdbType = (shape: ColumnShape): string => {
  switch (shape.kind) {
    case "struct":
      return `STRUCT(${[...shape.fields].map(([name, field]) => `${quote(name)} ${duckdbType(field)}`).join(", ")})`;
    case "list":
      return `${duckdbType(shape.item)}[]`;
    case "scalar":
      return shape.sql;
    default:
      return "JSON";
  }
};
