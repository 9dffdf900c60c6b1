import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Element, Nodes } from "hast";
import { fromHtml } from "hast-util-from-html";
import { describe, expect, it } from "vitest";
import { cleanArticle } from "./clean-article";

// Seven real nld.com.vn article fragments beside the repository, in ../shared/corpus.
const pagesDir = fileURLToPath(new URL("../../../../../shared/corpus/raw-pages/", import.meta.url));
const havePages = existsSync(pagesDir);
if (!havePages) console.warn(`raw-pages.test: skipping, ${pagesDir} is absent (the corpus is not part of the repository)`);
const pages = havePages ? readdirSync(pagesDir).filter((name) => name.endsWith(".html")) : [];

// Each page is cleaned once and shared by the tests below (HTML parsing is the slow part).
const cleaned = new Map<string, ReturnType<typeof cleanArticle>>();
const read = (name: string) => {
  if (!cleaned.has(name)) cleaned.set(name, cleanArticle(readFileSync(pagesDir + name, "utf8")));
  return cleaned.get(name)!;
};

const classes = (element: Element) => (Array.isArray(element.properties?.className) ? element.properties.className.map(String) : []);
const hasBlockInside = (node: Element): boolean =>
  node.children.some((child) => child.type === "element" && (child.tagName === "p" || child.tagName === "table" || hasBlockInside(child)));
const collapse = (text: string) => text.replace(/\s+/g, " ").trim().normalize("NFC");
const textOf = (node: Nodes): string =>
  node.type === "text" ? node.value : node.type === "element" || node.type === "root" ? node.children.map(textOf).join(" ") : "";

/**
 * The article's paragraphs as the page marks them: the text of every `<p>` that holds no other
 * block, except the title, the date, the byline and what sits in the page's share and
 * other-news boxes (`phanhoi`, `newsother_*`) or in a photo caption cell (`commentimg`).
 */
const bodyParagraphs = (html: string): string[] => {
  const found: string[] = [];
  const visit = (node: Nodes, outside: boolean) => {
    if (node.type !== "element" && node.type !== "root") return;
    const names = node.type === "element" ? classes(node) : [];
    const skip = outside || names.some((name) => /newsother|phanhoi|commentimg/.test(name));
    if (node.type === "element" && node.tagName === "p" && !skip && !names.some((name) => ["title", "ngay", "author"].includes(name))) {
      const text = collapse(textOf(node));
      if (!hasBlockInside(node) && text.length > 0) found.push(text);
    }
    for (const child of node.children) visit(child, skip);
  };
  visit(fromHtml(html), false);
  return found;
};

describe.skipIf(!havePages)("cleanArticle on the nld.com.vn raw pages", () => {
  it("finds the seven pages", () => {
    expect(pages).toHaveLength(7);
  });

  it.each(pages)("%s: keeps every body paragraph, finds the title and the timestamp, drops the widgets", (name) => {
    const html = readFileSync(pagesDir + name, "utf8");
    const article = read(name);
    expect(article.format).toBe("html");
    const paragraphs = bodyParagraphs(html);
    expect(paragraphs.length).toBeGreaterThan(0);
    for (const paragraph of paragraphs) expect(article.body, name).toContain(paragraph);
    expect(article.headline).not.toBeNull();
    expect(article.timestamp?.kind).toBe("article");
    expect(article.timestamp?.text).toMatch(/^\d\d-\d\d-\d{4} \d\d:\d\d:\d\d GMT \+7$/);
    for (const phrase of ["Phản hồi", "Gửi cho bạn bè", "In ra giấy", "CÁC TIN KHÁC", "TIN LIÊN QUAN"]) expect(article.body).not.toContain(phrase);
    expect(article.removed.map((block) => block.rule)).toContain("related-list");
  });

  it.each(pages)("%s: every text of the page lies in a reported block", (name) => {
    const html = readFileSync(pagesDir + name, "utf8");
    const article = read(name);
    const covered = new Uint8Array(html.length + 1);
    for (const block of article.blocks) covered.fill(1, block.start, block.end);
    const lost: string[] = [];
    const visit = (node: Nodes) => {
      if (node.type === "text" && /[\p{L}\p{N}]/u.test(node.value) && !covered[node.position!.start.offset!]) lost.push(node.value.trim());
      if (node.type === "element" || node.type === "root") node.children.forEach(visit);
    };
    visit(fromHtml(html));
    expect(lost).toEqual([]);
  });

  it("reads the Politburo page: fourteen portraits with their captions, the headline as printed", () => {
    const article = read("vntc-test-chinh-tri-xa-hoi-xh_nld_t9476.html");
    expect(article.headline).toBe("BỘ CHÍNH TRỊ BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA X");
    expect(article.timestamp?.value).toEqual({ year: 2006, month: 4, day: 26, hour: 0, minute: 54 }); // 26-04-2006 00:54:42 GMT +7
    expect(article.media).toHaveLength(14);
    expect(article.media[0]).toEqual({ type: "image", contentUrl: "http://www.nld.com.vn/img/3595/2-nong-duc-manh.jpg", caption: "Nông Đức Mạnh.Tổng Bí thư BCH TƯ Đảng" });
    expect(article.paragraphs).toContain("- Phó Thủ tướng Thường trực Nguyễn Tấn Dũng.");
  });

  it("reads the bylines: a person, an interviewer, a source newspaper", () => {
    expect(read("vntc-test-suc-khoe-sk_nld_t6020.html").byline).toEqual([{ role: "author", name: "Hưng Thành", affiliation: null }]);
    expect(read("vntc-train-phap-luat-pl_nld3876.html").byline).toEqual([{ role: "author", name: "Tô Hà", affiliation: null }]); // Tô Hà thực hiện
    expect(read("vntc-test-the-gioi-tg_nld_t7970.html")).toMatchObject({ byline: [], source: "SGGP" });
    expect(read("vntc-test-suc-khoe-sk_nld_t5999.html")).toMatchObject({ byline: [], source: "TGPN" }); // Theo TGPN
  });
});
