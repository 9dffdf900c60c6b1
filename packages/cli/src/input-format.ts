import { UsageError } from "./usage-error";

/** How an input's text is read: plain text, Markdown, HTML, or articles as JSONL or JSON. */
export type InputFormat = "text" | "markdown" | "html" | "jsonl" | "json";

/**
 * The formats `--format` accepts.
 *
 * @example
 * ```ts
 * import { INPUT_FORMATS } from "@vnpol/cli";
 * INPUT_FORMATS.includes("jsonl"); // true
 * ```
 */
export const INPUT_FORMATS: readonly InputFormat[] = ["text", "markdown", "html", "jsonl", "json"];

/** File name endings and the format they mean; anything else is read as plain text. */
const EXTENSIONS: ReadonlyArray<readonly [string, InputFormat]> = [
  [".jsonl", "jsonl"],
  [".ndjson", "jsonl"],
  [".json", "json"],
  [".html", "html"],
  [".htm", "html"],
  [".xhtml", "html"],
  [".md", "markdown"],
  [".markdown", "markdown"],
];

/**
 * The format of a file from its name: `.jsonl`/`.ndjson`, `.json`, `.html`/`.htm`,
 * `.md`/`.markdown`; anything else (`.txt`, no extension) is text.
 *
 * @example
 * ```ts
 * import { formatOfPath } from "@vnpol/cli";
 * formatOfPath("corpus/news.jsonl"); // "jsonl"
 * formatOfPath("bai-viet.TXT"); // "text"
 * ```
 */
export const formatOfPath = (path: string): InputFormat => {
  const lower = path.toLowerCase();
  for (const [ending, format] of EXTENSIONS) if (lower.endsWith(ending)) return format;
  return "text";
};

/**
 * The format of stdin from its first bytes: `{` starts JSONL, except a lone `{` on the first
 * line (one pretty-printed JSON object), `[` JSON, `<` HTML, a `---` line Markdown front
 * matter; anything else is text.
 *
 * @example
 * ```ts
 * import { sniffFormat } from "@vnpol/cli";
 * sniffFormat('{"id":"a","text":"…"}'); // "jsonl"
 * sniffFormat("<p class=title>Hội nghị</p>"); // "html"
 * sniffFormat("Ngày 14-1, Ban Dân vận Tỉnh ủy…"); // "text"
 * ```
 */
export const sniffFormat = (head: string): InputFormat => {
  const start = head.replace(/^\uFEFF/, "").trimStart();
  if (start.startsWith("{")) return /^\{[ \t]*\r?\n/.test(start) ? "json" : "jsonl";
  if (start.startsWith("[")) return "json";
  if (start.startsWith("<")) return "html";
  if (/^---\r?\n/.test(head.replace(/^\uFEFF/, ""))) return "markdown";
  return "text";
};

/**
 * Checks the value of `--format`.
 *
 * @example
 * ```ts
 * import { parseFormatOption } from "@vnpol/cli";
 * parseFormatOption("JSONL"); // "jsonl"
 * ```
 */
export const parseFormatOption = (value: string): InputFormat => {
  const format = value.trim().toLowerCase();
  const known = INPUT_FORMATS.find((f) => f === format);
  if (known === undefined) throw new UsageError(`--format: expected one of ${INPUT_FORMATS.join(", ")}, got ${JSON.stringify(value)}`);
  return known;
};
