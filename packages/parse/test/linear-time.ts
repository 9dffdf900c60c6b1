// How the finders' tests check that cost grows linearly with the input: time the function on
// a unit repeated n and 10n times (best of three runs, so a busy machine does not look like a
// slow parser) and compare. Linear is 10x, quadratic 100x; sizes are large enough that timer
// noise does not count.
import { expect } from "vitest";

const bestOfThree = (run: () => void): number => {
  let best = Number.POSITIVE_INFINITY;
  for (let k = 0; k < 3; k++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
};

/** Expects `find` on `unit` repeated 10n times to cost less than 40 times `unit` repeated n times. */
export const expectLinearTime = (find: (text: string) => unknown, unit: string, n = 1000): void => {
  const time = (repeat: number) => bestOfThree(() => find(unit.repeat(repeat)));
  time(Math.ceil(n / 5)); // warm-up
  const small = Math.max(time(n), 1);
  const large = time(10 * n);
  expect(large / small).toBeLessThan(40);
};
