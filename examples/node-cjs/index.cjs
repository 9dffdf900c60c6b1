// vnpol from Node.js with require(): the same packages ship CommonJS builds.
const { articles, getArticle } = require("@vnpol/dataset");
const { findDates, findDocumentRefs } = require("@vnpol/parse");
const { toIsoDate } = require("@vnpol/schema");

console.log(`${articles.length} articles in @vnpol/dataset`);

// The dates and document references of the first article, found again from its body.
const article = getArticle(articles[0].id);
// The publication date gives yearless dates their year; without one, years stay unknown.
const ref = toIsoDate(article.datePublished);
const dates = findDates(article.body, { ref });
const documents = findDocumentRefs(article.body);
console.log(`${article.id}: ${dates.length} dates, ${documents.length} document references`);
for (const date of dates.slice(0, 5)) {
  console.log(`  date      ${date.text} → ${JSON.stringify(date.value)} (${date.grain})`);
}
for (const document of documents.slice(0, 5)) {
  console.log(`  document  ${document.text} → ${document.kind ?? "?"} ${document.number}`);
}
