// Builds the dataset into dist/ and src/data.ts: `npm run build:data -w packages/dataset`.
import { fileURLToPath } from "node:url";
import { availableExtractor, availableMemberships } from "./available-extractor";
import { buildDataset } from "./build-dataset";

const root = fileURLToPath(new URL("..", import.meta.url));
if (!availableExtractor) console.warn("@vnpol/parse has no extract yet: building without mentions");

try {
  const result = await buildDataset({ root, outDir: `${root}dist`, dataModulePath: `${root}src/data.ts`, extractor: availableExtractor, memberships: availableMemberships });
  const mentions = result.articles.reduce((sum, article) => sum + article.mentions.length, 0);
  console.log(`@vnpol/dataset ${result.version}: ${result.articles.length} articles, ${mentions} mentions`);
  for (const file of result.files) console.log(`  dist/${file.path}  ${file.bytes} bytes`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
