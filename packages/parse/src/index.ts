/**
 * Parsers for Vietnamese political news: normalisation, dates and times, document
 * references, officials and titles, organizations, places, terms and events, and the
 * cleaning of scraped pages. Pure functions over text, no I/O.
 *
 * @packageDocumentation
 */
export * from "./clean";
export * from "./dates";
export * from "./documents";
export { VnpolParseError } from "./errors";
export * from "./events";
export { MENTION_KINDS, extract, officialMentionsOf, type ExtractOptions } from "./extract";
export * from "./normalize";
export * from "./officials";
export * from "./organizations";
export * from "./places";
export * from "./terms";
