// Writes one JSON Schema file per entity, generated from the zod schemas (never hand-kept).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { entities, jsonSchemaFileName, type EntityName } from "../src/entities";
import { toJsonSchema } from "../src/json-schema";

const outDir = new URL("../json-schema/", import.meta.url);
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
for (const name of Object.keys(entities) as EntityName[]) {
  writeFileSync(new URL(jsonSchemaFileName(name), outDir), `${JSON.stringify(toJsonSchema(name), null, 2)}\n`);
}
console.log(`json-schema: ${readdirSync(outDir).length} files`);
