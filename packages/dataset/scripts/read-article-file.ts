import type { Root, RootContent } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { parse as parseYaml } from "yaml";
import { DatasetBuildError } from "./dataset-build-error";

/** A curated article file, split into its YAML front matter and its Markdown body. */
export interface ArticleFile {
  /** The front matter as parsed, not yet checked. */
  frontMatter: unknown;
  /** The Markdown after the front matter, without the blank lines around it. */
  body: string;
  /** The body's blocks (mdast), with offsets into `body`. */
  blocks: RootContent[];
}

// Blocks a body may hold: prose as published. Anything else (HTML, code, tables) is debris of a page.
const BODY_BLOCKS = new Set(["paragraph", "list", "heading", "blockquote", "thematicBreak"]);

const processor = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]);

/**
 * Reads a curated article (`---` YAML front matter, then the body as Markdown) with unified,
 * remark-parse and remark-frontmatter, and fails with the file, the field and the reason when
 * it is not one.
 *
 * @example
 * ```ts
 * const file = readArticleFile("articles/x.md", "---\nid: x\n---\n\nNgày 14-1, Ban Dân vận Tỉnh ủy tổ chức hội nghị.\n");
 * file.frontMatter; // { id: "x" }
 * file.body;        // "Ngày 14-1, Ban Dân vận Tỉnh ủy tổ chức hội nghị."
 * ```
 */
export const readArticleFile = (file: string, source: string): ArticleFile => {
  if (source.includes("\r")) throw new DatasetBuildError(file, "", "expected LF line ends, found CR");
  const head = processor.parse(source);
  const yaml = head.children[0];
  if (yaml?.type !== "yaml" || yaml.position?.end.offset === undefined) {
    throw new DatasetBuildError(file, "front matter", "expected the file to start with YAML front matter between --- lines");
  }
  let frontMatter: unknown;
  try {
    frontMatter = parseYaml(yaml.value, { uniqueKeys: true, prettyErrors: true });
  } catch (error) {
    throw new DatasetBuildError(file, "front matter", `expected valid YAML: ${(error as Error).message}`);
  }
  const rest = source.slice(yaml.position.end.offset);
  const body = rest.replace(/^\n+/, "").replace(/\n+$/, "");
  if (body.length === 0) throw new DatasetBuildError(file, "body", "expected a body after the front matter");
  // The body is parsed again on its own so that block offsets are offsets into `body`.
  const tree: Root = processor.parse(body);
  for (const block of tree.children) {
    if (!BODY_BLOCKS.has(block.type)) {
      const line = block.position ? ` at body line ${block.position.start.line}` : "";
      throw new DatasetBuildError(file, "body", `expected paragraphs, lists or headings, found a ${block.type} block${line}`);
    }
  }
  return { frontMatter, body, blocks: tree.children };
};
