import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Tests run in a zone that is not the newsroom's (Asia/Kolkata) and is west of UTC with daylight
// saving, so a day computed in the process's zone, or in UTC, instead of the newsroom's shows up as a
// failure (lib/calendar). Set here, before the workers start, so they inherit it.
const TEST_TIME_ZONE = "America/New_York";
process.env.TZ = TEST_TIME_ZONE;

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      // "server-only" throws outside React's server bundle; in tests the whole process is the server.
      "server-only": fileURLToPath(new URL("./tests/support/empty-module.ts", import.meta.url)),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    environment: "node",
    // Integration tests share one database; run files one after another.
    fileParallelism: false,
    setupFiles: ["tests/support/setup.ts"],
    testTimeout: 20_000,
    env: { TZ: TEST_TIME_ZONE },
  },
});
