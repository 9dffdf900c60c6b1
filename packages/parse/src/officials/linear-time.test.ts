import { describe, expect, it } from "vitest";
import { findOrganizations } from "../organizations/find-organizations";
import { findOfficials } from "./find-officials";
import { parseTitle } from "./parse-title";

// Timing is a benchmark's job (npm run bench); this only catches quadratic work. A quarter of
// the input must not take more than a quarter of the time times 8: quadratic work (16×) fails,
// a busy machine's noise does not.
const repeatTo = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const time = (run: () => unknown) => {
  const started = performance.now();
  run();
  return performance.now() - started;
};
const scalesLinearly = (find: (text: string) => unknown, unit: string) => {
  find(repeatTo(unit, 20_000)); // warm up
  const quarter = time(() => find(repeatTo(unit, 250_000)));
  const whole = time(() => find(repeatTo(unit, 1_000_000)));
  expect(whole).toBeLessThan(Math.max(quarter, 50) * 4 * 8);
};

describe("linear time on 1 MB", () => {
  it("findOfficials: forms of address, names, titles and commas", () => {
    scalesLinearly(findOfficials, "đồng chí Nguyễn Văn An, Trần, Lê Thị Bình, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Hà Tĩnh, các đồng chí: ");
  }, 60_000);

  it("findOrganizations: bodies that could chain (Ban Dân vận Ban Dân vận …)", () => {
    scalesLinearly(findOrganizations, "Ban Dân vận Ban Thường vụ Tỉnh ủy Hà Tĩnh UBND tỉnh, ");
  }, 60_000);

  it("parseTitle: one long title of commas", () => {
    scalesLinearly(parseTitle, "Phó Bí thư Tỉnh ủy, ");
  }, 60_000);
});
