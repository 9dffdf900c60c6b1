// vnpol from Node.js as an ES module: the bundled articles, and the mentions in a new paragraph.
import { articles, version } from "@vnpol/dataset";
import { extract } from "@vnpol/parse";
import { Mention, toIsoDate } from "@vnpol/schema";

console.log(`@vnpol/dataset ${version}: ${articles.length} articles`);
for (const article of articles) {
  const published = toIsoDate(article.datePublished) ?? "undated";
  console.log(`  ${article.id}  ${published}  ${article.mentions.length} mentions  ${article.headline}`);
}

// A paragraph written for this example, in the style of the articles (the name is made up).
const paragraph =
  "Sáng 27/12, đồng chí Nguyễn Văn An, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì hội nghị " +
  "quán triệt Kết luận số 43-KL/TU, ngày 24/6/2022 và Nghị định 30/2020/NĐ-CP của Chính phủ.";

// `ref` is the day the paragraph was published: it gives "27/12" its year.
const mentions = extract(paragraph, { ref: "2022-12-27" });
console.log(`\n${mentions.length} mentions in the paragraph:`);
for (const mention of mentions) {
  Mention.parse(mention); // every mention is a valid @vnpol/schema Mention
  console.log(`  ${mention.kind.padEnd(12)} [${mention.start}, ${mention.end})  ${mention.text}`);
}
