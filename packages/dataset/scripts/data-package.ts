import { sha256 } from "./sha256";

/** A file of the dataset, with what the descriptor says about it. */
export interface PackageFile {
  name: string;
  path: string;
  title: string;
  description: string;
  format: string;
  mediatype: string;
  bytes: Uint8Array;
  /** Path of the JSON Schema its records follow, when it holds records. */
  schema?: string;
}

/** A source the data came from, as Frictionless lists it. */
export interface PackageSource {
  title: string;
  path?: string;
}

/** What a Data Package descriptor is built from. */
export interface DataPackageInput {
  name: string;
  title: string;
  description: string;
  version: string;
  keywords: string[];
  licenses: { name: string; path: string; title: string }[];
  sources: PackageSource[];
  files: PackageFile[];
}

/**
 * A Frictionless Data Package descriptor (`datapackage.json`): the package's name, version,
 * licences and sources, and per file its path, size in bytes, `sha256:` hash and the JSON
 * Schema of its records. Computed from the bytes, so it never drifts from the files.
 *
 * @example
 * ```ts
 * const descriptor = dataPackage({ name: "vnpol-articles", title: "…", description: "…", version: "0.1.0",
 *   keywords: [], licenses: [], sources: [],
 *   files: [{ name: "articles", path: "articles.json", title: "Articles", description: "…", format: "json",
 *     mediatype: "application/json", bytes: new TextEncoder().encode("[]\n") }] });
 * descriptor.resources[0]; // { name: "articles", path: "articles.json", …, bytes: 3, hash: "sha256:…" }
 * ```
 */
export const dataPackage = (input: DataPackageInput) => ({
  $schema: "https://datapackage.org/profiles/2.0/datapackage.json",
  name: input.name,
  title: input.title,
  description: input.description,
  version: input.version,
  keywords: input.keywords,
  licenses: input.licenses,
  sources: input.sources,
  resources: input.files.map((file) => ({
    name: file.name,
    path: file.path,
    title: file.title,
    description: file.description,
    format: file.format,
    mediatype: file.mediatype,
    encoding: file.format === "parquet" ? undefined : "utf-8",
    bytes: file.bytes.byteLength,
    hash: `sha256:${sha256(file.bytes)}`,
    ...(file.schema ? { schema: file.schema } : {}),
  })),
});
