// Exports stream with constant memory: 40,000 claims go through each format in a process whose heap
// is capped at 64 MB. The same report built whole does not fit in that heap (the control below), so the
// cap would catch a writer or stream that held the report in memory.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { REPORT_FORMATS } from "@/lib/report/formats";

const CLAIMS = 40_000;
const HEAP_MB = 64;

function run(format: string, mode: "stream" | "whole") {
  const out = spawnSync(
    process.execPath,
    [`--max-old-space-size=${HEAP_MB}`, "--import", "tsx", "tests/support/stream-child.ts", format, String(CLAIMS), mode],
    { encoding: "utf8", timeout: 120_000 },
  );
  return { status: out.status, stdout: out.stdout, stderr: out.stderr };
}

describe(`streaming ${CLAIMS.toLocaleString("en")} claims under a ${HEAP_MB} MB heap`, () => {
  it("the control: built whole, the JSON report does not fit", () => {
    const whole = run("json", "whole");
    expect(whole.status, "the whole report should have run out of heap").not.toBe(0);
    expect(whole.stderr).toMatch(/heap out of memory|Allocation failed/i);
  }, 120_000);

  for (const format of Object.keys(REPORT_FORMATS).filter((f) => f !== "pdf"))
    it(`${format} streams it`, () => {
      const r = run(format, "stream");
      expect(r.status, r.stderr.slice(-2000)).toBe(0);
      const { bytes } = JSON.parse(r.stdout) as { bytes: number };
      expect(bytes).toBeGreaterThan(CLAIMS * 200);
    }, 120_000);
});
