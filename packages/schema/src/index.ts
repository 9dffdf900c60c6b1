/**
 * zod 4 schemas and TypeScript types for the entities of Vietnamese political news:
 * articles, people, posts and memberships, organizations, document references, events,
 * places, terms and partial dates. Each schema is also shipped as a JSON Schema file,
 * `@vnpol/schema/json-schema/<entity>.json`.
 *
 * @packageDocumentation
 */
export { Article, Credit, Erratum, MediaObject, Provenance } from "./article";
export { DateRange } from "./date-range";
export { DocumentNumber, DocumentRef, DocumentSystem } from "./document-ref";
export { entities, jsonSchemaFileName, type EntityName } from "./entities";
export { Event, EventKind } from "./event";
export { toJsonSchema } from "./json-schema";
export { Level } from "./level";
export { Membership } from "./membership";
export {
  DateGrain,
  DateInfo,
  DateMention,
  DocumentRefMention,
  EventMention,
  Mention,
  Official,
  OfficialMention,
  OrganizationMention,
  PartOfDay,
  PlaceMention,
  type MentionKind,
} from "./mention";
export { Organization, OrganizationClassification } from "./organization";
export { PartialDate, comparePartialDates, daysInMonth } from "./partial-date";
export { Person } from "./person";
export { Place, PlaceType } from "./place";
export { Position, Post } from "./post";
export { documentToSchemaOrg, officialToSchemaOrg, toIsoDate, toSchemaOrg, type JsonLd } from "./schema-org";
export { Span } from "./span";
export { Term } from "./term";
export { Label, VietnameseText, isNfc } from "./text";
export { explainError, formatIssues, formatPath, type ValidationIssue } from "./validation-error";
