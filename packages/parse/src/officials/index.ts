export { findOfficials } from "./find-officials";
export { parseTitle, parseTitleOrThrow } from "./parse-title";
export { isFamilyName } from "./family-name";
