import type { z } from "zod";
import { Article, Credit, Erratum, MediaObject, Provenance } from "./article";
import { DateRange } from "./date-range";
import { DocumentNumber, DocumentRef } from "./document-ref";
import { Event } from "./event";
import { Membership } from "./membership";
import { DateInfo, DateMention, DocumentRefMention, EventMention, Mention, Official, OfficialMention, OrganizationMention, PlaceMention } from "./mention";
import { Organization } from "./organization";
import { PartialDate } from "./partial-date";
import { Person } from "./person";
import { Place } from "./place";
import { Post } from "./post";
import { Span } from "./span";
import { Term } from "./term";

/**
 * Every entity schema by name. The build writes one JSON Schema file for each, as
 * `@vnpol/schema/json-schema/<name>.json`, and the CLI's `validate --schema NAME` looks here.
 *
 * @example
 * ```ts
 * import { entities } from "@vnpol/schema";
 * entities.Article.safeParse({}).success; // false
 * Object.keys(entities); // ["Article", "Credit", ...]
 * ```
 */
export const entities = {
  Article,
  Credit,
  DateInfo,
  DateMention,
  DateRange,
  DocumentNumber,
  DocumentRef,
  DocumentRefMention,
  Erratum,
  Event,
  EventMention,
  MediaObject,
  Membership,
  Mention,
  Official,
  OfficialMention,
  Organization,
  OrganizationMention,
  PartialDate,
  Person,
  Place,
  PlaceMention,
  Post,
  Provenance,
  Span,
  Term,
} satisfies Record<string, z.ZodType>;

/** The name of an entity schema in {@link entities}. */
export type EntityName = keyof typeof entities;

/** File name of an entity's JSON Schema: `DocumentRef` → `document-ref.json`.
 *
 * @example
 * ```ts
 * import { jsonSchemaFileName } from "@vnpol/schema";
 * jsonSchemaFileName("DocumentRef"); // "document-ref.json"
 * ```
 */
export const jsonSchemaFileName = (name: EntityName): string =>
  `${name.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase()}.json`;
