/**
 * A problem in the dataset's sources, located so that a curator can fix it: the file, the
 * field (as code reaches it: `mentions[3].text`, or `body`) and the reason.
 *
 * @example
 * ```ts
 * const error = new DatasetBuildError("articles/001-dan-van-2021.md", "provenance.sha256", "expected the hash of raw/001_8ce18eee035a6707.txt");
 * error.message; // "articles/001-dan-van-2021.md: provenance.sha256: expected the hash of raw/001_8ce18eee035a6707.txt"
 * ```
 */
export class DatasetBuildError extends Error {
  override readonly name = "DatasetBuildError";

  constructor(
    readonly file: string,
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${file}: ${field === "" ? "(record)" : field}: ${reason}`);
  }
}
