import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cleanArticle, type CleanArticle } from "./clean-article";
import { cleanRules } from "./clean-rules";

// The five raw seed articles live beside the repository, in ../shared/seeds.
const seedsDir = fileURLToPath(new URL("../../../../../shared/seeds/", import.meta.url));
const haveSeeds = existsSync(seedsDir);
if (!haveSeeds) console.warn(`clean-article.test: skipping the seed tests, ${seedsDir} is absent`);

const seed = (prefix: string): { raw: string; article: CleanArticle } => {
  const name = readdirSync(seedsDir).find((file) => file.startsWith(prefix))!;
  const raw = readFileSync(seedsDir + name, "utf8");
  return { raw, article: cleanArticle(raw) };
};

const BOILERPLATE = ["getLanguage", "{{", "Tin cùng chuyên mục", "Xem tin theo ngày", "Thống kê truy cập", "lượt xem", "Sign In", "EmailPrintAa", "Ý kiến bạn đọc"];

/** Checks that every letter or digit of every non-blank line lies in a reported block, and that blocks slice the input. */
const expectAccounted = (raw: string, article: CleanArticle) => {
  for (const block of article.blocks) expect(raw.slice(block.start, block.end)).toBe(block.text);
  const covered = new Uint8Array(raw.length);
  for (const block of article.blocks) covered.fill(1, block.start, block.end);
  const lost: string[] = [];
  for (let i = 0; i < raw.length; i++) if (!covered[i] && /[\p{L}\p{N}]/u.test(raw[i]!)) lost.push(raw.slice(Math.max(0, i - 20), i + 20));
  expect(lost).toEqual([]);
  // Each kept block ended up in the field its kind names; each removed one in `removed`.
  const nfc = (text: string) => text.normalize("NFC");
  const captions = article.media.map((item) => item.caption);
  for (const block of article.blocks) {
    const text = nfc(block.text);
    if (block.kind === "headline") expect(article.headline).toBe(text);
    if (block.kind === "paragraph" || block.kind === "list-item") expect(article.paragraphs).toContain(text);
    if (block.kind === "caption") expect(captions).toContain(text);
    if (block.kind === "removed") expect(article.removed.some((removed) => removed.text.split("\n").includes(text))).toBe(true);
  }
  for (const removed of article.removed) expect(removed.reason).toBe(cleanRules[removed.rule as keyof typeof cleanRules].reason);
};

const expectClean = (article: CleanArticle) => {
  for (const phrase of BOILERPLATE) expect(article.body, phrase).not.toContain(phrase);
};

const starts = (paragraphs: string[]) => paragraphs.map((paragraph) => paragraph.slice(0, 30));

describe.skipIf(!haveSeeds)("cleanArticle on the five seed articles", () => {
  it("000: a video line, a caption with a period, labelled credits, two related lists", () => {
    const { raw, article } = seed("000_");
    expect(article.format).toBe("text");
    expect(article.headline).toBe("Triển khai nhiệm vụ trọng tâm của Khối Dân vận tỉnh năm 2022");
    expect(article.timestamp).toBeNull();
    expect(article.media).toEqual([
      { type: "video", contentUrl: "Trien_khai_nhiem_vu_trong_tam_cua_Khoi_Dan_Van_tinh_2022.mp4", caption: null },
      { type: null, contentUrl: null, caption: "Đại biểu dự hội nghị." },
    ]);
    expect(article.byline).toEqual([
      { role: "text", name: "Đào Quyên", affiliation: null }, // Tin: Đào Quyên
      { role: "photo", name: "Thành Tâm", affiliation: null }, // Ảnh: Thành Tâm
    ]);
    expect(starts(article.paragraphs)).toEqual([
      "Năm 2021, hoạt động của Khối D",
      "Sau khi nghe ý kiến tham luận ",
      "Về nhiệm vụ trọng tâm từ nay đ",
    ]);
    expect(article.removed.map((block) => [block.rule, block.text.split("\n")[0]])).toEqual([
      ["related-list", "Tin cùng chuyên mục"],
      ["related-list", "Xem tin theo ngày"],
    ]);
    expect(article.removed[0]!.text.split("\n")).toHaveLength(11); // the heading and ten dated titles
    expect(article.body).toContain("![](Trien_khai_nhiem_vu_trong_tam_cua_Khoi_Dan_Van_tinh_2022.mp4)\n\nNăm 2021,");
    expect(article.body).toContain("\n\n![Đại biểu dự hội nghị.]()\n\nSau khi nghe");
    expectClean(article);
    expectAccounted(raw, article);
  });

  it("001: the misprinted headline kept, a caption naming two officials", () => {
    const { raw, article } = seed("001_");
    expect(article.headline).toBe("Ban Dận vận Tỉnh ủy: Triển khai nhiệm vụ năm 2021");
    expect(article.timestamp).toBeNull(); // the page gives none; "Ngày 14-1" is the event
    expect(article.media).toEqual([
      {
        type: null,
        contentUrl: null,
        caption: "Các đồng chí: Phạm Văn Hậu, Phó Bí thư Thường trực Tỉnh ủy; Nguyễn Long Biên, UVTV Tỉnh ủy, Phó Chủ tịch UBND tỉnh dự hội nghị.",
      },
    ]);
    expect(article.byline).toEqual([]);
    expect(starts(article.paragraphs)).toEqual([
      "Ngày 14-1, Ban Dận vận Tỉnh ủy",
      "Năm 2020, công tác dân vận tro",
      "Năm 2021, Ban Dân vận Tỉnh ủy ",
      "Phát biểu chỉ đạo tại hội nghị",
    ]);
    expect(article.removed).toEqual([]);
    expectClean(article);
    expectAccounted(raw, article);
  });

  it("002: the header clock under Sign In, image files with captions, template and CMS debris", () => {
    const { raw, article } = seed("002_");
    expect(article.headline).toBe("Hội nghị trực tuyến toàn quốc sơ kết công tác dân vận 6 tháng đầu năm 2021");
    // "02/12/2021 |" stands above the headline, under "Sign In": the site's clock, not the article's.
    expect(article.timestamp).toEqual({ text: "02/12/2021", value: { year: 2021, month: 12, day: 2 }, kind: "site-header" });
    expect(article.media).toEqual([
      { type: "image", contentUrl: "TTTU-1.jpg", caption: "Điểm cầu trung tâm tại Hà Nội" },
      { type: "image", contentUrl: "TTTU-2.jpg", caption: null },
      { type: "image", contentUrl: "TTTU-3.jpg", caption: "Điểm cầu Bình Dương" },
    ]);
    expect(article.byline).toEqual([{ role: "author", name: "Trần Thông Thái", affiliation: "BDVTU" }]);
    expect(starts(article.paragraphs)).toEqual([
      "Sáng ngày 13/7/2021, Ban Dân v",
      "Tại điểm cầu Bình Dương đến dự",
      "Theo đánh giá của Ban Dân vận ",
      "Công tác chỉ đạo thực hiện quy",
      "Phát biểu chỉ đạo và kết luận ",
      "- Tâp trung triển khai thực hi",
      "- Triển khai có hiệu quả năm \"",
      "- Tham mưu thực hiện các đề án",
      "- Tiếp tục tuyên truyền, vận đ",
      "Cũng trong sáng nay, tại điểm ",
    ]);
    expect(article.removed.map((block) => block.rule)).toEqual([
      "site-chrome", // Sign In
      "template-placeholder", // {{ getLanguage('VanBan_FontSize', …) }}
      "template-placeholder",
      "template-placeholder",
      "reader-controls", // (Giảm tương phản-)
      "template-placeholder", // feedback form
      "template-placeholder",
      "template-placeholder",
      "template-placeholder",
      "template-placeholder", // {{ getLanguage('VanBan_ArticleOther', 'Tin khác', …) }}
      "cms-field-labels", // Tiêu đề … Untitled 1
      "visit-counter", // Thống kê truy cập, Lượt truy cập:, Đang online: and the zeros
    ]);
    expect(article.removed[10]!.text.split("\n")).toHaveLength(26);
    expect(article.body).toContain("![Điểm cầu trung tâm tại Hà Nội](TTTU-1.jpg)");
    expect(article.body).toContain("![](TTTU-2.jpg)\n\n![Điểm cầu Bình Dương](TTTU-3.jpg)");
    expect(article.body).toContain("\n- Triển khai có hiệu quả"); // list items on consecutive lines
    expectClean(article);
    expectAccounted(raw, article);
  });

  it("003: the section, a timestamp with a view count, the caption repeating the headline", () => {
    const { raw, article } = seed("003_");
    expect(article.section).toBe("Chính trị");
    expect(article.headline).toBe("Hội nghị tổng kết MTTQ và các đoàn thể chính trị xã hội huyện");
    expect(article.timestamp).toEqual({ text: "12/01/2022 09:20", value: { year: 2022, month: 1, day: 12, hour: 9, minute: 20 }, kind: "article" });
    expect(article.media).toEqual([{ type: null, contentUrl: null, caption: "Hội nghị tổng kết MTTQ và các đoàn thể chính trị xã hội huyện" }]);
    expect(article.byline).toEqual([{ role: "author", name: "Phương Thảo", affiliation: "Huyện Bắc Mê" }]);
    expect(starts(article.paragraphs)).toEqual(["Ngày 6/1, Mặt trận Tổ quốc và ", "Trong năm 2021 Ủy ban MTTQ và ", "Phát biểu tại hội nghị, đồng c"]);
    expect(article.paragraphs[2]).toContain("Huyện uỷ"); // old-style tone mark kept as published
    expect(article.removed.map((block) => [block.rule, block.text])).toEqual([
      ["view-count", "99 lượt xem"],
      ["related-list", "Tin khác"],
    ]);
    expectClean(article);
    expectAccounted(raw, article);
  });

  it("004: EmailPrintAa, the article timestamp, three captions, a credit with its unit", () => {
    const { raw, article } = seed("004_");
    expect(article.headline).toBe("Tiếp tục quán triệt, triển khai thực hiện hiệu quả chủ trương, nghị quyết của Đảng về công tác dân vận");
    expect(article.timestamp).toEqual({ text: "22:37 27/12/2022", value: { year: 2022, month: 12, day: 27, hour: 22, minute: 37 }, kind: "article" });
    expect(article.media.map((item) => item.caption)).toEqual([
      "Các đại biểu dự Hội nghị",
      "Đồng chí Trần Thế Dũng, Phó Bí thư Thường trực Tỉnh ủy phát biểu",
      "Trao tặng Giấy khen cho 06 đơn vị",
    ]);
    expect(article.byline).toEqual([{ role: "author", name: "Chu Thanh Hoài", affiliation: "Ban Dân vận Tỉnh ủy" }]);
    expect(article.paragraphs).toHaveLength(8);
    expect(article.paragraphs[0]).toBe(
      "Sáng ngày 27/12, Ban Dân vận Tỉnh ủy tổ chức Hội nghị tổng kết công tác dân vận năm 2022, triển khai nhiệm vụ trọng tâm năm 2023.",
    );
    expect(article.paragraphs[6]).toContain("đồng Trần Thế Dũng"); // misprint kept
    expect(article.removed.map((block) => [block.rule, block.text])).toEqual([
      ["reader-controls", "EmailPrintAa"],
      ["comment-form", "Ý kiến bạn đọc"],
    ]);
    expectClean(article);
    expectAccounted(raw, article);
  });
});

describe("cleanArticle on small pages", () => {
  it("does what its documentation example says", () => {
    const page = [
      "Sign In",
      "Hội nghị tổng kết công tác dân vận",
      "22:37 27/12/2022",
      "Sáng ngày 27/12, Ban Dân vận Tỉnh ủy tổ chức Hội nghị tổng kết.",
      "Tin: Đào Quyên",
      "Tin khác",
      "- Họp Ban Chỉ đạo phòng, chống tham nhũng 29.08.2024 | 20:06 PM",
    ].join("\n");
    const article = cleanArticle(page);
    expect(article.headline).toBe("Hội nghị tổng kết công tác dân vận");
    expect(article.timestamp?.value).toEqual({ year: 2022, month: 12, day: 27, hour: 22, minute: 37 });
    expect(article.paragraphs).toEqual(["Sáng ngày 27/12, Ban Dân vận Tỉnh ủy tổ chức Hội nghị tổng kết."]);
    expect(article.byline).toEqual([{ role: "text", name: "Đào Quyên", affiliation: null }]);
    expect(article.removed.map((block) => block.rule)).toEqual(["site-chrome", "related-list"]);
    expectAccounted(page, article);
  });

  it("reads a page with CRLF line ends and decomposed letters, and keeps the text as published", () => {
    const raw = "Tin khác\r\nHội nghị Ban Chấp hành Đảng bộ huyện\r\n12/01/2022\r\nSáng nay, Huyện uỷ tổ chức hội nghị.\r\n".normalize("NFD");
    const article = cleanArticle(raw);
    expect(article.headline).toBe("Hội nghị Ban Chấp hành Đảng bộ huyện");
    expect(article.timestamp?.kind).toBe("article");
    expect(article.paragraphs).toEqual(["Sáng nay, Huyện uỷ tổ chức hội nghị."]);
    expect(article.removed.map((block) => block.rule)).toEqual(["related-list"]);
    expectAccounted(raw, article);
  });

  it("recognises a related list without a heading by its dated titles", () => {
    const raw = [
      "Tiêu đề bài báo",
      "Nội dung bài báo có một câu.",
      "- Kỳ họp thứ 7: Quốc hội biểu quyết 28.06.2024 | 16:09 PM",
      "- Đồng chí Trần Thanh Mẫn được bầu làm Chủ tịch Quốc hội 20.05.2024 | 16:33 PM",
    ].join("\n");
    const article = cleanArticle(raw);
    expect(article.paragraphs).toEqual(["Nội dung bài báo có một câu."]);
    expect(article.removed.map((block) => block.rule)).toEqual(["related-list"]);
    expect(article.removed[0]!.text.split("\n")).toHaveLength(2);
  });

  it("keeps a one-sentence paragraph in the lead's place, and a long short-less line in the body", () => {
    const raw = "Tiêu đề\n\nĐại biểu dự hội nghị.\n\nHội nghị diễn ra trong một ngày với nhiều nội dung quan trọng.";
    expect(cleanArticle(raw).media).toEqual([]);
  });

  it("reads an HTML page with a figure, a lead in bold, a byline and a share bar", () => {
    const raw = [
      "<html><head><title>Báo X - Tin</title><script>var a = '{{x}}';</script></head><body>",
      "<nav><a href='/'>Trang chủ</a> <a href='/ct'>Chính trị</a></nav>",
      "<h1>Khai mạc Kỳ họp thứ 8</h1><time>23.10.2024 | 16:17 PM</time>",
      "<p><strong>Sáng 21/10, Quốc hội khai mạc Kỳ họp thứ 8.</strong></p>",
      "<figure><img src='/a/ky-hop.jpg' width=600><figcaption>Quang cảnh phiên khai mạc</figcaption></figure>",
      "<p>Chủ tịch Quốc hội phát biểu&nbsp;khai mạc.</p><ul><li>Luật Đất đai</li><li>Luật Nhà ở</li></ul>",
      "<p class='author'>Nguyễn Văn A</p><div class='share-bar'>Chia sẻ Facebook</div></body></html>",
    ].join("\n");
    const article = cleanArticle(raw);
    expect(article.format).toBe("html");
    expect(article.headline).toBe("Khai mạc Kỳ họp thứ 8");
    expect(article.timestamp).toEqual({ text: "23.10.2024 | 16:17 PM", value: { year: 2024, month: 10, day: 23, hour: 16, minute: 17 }, kind: "article" });
    expect(article.lead).toBe("Sáng 21/10, Quốc hội khai mạc Kỳ họp thứ 8.");
    expect(article.paragraphs).toEqual(["Sáng 21/10, Quốc hội khai mạc Kỳ họp thứ 8.", "Chủ tịch Quốc hội phát biểu khai mạc.", "Luật Đất đai", "Luật Nhà ở"]);
    expect(article.media).toEqual([{ type: "image", contentUrl: "/a/ky-hop.jpg", caption: "Quang cảnh phiên khai mạc" }]);
    expect(article.byline).toEqual([{ role: "author", name: "Nguyễn Văn A", affiliation: null }]);
    expect(article.body).toBe(
      "Sáng 21/10, Quốc hội khai mạc Kỳ họp thứ 8.\n\n![Quang cảnh phiên khai mạc](/a/ky-hop.jpg)\n\nChủ tịch Quốc hội phát biểu khai mạc.\n\n- Luật Đất đai\n- Luật Nhà ở",
    );
    expect(article.removed.map((block) => block.rule)).toEqual(["non-content-element", "site-chrome", "site-chrome"]);
  });

  it("reads a photo credit at the end of a caption into the byline, and keeps the caption as published", () => {
    const raw = "Khai mạc lễ hội\nSáng nay lễ hội khai mạc.\nhoi-an.jpg\nQuang cảnh khai mạc tại Hội An - Ảnh: Kinh Luân\nLễ hội kéo dài ba ngày.";
    const article = cleanArticle(raw);
    expect(article.media).toEqual([{ type: "image", contentUrl: "hoi-an.jpg", caption: "Quang cảnh khai mạc tại Hội An - Ảnh: Kinh Luân" }]);
    expect(article.byline).toEqual([{ role: "photo", name: "Kinh Luân", affiliation: null }]);
  });

  it("keeps article sentences that merely contain the words of a rule", () => {
    const sentences = [
      "Tin khác nhau về số người dự họp đã được làm rõ.",
      "Hệ thống thống kê truy cập của cổng thông tin được nâng cấp.",
      "Nội dung",
      "Chia sẻ kinh nghiệm, đồng chí Bí thư nhấn mạnh vai trò của cơ sở.",
      "Đoàn đã đến thăm 12/01/2022 và làm việc với huyện.",
      "- Khối A: sau ngày 5.7.2006",
      "- Khối B, C, D: sau ngày 10.7.2006",
    ];
    const article = cleanArticle(["Tiêu đề bài", ...sentences].join("\n"));
    expect(article.paragraphs).toEqual(sentences);
    expect(article.removed).toEqual([]);
  });

  it("removes what stands above a marked headline, and reads a header clock there as the site's", () => {
    const raw =
      "<div><img src=/logo.png width=200 height=60> Báo Điện tử Tỉnh <div class=date>Thứ hai, 02/12/2021</div></div>" +
      "<div class=breadcrumb>Trang chủ » Chính trị</div><h1 class=title>Hội nghị Ban Thường vụ Tỉnh ủy</h1><p>Sáng nay, Ban Thường vụ họp.</p>";
    const article = cleanArticle(raw);
    expect(article.headline).toBe("Hội nghị Ban Thường vụ Tỉnh ủy");
    expect(article.timestamp).toEqual({ text: "Thứ hai, 02/12/2021", value: { year: 2021, month: 12, day: 2 }, kind: "site-header" });
    expect(article.media).toEqual([]);
    expect(article.paragraphs).toEqual(["Sáng nay, Ban Thường vụ họp."]);
    expect(article.removed.map((block) => [block.rule, block.text])).toEqual([
      ["above-headline", "/logo.png\nBáo Điện tử Tỉnh"],
      ["site-chrome", "Trang chủ » Chính trị"],
    ]);
  });

  it("returns an empty article for an empty page", () => {
    const article = cleanArticle("");
    expect(article).toMatchObject({ headline: null, timestamp: null, paragraphs: [], body: "", removed: [], blocks: [] });
  });
});

describe("cleanArticle: template placeholders inside any element are removed and reported", () => {
  it("a placeholder in a paragraph the page left inside its unclosed <h1>", () => {
    const article = cleanArticle("<h1>Hội nghị tổng kết<p>{{ getLanguage('x') }}");
    expect(article.headline).toBe("Hội nghị tổng kết");
    expect(article.body).toBe("");
    expect(article.removed.map((block) => [block.rule, block.text])).toEqual([["template-placeholder", "{{ getLanguage('x') }}"]]);
  });

  it("a placeholder as the only text of a <figure>: the picture stays, without a caption", () => {
    const article = cleanArticle("<h1>Hội nghị tổng kết</h1><figure><img src=a.jpg>{{ getLanguage('x') }}</figure>");
    expect(article.media).toEqual([{ type: "image", contentUrl: "a.jpg", caption: null }]);
    expect(article.body).toBe("![](a.jpg)");
    expect(article.removed.map((block) => [block.rule, block.text])).toEqual([["template-placeholder", "{{ getLanguage('x') }}"]]);
  });
});
