export { findOfficials } from "./find-officials";
export { findMemberships, membershipsOf, type MembershipOptions } from "./memberships";
export { parseTitle, parseTitleOrThrow } from "./parse-title";
export { isFamilyName } from "./family-name";
