import { defineConfig } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3200);

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Spec files can run side by side (each file's tests in order in one worker): every file makes its
  // own claims and accounts and asserts on its own rows, and what cannot be scoped runs in the
  // whole-app project below. One worker stays the default: on this 2-core machine, where Next,
  // Postgres and Chromium share the cores, two were slower in back-to-back runs (docs: figures).
  // PW_WORKERS=2 tries more on a bigger machine.
  workers: Number(process.env.PW_WORKERS ?? 1),
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  outputDir: "test-results/e2e",
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: "chromium",
    screenshot: "only-on-failure",
    launchOptions: {
      // Debian's Chromium (apt-get install chromium): Playwright cannot download its own browser here.
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "parallel", grepInvert: /@whole-app/ },
    // Tests tagged WHOLE_APP (tests/e2e/helpers.ts) assert on what any other test may change at the
    // same moment (a front-cache HIT, files on disk): they run after the others, one at a time.
    { name: "whole-app", grep: /@whole-app/, dependencies: ["parallel"], workers: 1 },
  ],
  webServer: {
    // A throwaway embedded Postgres, migrated and seeded, behind the production build.
    command: `node scripts/with-db.mjs --fresh --seed --clear-page-cache -- node scripts/serve.mjs`,
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    // The default is SIGKILL, which would leave the embedded cluster's files behind.
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    env: {
      NEXTAUTH_SECRET: "e2e-secret-0123456789abcdef",
      NEXTAUTH_URL: `http://127.0.0.1:${PORT}`,
      PORT: String(PORT),
      // The server runs in a zone that is not the newsroom's, so a day it worked out in its own zone
      // instead of the newsroom's (lib/calendar) shows on the page.
      TZ: "America/New_York",
      // The user:* commands in tests/e2e/accounts.ts reach the server's database through this file.
      PRAMAAN_DATABASE_URL_FILE: `test-results/e2e-database-url-${PORT}`,
    },
  },
});
