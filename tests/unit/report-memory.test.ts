// Exports stream with constant memory: 10,000 claims go through every streamed format in a process
// whose heap is capped at 48 MB. The same report built whole does not fit in that heap (the control
// below), so the cap would catch a writer or a stream that held the report in memory.
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { REPORT_FORMATS } from "@/lib/report/formats";

const CLAIMS = 10_000;
const HEAP_MB = 48;

function run(format: string, mode: "stream" | "whole") {
  return new Promise<{ format: string; status: number | null; stdout: string; stderr: string }>(
    (resolve) => {
      const child = spawn(process.execPath, [
        `--max-old-space-size=${HEAP_MB}`,
        "--import",
        "tsx",
        "tests/support/stream-child.ts",
        format,
        String(CLAIMS),
        mode,
      ]);
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d) => {
        stdout += d;
      });
      child.stderr.on("data", (d) => {
        stderr += d;
      });
      child.on("close", (status) => resolve({ format, status, stdout, stderr }));
    },
  );
}

/** Runs the formats two at a time (this machine has two cores). */
async function runAll(formats: string[]) {
  const results = [];
  for (let i = 0; i < formats.length; i += 2)
    results.push(...(await Promise.all(formats.slice(i, i + 2).map((f) => run(f, "stream")))));
  return results;
}

describe(`streaming ${CLAIMS.toLocaleString("en")} claims under a ${HEAP_MB} MB heap`, () => {
  it("the control: built whole, the JSON report does not fit", async () => {
    const whole = await run("json", "whole");
    expect(whole.status, "the whole report should have run out of heap").not.toBe(0);
    expect(whole.stderr).toMatch(/heap out of memory|Allocation failed/i);
  }, 120_000);

  it("every streamed format writes it", async () => {
    const formats = Object.entries(REPORT_FORMATS)
      .filter(([, f]) => f.kind !== "whole")
      .map(([name]) => name);
    for (const r of await runAll(formats)) {
      expect(r.status, `${r.format}: ${r.stderr.slice(-1500)}`).toBe(0);
      const { bytes } = JSON.parse(r.stdout) as { bytes: number };
      expect(bytes, r.format).toBeGreaterThan(CLAIMS * 200);
    }
  }, 240_000);
});
