import { describe, expect, it } from "vitest";
import { readArticleFile } from "../scripts/read-article-file";

describe("readArticleFile", () => {
  it("splits the front matter from the Markdown body", () => {
    const file = readArticleFile("articles/x.md", "---\nid: x\nheadline: \"Ban Dận vận Tỉnh ủy: Triển khai nhiệm vụ năm 2021\"\n---\n\nNgày 14-1, Ban Dận vận Tỉnh ủy tổ chức hội nghị.\n\n- Tâp trung triển khai.\n");
    expect(file.frontMatter).toEqual({ id: "x", headline: "Ban Dận vận Tỉnh ủy: Triển khai nhiệm vụ năm 2021" });
    expect(file.body).toBe("Ngày 14-1, Ban Dận vận Tỉnh ủy tổ chức hội nghị.\n\n- Tâp trung triển khai.");
    expect(file.blocks.map((b) => [b.type, file.body.slice(b.position?.start.offset, b.position?.end.offset)])).toEqual([
      ["paragraph", "Ngày 14-1, Ban Dận vận Tỉnh ủy tổ chức hội nghị."],
      ["list", "- Tâp trung triển khai."],
    ]);
  });

  it("fails without front matter", () => {
    expect(() => readArticleFile("articles/x.md", "Ngày 14-1, hội nghị.\n")).toThrow("articles/x.md: front matter: expected the file to start with YAML front matter");
  });

  it("fails on broken YAML, naming the file", () => {
    expect(() => readArticleFile("articles/x.md", "---\nid: [x\n---\n\nNgày 14-1.\n")).toThrow(/^articles\/x\.md: front matter: expected valid YAML/);
  });

  it("fails on a repeated key rather than keeping one silently", () => {
    expect(() => readArticleFile("articles/x.md", "---\nid: x\nid: y\n---\n\nNgày 14-1.\n")).toThrow(/front matter: expected valid YAML/);
  });

  it("fails on page debris in the body: HTML, code", () => {
    expect(() => readArticleFile("articles/x.md", "---\nid: x\n---\n\nNgày 14-1.\n\n<div>Sign In</div>\n")).toThrow("articles/x.md: body: expected paragraphs, lists or headings, found a html block at body line 3");
    expect(() => readArticleFile("articles/x.md", "---\nid: x\n---\n\nNgày 14-1.\n\n        Ý kiến bạn đọc\n")).toThrow("found a code block");
  });

  it("fails on an empty body and on CR line ends", () => {
    expect(() => readArticleFile("articles/x.md", "---\nid: x\n---\n\n")).toThrow("articles/x.md: body: expected a body");
    expect(() => readArticleFile("articles/x.md", "---\r\nid: x\r\n---\r\n\r\nNgày 14-1.\r\n")).toThrow("expected LF line ends");
  });
});
