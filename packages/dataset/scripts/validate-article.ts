import { Article, explainError, formatIssues } from "@vnpol/schema";
import { DatasetBuildError } from "./dataset-build-error";

/**
 * Validates a record with the `Article` schema of `@vnpol/schema` and returns it as parsed, or
 * fails with the file, the first field at fault and every reason (`formatIssues`).
 *
 * @example
 * ```ts
 * validateArticle("articles/x.md", { id: "X" });
 * // throws DatasetBuildError: "articles/x.md: id: expected an id of lower-case ASCII letters, digits and hyphens …"
 * ```
 */
export const validateArticle = (file: string, candidate: unknown): Article => {
  const result = Article.safeParse(candidate);
  if (result.success) return result.data;
  const first = explainError(result.error)[0];
  const reasons = formatIssues(result.error);
  throw new DatasetBuildError(file, first?.path ?? "", [first?.message ?? "invalid", ...reasons.slice(1).map((line) => `also ${line}`)].join("; "));
};
