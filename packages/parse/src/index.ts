/**
 * Parsers for Vietnamese political news: normalisation, dates and times, document
 * references, officials and titles, and the cleaning of scraped pages. Pure functions, no I/O.
 *
 * @packageDocumentation
 */
export { VnpolParseError } from "./errors";
export * from "./normalize";
