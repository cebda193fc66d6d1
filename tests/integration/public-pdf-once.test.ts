// Readers' PDFs through GET /api/v1/reports on real Postgres (issue 16 item 5): identical requests
// for the same scope and published state are laid out once, from any address; a change to what is
// published makes the next one new.
import { afterEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/v1/reports/route";
import { db } from "@/lib/db";
import { REPORT_FORMATS } from "@/lib/report/formats";

const ask = (ip: string, scope: string) =>
  GET(
    new Request(`http://localhost/api/v1/reports?format=pdf&${scope}`, {
      headers: { "x-pramaan-client-ip": ip },
    }),
  );

afterEach(() => vi.restoreAllMocks());

describe("public PDFs", () => {
  it("two identical requests compile once; a publish-state change compiles again", async () => {
    const render = vi.spyOn(REPORT_FORMATS.pdf, "render");
    const claim = await db().claim.findFirstOrThrow({
      where: { status: "PUBLISHED" },
      select: { id: true },
    });
    const scope = `claim=${claim.id}`;
    const [a, b] = await Promise.all([ask("10.0.0.1", scope), ask("10.0.0.2", scope)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const [pa, pb] = await Promise.all([a.arrayBuffer(), b.arrayBuffer()]);
    expect(Buffer.from(pa).subarray(0, 4).toString()).toBe("%PDF");
    expect(Buffer.from(pb)).toEqual(Buffer.from(pa));
    const c = await ask("10.0.0.3", scope);
    expect(c.status).toBe(200);
    await c.arrayBuffer();
    expect(render).toHaveBeenCalledTimes(1);

    // A published claim changed (as a correction or publish does): the next PDF is laid out anew.
    await db().claim.update({ where: { id: claim.id }, data: { updatedAt: new Date() } });
    const d = await ask("10.0.0.4", scope);
    expect(d.status).toBe(200);
    await d.arrayBuffer();
    expect(render).toHaveBeenCalledTimes(2);
  }, 60_000);
});
