/**
 * The named HTML entities that scrapers leave in Vietnamese news text. Numeric references
 * (`&#7897;`, `&#x1EA1;`) are decoded too, by code point. Source: the HTML Living Standard's
 * named character references (only the ones seen in news text are listed).
 */
export const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  ndash: "\u2013",
  mdash: "\u2014",
  hellip: "\u2026",
  lsquo: "\u2018",
  rsquo: "\u2019",
  ldquo: "\u201c",
  rdquo: "\u201d",
  laquo: "\u00ab",
  raquo: "\u00bb",
  middot: "\u00b7",
  bull: "\u2022",
  deg: "\u00b0",
  copy: "\u00a9",
};
