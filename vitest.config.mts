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
    // Files run in parallel, each worker on a database of its own
    // (tests/support/worker-databases.global.ts); a worker runs its files one after another.
    // Two, as this machine has cores: measured on 18 integration files under load, 2 workers took
    // half the serial time with no more timeouts; 3 were slower than 2 and timed out (docs/: "What
    // the tests cost"). --maxWorkers=N to try another count.
    fileParallelism: true,
    maxWorkers: 2,
    globalSetup: ["tests/support/worker-databases.global.ts"],
    setupFiles: ["tests/support/setup.ts"],
    // Ceilings, not measurements: with files in parallel a test shares the CPU with another.
    testTimeout: 20_000,
    hookTimeout: 20_000,
    env: { TZ: TEST_TIME_ZONE },
  },
});
