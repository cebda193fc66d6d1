// Screenshots for docs/editors-guide.md, taken by `npm run docs:screenshots`. Not part of `npm test`:
// it only photographs the desk. Same server as the end-to-end tests (a throwaway seeded database
// behind the production build), so it shows exactly what a fresh `npm start` shows.
import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

export default defineConfig({
  ...base,
  testDir: "tests/docs-shots",
  reporter: "list",
  outputDir: "test-results/docs-shots",
  // Pictures, not timings: a busy machine may take long to sign in or render, and that is fine.
  timeout: 300_000,
  expect: { timeout: 30_000 },
  use: { ...base.use, viewport: { width: 1280, height: 800 } },
});
