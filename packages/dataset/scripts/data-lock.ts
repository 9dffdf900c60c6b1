/** The hashes of a released version of the data (`data-lock.json`). */
export interface DataLock {
  /** Version of `@vnpol/dataset` that was released with these hashes. */
  version: string;
  /** SHA-256 of each data file of `dist/`, by path. */
  sha256: Record<string, string>;
}

// A changeset names its packages in YAML front matter: `"@vnpol/dataset": patch`.
const NAMES_DATASET = /^\s*["']?@vnpol\/dataset["']?\s*:\s*["']?(patch|minor|major)["']?\s*$/m;

/**
 * The bump a changeset file gives `@vnpol/dataset`, or null when it does not name it.
 *
 * @example
 * ```ts
 * datasetBump('---\n"@vnpol/dataset": patch\n---\n\nFix the date of seed 003.\n'); // "patch"
 * datasetBump('---\n"@vnpol/parse": minor\n---\n'); // null
 * ```
 */
export const datasetBump = (changeset: string): "patch" | "minor" | "major" | null => {
  const frontMatter = /^---\n([\s\S]*?)\n---/.exec(changeset)?.[1];
  if (frontMatter === undefined) return null;
  const bump = NAMES_DATASET.exec(frontMatter)?.[1];
  return bump === "patch" || bump === "minor" || bump === "major" ? bump : null;
};

/**
 * The files of a data lock whose hash differs from the files now built; empty when the data
 * is the released data.
 *
 * @example
 * ```ts
 * changedFiles({ version: "0.1.0", sha256: { "articles.json": "ab…" } }, { "articles.json": "cd…" }); // ["articles.json"]
 * ```
 */
export const changedFiles = (lock: DataLock, current: Record<string, string>): string[] =>
  [...new Set([...Object.keys(lock.sha256), ...Object.keys(current)])].filter((path) => lock.sha256[path] !== current[path]).sort();
