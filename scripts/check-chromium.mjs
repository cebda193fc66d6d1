#!/usr/bin/env node
// @ts-check
// The end-to-end tests drive Debian's Chromium (Playwright cannot download its own browser here).
import fs from "node:fs";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!fs.existsSync(chromium)) {
  console.error(
    `Chromium not found at ${chromium}. Install it with: apt-get install -y chromium (or set CHROMIUM_PATH).`,
  );
  process.exit(1);
}
