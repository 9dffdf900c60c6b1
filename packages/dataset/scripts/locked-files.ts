/** The files whose bytes are the data and its schema: a change to either is a change to the data. */
export const LOCKED_FILES = ["articles.json", "article.schema.json"] as const;
