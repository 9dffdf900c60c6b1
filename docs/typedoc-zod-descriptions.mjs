// A typedoc plugin: shows each exported zod schema of @vnpol/schema with the description and
// fields it carries at runtime (`.describe()`), which the TypeScript types alone cannot show.
import { fileURLToPath } from "node:url";
import { Comment, Converter, ReflectionKind, UnknownType } from "typedoc";
import { tsImport } from "tsx/esm/api";

const schemaEntry = fileURLToPath(new URL("../packages/schema/src/index.ts", import.meta.url));

// `z.ZodObject`, `z.ZodEnum`, `z.ZodDiscriminatedUnion`…: what the schema is, in one word.
const zodTypeName = (schema) => {
  const type = schema._zod.def.type;
  const name = type === "union" && schema._zod.def.discriminator ? "DiscriminatedUnion" : type.charAt(0).toUpperCase() + type.slice(1);
  return `z.Zod${name}`;
};

const isZod = (value) => typeof value === "object" && value !== null && "_zod" in value;

// Markdown table cells must stay on one row; pipes would split them.
const cell = (text) => String(text ?? "").replace(/\|/g, "/").replace(/\n/g, " ");

/** A short type for one JSON Schema property: `string`, `"a" or "b"`, `PartialDate`, `Post[]`. */
const typeOf = (prop) => {
  if (!prop || typeof prop !== "object") return "unknown";
  if (prop.title) return prop.title;
  if (prop.const !== undefined) return JSON.stringify(prop.const);
  if (Array.isArray(prop.enum)) return prop.enum.map((v) => JSON.stringify(v)).join(" or ");
  if (Array.isArray(prop.anyOf)) return prop.anyOf.map(typeOf).join(" or ");
  if (Array.isArray(prop.oneOf)) return prop.oneOf.map(typeOf).join(" or ");
  if (prop.type === "array") return `${typeOf(prop.items)}[]`;
  if (Array.isArray(prop.type)) return prop.type.join(" or ");
  return prop.type ?? "unknown";
};

const fieldTable = (json) => {
  const props = json?.properties;
  if (!props || typeof props !== "object") return "";
  const required = new Set(json.required ?? []);
  const rows = Object.entries(props).map(
    ([name, prop]) => `| \`${name}\` | ${cell(typeOf(prop))} | ${required.has(name) ? "yes" : "no"} | ${cell(prop.description)} |`,
  );
  return ["| field | type | required | description |", "| --- | --- | --- | --- |", ...rows].join("\n");
};

const schemaSection = (z, name, schema) => {
  let json;
  try {
    json = z.toJSONSchema(schema, { unrepresentable: "any", io: "input" });
  } catch {
    json = undefined;
  }
  const lines = [`**Schema** \`${name}\`${schema.description ? ` — ${schema.description}` : ""}`];
  if (Array.isArray(json?.enum)) lines.push(`Values: ${json.enum.map((v) => `\`${JSON.stringify(v)}\``).join(", ")}.`);
  const table = fieldTable(json);
  if (table) lines.push(table);
  if (Array.isArray(json?.oneOf ?? json?.anyOf)) {
    const variants = (json.oneOf ?? json.anyOf)
      .map((v) => v?.properties?.kind?.const)
      .filter((k) => typeof k === "string");
    if (variants.length > 0) lines.push(`Variants by \`kind\`: ${variants.map((k) => `\`${k}\``).join(", ")}.`);
  }
  return lines.join("\n\n");
};

/** @param {import("typedoc").Application} app */
export async function load(app) {
  const [schemas, { z }] = await Promise.all([tsImport(schemaEntry, import.meta.url), import("zod")]);

  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    // In packages mode each package is its own project, named after the package.
    if (context.project.packageName !== "@vnpol/schema" && context.project.name !== "@vnpol/schema") return;
    for (const reflection of context.project.getReflectionsByKind(ReflectionKind.Variable)) {
      const schema = schemas[reflection.name];
      if (!isZod(schema)) continue;
      // The inferred zod type spans pages; the field table below says the same in words. The
      // type's nested object literals are reflections of their own: remove them with it.
      const nested = Object.values(context.project.reflections).filter((other) => {
        let parent = other.parent;
        while (parent && parent !== reflection) parent = parent.parent;
        return parent === reflection;
      });
      for (const other of nested) context.project.removeReflection(other);
      reflection.type = new UnknownType(zodTypeName(schema));
      reflection.comment ??= new Comment();
      reflection.comment.summary.push({ kind: "text", text: `\n\n${schemaSection(z, reflection.name, schema)}\n` });
    }
  });
}
