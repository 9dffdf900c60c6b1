// vnpol from TypeScript: the mentions are a discriminated union, so `kind` narrows `value`.
import { articles, getArticle } from "@vnpol/dataset";
import { extract, findOfficials } from "@vnpol/parse";
import type { Article, Mention, OfficialMention } from "@vnpol/schema";

const byKind = (mentions: readonly Mention[]): Record<Mention["kind"], number> => {
  const counts = { date: 0, document: 0, official: 0, organization: 0, place: 0, event: 0 };
  for (const mention of mentions) counts[mention.kind] += 1;
  return counts;
};

const all: readonly Article[] = articles;
const total = all.reduce((sum, article) => sum + article.mentions.length, 0);
console.log(`${all.length} articles, ${total} mentions stored in the dataset`);
console.log(byKind(all.flatMap((article) => article.mentions)));

// The first article again, through the parsers: extract() finds its mentions afresh from the body.
const first = getArticle(all[0]!.id)!;
const fresh: Mention[] = extract(first.body, { ref: first.datePublished ? toRef(first.datePublished) : undefined });
console.log(`${first.id}: ${fresh.length} mentions found again by extract()`);

for (const mention of fresh) {
  if (mention.kind === "date" && mention.value.grain === "day") {
    console.log(`  day       ${mention.text}`);
    break;
  }
}

const officials: OfficialMention[] = findOfficials(first.body);
for (const official of officials.slice(0, 3)) {
  const posts = official.positions.map((position) => [position.role, position.body].filter(Boolean).join(" ")).join("; ");
  console.log(`  official  ${official.person ?? "(no name)"} — ${posts}`);
}

function toRef(date: { year?: number; month?: number; day?: number }): string | undefined {
  if (date.year === undefined || date.month === undefined || date.day === undefined) return undefined;
  return `${date.year}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
}
