export { expandAbbreviation } from "./expand-abbreviation";
export { findOrganizations } from "./find-organizations";
