#!/usr/bin/env node
// @ts-check
// One closing line for the whole `npm test`: unit + integration (Vitest) and end-to-end (Playwright).
import fs from "node:fs";

const unit = JSON.parse(fs.readFileSync("test-results/unit.json", "utf8"));
const e2e = JSON.parse(fs.readFileSync("test-results/e2e.json", "utf8"));
const passed = unit.numPassedTests + e2e.stats.expected;
const failed = unit.numFailedTests + e2e.stats.unexpected;
const skipped = unit.numPendingTests + unit.numTodoTests + e2e.stats.skipped;
console.log(
  `\nunit+integration: ${unit.numPassedTests} passed; end-to-end: ${e2e.stats.expected} passed`,
);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
