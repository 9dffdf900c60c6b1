import { DuckDBInstance } from "@duckdb/node-api";
import { duckdbType, shapeOf, type JsonSchema } from "./duckdb-type";

const sqlString = (value: string) => `'${value.replaceAll("'", "''")}'`;

/**
 * The `columns` argument of DuckDB's `read_json` for records of a JSON Schema: one typed column
 * per top-level property, nested objects as structs and arrays as lists.
 *
 * @example
 * ```ts
 * readJsonColumns({ type: "object", properties: { id: { type: "string" } } }); // "{'id': 'VARCHAR'}"
 * ```
 */
export const readJsonColumns = (schema: JsonSchema): string => {
  const shape = shapeOf(schema);
  if (shape.kind !== "struct") throw new Error("expected a JSON Schema of objects for a table");
  return `{${[...shape.fields].map(([name, field]) => `${sqlString(name)}: ${sqlString(duckdbType(field))}`).join(", ")}}`;
};

/**
 * Writes newline-delimited JSON records as Parquet with DuckDB, typed by their JSON Schema, so
 * that nested mentions stay lists of structs. One thread and a fixed order make the bytes
 * the same on every run.
 *
 * @example
 * ```ts
 * await writeParquet("dist/articles.jsonl", "dist/articles.parquet", articleJsonSchema);
 * ```
 */
export const writeParquet = async (jsonlPath: string, parquetPath: string, schema: JsonSchema): Promise<void> => {
  const instance = await DuckDBInstance.create(":memory:", { threads: "1" });
  const connection = await instance.connect();
  try {
    await connection.run(
      `COPY (SELECT * FROM read_json(${sqlString(jsonlPath)}, format = 'newline_delimited', columns = ${readJsonColumns(schema)}) ORDER BY id)
       TO ${sqlString(parquetPath)} (FORMAT parquet, COMPRESSION zstd)`,
    );
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
};

/**
 * Reads Parquet back as JSON records with DuckDB (`to_json` of each row), in file order.
 *
 * @example
 * ```ts
 * const rows = await readParquetRecords("dist/articles.parquet");
 * rows[0]?.id; // "000-khoi-dan-van-2022"
 * ```
 */
export const readParquetRecords = async (parquetPath: string): Promise<Record<string, unknown>[]> => {
  const instance = await DuckDBInstance.create(":memory:", { threads: "1" });
  const connection = await instance.connect();
  try {
    const reader = await connection.runAndReadAll(`SELECT to_json(t)::VARCHAR AS record FROM read_parquet(${sqlString(parquetPath)}) AS t`);
    return reader.getRowObjectsJson().map((row) => JSON.parse(String(row.record)) as Record<string, unknown>);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
};

/**
 * A JSON value without its null members, so that a record read
 * back from Parquet (where absent fields are null) compares with the record written.
 *
 * @example
 * ```ts
 * withoutNulls({ a: null, b: [1, null], c: { d: null } }); // { b: [1, null], c: {} }
 * ```
 */
export const withoutNulls = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) {
    if (member !== null && member !== undefined) out[key] = withoutNulls(member);
  }
  return out;
};
