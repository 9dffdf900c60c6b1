/**
 * One text `extract` reads, and where it came from: a file, stdin, a record of a JSONL or
 * JSON file, or an article of the bundled dataset.
 */
export interface SourceDocument {
  /** The file as named on the command line, `-` for stdin, or `@vnpol/dataset@<version>`. */
  source: string;
  /** The record's or article's `id`, or null for a plain file. */
  id: string | null;
  /** 1-based line of the record in a JSONL input. */
  line?: number;
  /** 0-based index of the record in a JSON array input. */
  index?: number;
  /** The text mentions are found in. */
  text: string;
  /** Added to every mention's offsets: where `text` starts in the file (after Markdown front matter). */
  offset: number;
  /** The document's own reference day (`YYYY-MM-DD`) for yearless dates, when it has one. */
  ref?: string;
}
