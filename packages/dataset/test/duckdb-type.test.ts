import { describe, expect, it } from "vitest";
import { duckdbType, mergeShapes, shapeOf } from "../scripts/duckdb-type";
import { readJsonColumns } from "../scripts/write-parquet";

const partialDate = { type: "object", properties: { year: { type: "integer" }, month: { type: "integer" } } };

describe("shapeOf and duckdbType", () => {
  it("types a nullable partial date as a struct of integers", () => {
    expect(duckdbType(shapeOf({ anyOf: [partialDate, { type: "null" }] }))).toBe('STRUCT("year" BIGINT, "month" BIGINT)');
  });

  it("merges a date or a range (eventDate) into one struct holding either", () => {
    const range = { type: "object", properties: { start: partialDate, end: partialDate } };
    expect(duckdbType(shapeOf({ anyOf: [range, partialDate] }))).toBe(
      'STRUCT("start" STRUCT("year" BIGINT, "month" BIGINT), "end" STRUCT("year" BIGINT, "month" BIGINT), "year" BIGINT, "month" BIGINT)',
    );
  });

  it("types the mention union as a list of structs with the kind as text", () => {
    const mention = (kind: string, value: object) => ({ type: "object", properties: { kind: { type: "string", const: kind }, value } });
    const list = { type: "array", items: { oneOf: [mention("date", { type: "object", properties: { grain: { type: "string", enum: ["day", "month"] } } }), mention("official", { type: "object", properties: { former: { type: "boolean" } } })] } };
    expect(duckdbType(shapeOf(list))).toBe('STRUCT("kind" VARCHAR, "value" STRUCT("grain" VARCHAR, "former" BOOLEAN))[]');
  });

  it("keeps what cannot share a column as JSON, losing nothing", () => {
    expect(duckdbType(shapeOf({ anyOf: [{ type: "string" }, partialDate] }))).toBe("JSON");
    expect(duckdbType(shapeOf({ type: "object" }))).toBe("JSON");
    expect(duckdbType(mergeShapes({ kind: "scalar", sql: "BIGINT" }, { kind: "scalar", sql: "DOUBLE" }))).toBe("DOUBLE");
  });

  it("writes read_json columns for a table of records", () => {
    expect(readJsonColumns({ type: "object", properties: { id: { type: "string" }, "it's": { type: "boolean" } } })).toBe("{'id': 'VARCHAR', 'it''s': 'BOOLEAN'}");
    expect(() => readJsonColumns({ type: "string" })).toThrow("expected a JSON Schema of objects");
  });
});
