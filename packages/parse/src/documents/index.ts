export { documentKinds, canonicalKindCode, kindNameOf, type DocumentKind } from "./document-kinds";
export { documentIssuers, canonicalIssuerCode, expandIssuerCode, issuerCodeOf, type DocumentIssuer } from "./document-issuers";
export { parseDocumentNumber, parseDocumentNumberOrThrow, formatDocumentNumber, formatDocumentNumberOrThrow } from "./document-number";
export { findDocumentRefs } from "./find-document-refs";
