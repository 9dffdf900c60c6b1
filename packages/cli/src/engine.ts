import type * as Parse from "@vnpol/parse";
import type { Article, Membership, Mention, MentionKind } from "@vnpol/schema";

/** What `cleanArticle` of `@vnpol/parse` returns. */
export type CleanedArticle = ReturnType<typeof Parse.cleanArticle>;

/** The bundled dataset: its articles and data version. */
export interface Dataset {
  articles: readonly Article[];
  version: string;
}

/**
 * The library functions the commands call. `run` loads {@link loadDefaultEngine} when a
 * command needs it; a program may pass its own, e.g. to extract with another configuration.
 */
export interface Engine {
  extract(text: string, options: { ref?: string; only?: MentionKind[] }): Mention[];
  /** Who holds which post, from the official mentions among `mentions` (`membershipsOf`); needed by `extract --memberships` only. */
  membershipsOf?(mentions: readonly Mention[], options: { ref?: string }): Membership[];
  cleanArticle(raw: string, options?: { format?: "text" | "html" }): CleanedArticle;
  /** Loaded on first use only, so that reading files never pays for it. */
  loadDataset(): Promise<Dataset>;
}

/**
 * The engine of `@vnpol/parse` and `@vnpol/dataset`, imported on first use so that
 * `--help`, `--version` and `validate` start without loading the parsers.
 *
 * @example
 * ```ts
 * import { loadDefaultEngine } from "@vnpol/cli";
 * const engine = await loadDefaultEngine();
 * engine.extract("Thực hiện Nghị định 30/2020/NĐ-CP của Chính phủ.", { only: ["document"] }); // [{ kind: "document", … }]
 * ```
 */
export const loadDefaultEngine = async (): Promise<Engine> => {
  const parse = await import("@vnpol/parse");
  return {
    extract: (text, options) => parse.extract(text, options),
    membershipsOf: (mentions, options) => parse.membershipsOf(parse.officialMentionsOf(mentions), options),
    cleanArticle: (raw, options) => parse.cleanArticle(raw, options),
    loadDataset: async () => {
      const { articles, version } = await import("@vnpol/dataset");
      return { articles, version };
    },
  };
};
