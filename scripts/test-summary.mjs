#!/usr/bin/env node
// Prints the unit-test totals of the last `npm run test:unit` as one plain line,
// "N passed, N failed, N skipped", for readers of CI logs.
import { readFileSync } from "node:fs";

const report = JSON.parse(readFileSync(new URL("../.tmp/vitest-results.json", import.meta.url), "utf8"));
const skipped = report.numPendingTests + report.numTodoTests;
console.log(`${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped`);
process.exit(report.numFailedTests > 0 || report.numTotalTests === 0 ? 1 : 0);
