import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Article } from "@vnpol/schema";

/** The package folder, `packages/dataset/`. */
export const packageRoot = fileURLToPath(new URL("..", import.meta.url));

/** Absolute path of a file in `dist/`. */
export const distPath = (name: string): string => `${packageRoot}dist/${name}`;

/** The bytes of a built file; fails with what to do when the build has not run. */
export const readDist = (name: string): Buffer => {
  const path = distPath(name);
  if (!existsSync(path)) throw new Error(`dist/${name} is missing: run npm run build first (npm run build -w packages/dataset)`);
  return readFileSync(path);
};

/** The articles of `dist/articles.json`. */
export const builtArticles = (): Article[] => JSON.parse(readDist("articles.json").toString("utf8")) as Article[];
