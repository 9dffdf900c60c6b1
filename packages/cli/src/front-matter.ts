/** A `---` line that opens or closes YAML front matter (`...` may close it too). */
const FENCE = /^(?:---|\.\.\.)[ \t]*\r?$/;

/**
 * Where the body of a Markdown file starts: just after its YAML front matter (`---` on the
 * first line, up to the next `---` or `...` line), or 0 when there is none or it is never
 * closed. `vnpol extract` reads the body only, and adds this offset, so that mention offsets
 * point into the whole file.
 *
 * @example
 * ```ts
 * import { bodyStart } from "@vnpol/cli";
 * const file = "---\nid: 001-dan-van\n---\nNgày 14-1, Ban Dân vận Tỉnh ủy…";
 * file.slice(bodyStart(file)); // "Ngày 14-1, Ban Dân vận Tỉnh ủy…"
 * bodyStart("Ngày 14-1"); // 0
 * ```
 */
export const bodyStart = (text: string): number => {
  const first = text.indexOf("\n");
  if (first === -1 || !/^---[ \t]*\r?$/.test(text.slice(0, first))) return 0;
  let start = first + 1;
  while (start < text.length) {
    const end = text.indexOf("\n", start);
    const line = text.slice(start, end === -1 ? text.length : end);
    if (FENCE.test(line)) return end === -1 ? text.length : end + 1;
    if (end === -1) break;
    start = end + 1;
  }
  return 0;
};
