// PDF layout capacity (issue 16 item 5): readers' and editors' PDFs are laid out in separate pools,
// so a burst of anonymous requests leaves an editor's desk PDF room; and a reader's PDF with the
// same scope and published state is laid out once however many ask for it at once or after.
import { describe, expect, it, vi } from "vitest";
import type { ReportFormatSpec } from "@/lib/report/formats";
import { MadeOnce } from "@/lib/report/made-once";
import type { ReportMeta } from "@/lib/report/model";
import { reportResponse } from "@/lib/report/respond";

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}
const settle = () => new Promise((r) => setImmediate(r));

const meta = {
  scope: { filters: {} },
  includesDrafts: false,
  generatedAt: "2026-01-01T00:00:00Z",
} as unknown as ReportMeta;

function report() {
  const stream = new ReadableStream<Uint8Array>({
    start(c) {
      c.enqueue(new TextEncoder().encode("input"));
      c.close();
    },
  });
  return { meta, total: 1, stream };
}

/** A PDF format whose layouts wait for `gate`; `render` counts them. */
function pdfFormat(gate: Promise<void>) {
  const render = vi.fn(async () => {
    await gate;
    return new Uint8Array([37, 80, 68, 70]);
  });
  const format = {
    kind: "whole",
    ext: "pdf",
    contentType: "application/pdf",
    label: "PDF",
    writer: () => ({ head: () => "", claims: () => "", tail: () => "" }),
    maxClaims: 10,
    render,
  } as unknown as ReportFormatSpec;
  return { format, render };
}

describe("separate PDF capacity for readers and editors", () => {
  it("a burst of readers' PDFs leaves an editor's PDF room (16 from 8 addresses left it busy)", async () => {
    const readersGate = deferred();
    const readers = pdfFormat(readersGate.promise);
    const burst = Array.from({ length: 8 }, (_, i) =>
      reportResponse(readers.format, report(), {}, { capacity: "readers", onceKey: `scope ${i}` }),
    );
    await settle();
    const editorGate = deferred();
    const editor = pdfFormat(editorGate.promise);
    const desk = reportResponse(editor.format, report(), {}, { capacity: "editors" });
    await settle();
    expect(editor.render).toHaveBeenCalledTimes(1); // laid out now, not queued behind readers
    editorGate.resolve();
    expect((await desk).status).toBe(200);
    // Readers beyond their own pool are told "busy"; the others finish.
    readersGate.resolve();
    const statuses = (await Promise.all(burst)).map((r) => r.status);
    expect(statuses.filter((s) => s === 503).length).toBeGreaterThan(0);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(0);
  });

  it("identical readers' PDFs are laid out once, together and afterwards", async () => {
    const gate = deferred();
    const { format, render } = pdfFormat(gate.promise);
    const key = `same scope ${Math.random()}`;
    const together = Array.from({ length: 5 }, () =>
      reportResponse(format, report(), {}, { capacity: "readers", onceKey: key }),
    );
    await settle();
    gate.resolve();
    const answers = await Promise.all(together);
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    const later = await reportResponse(format, report(), {}, { capacity: "readers", onceKey: key });
    expect(new Uint8Array(await later.arrayBuffer())).toEqual(new Uint8Array([37, 80, 68, 70]));
    expect(render).toHaveBeenCalledTimes(1);
    // Another published state is another PDF.
    await reportResponse(format, report(), {}, { capacity: "readers", onceKey: `${key} later` });
    expect(render).toHaveBeenCalledTimes(2);
  });
});

describe("MadeOnce", () => {
  const bytes = (n: number) => new Uint8Array(n);
  it("stays within its byte budget, least recently used out first, and forgets after the TTL", async () => {
    let now = 0;
    const once = new MadeOnce({ maxBytes: 100, ttlMs: 1000, now: () => now });
    await once.get("a", async () => bytes(20));
    await once.get("b", async () => bytes(20));
    once.peek("a");
    await once.get("c", async () => bytes(20));
    await once.get("d", async () => bytes(20));
    await once.get("e", async () => bytes(20)); // 100 bytes: b, least recently used, goes
    await once.get("f", async () => bytes(20));
    expect(once.peek("b")).toBeUndefined();
    expect(once.peek("a")).toBeDefined();
    expect(once.stats().bytes).toBeLessThanOrEqual(100);
    expect((await once.get("g", async () => bytes(26))).fresh).toBe(true); // over a quarter: not kept
    expect(once.peek("g")).toBeUndefined();
    now = 2000;
    expect(once.peek("a")).toBeUndefined();
  });

  it("a failed layout is not kept: the next caller makes it again", async () => {
    const once = new MadeOnce({ maxBytes: 100, ttlMs: 1000 });
    await expect(once.get("k", async () => Promise.reject(new Error("typst")))).rejects.toThrow();
    expect((await once.get("k", async () => bytes(1))).fresh).toBe(true);
    expect(once.stats()).toEqual({ entries: 1, bytes: 1, making: 0 });
  });
});
