// Articles travel to POST /api/desk/articles/{import,add,revise} (a route handler), not as server
// actions: the session is checked before a byte of the body is read, the body is read with a cap,
// and the same gated action runs. Issue 16, item 1.
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/desk/articles/[op]/route";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/user/session-user";
import { makeUser, signIn } from "../support/fixtures";

let editor: SessionUser;
beforeAll(async () => {
  editor = await makeUser();
});
afterAll(() => signIn(null));

/** A request whose body counts how much of it the handler pulled. */
function streamed(op: string, chunks: Uint8Array[], headers: Record<string, string> = {}) {
  const seen = { pulls: 0 };
  let i = 0;
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        seen.pulls++;
        if (i < chunks.length) controller.enqueue(chunks[i++]);
        else controller.close();
      },
    },
    { highWaterMark: 0 },
  );
  const request = new Request(`http://localhost/api/desk/articles/${op}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
    duplex: "half",
  } as RequestInit);
  return { request, seen, context: { params: Promise.resolve({ op }) } };
}
const json = (value: unknown) => [new TextEncoder().encode(JSON.stringify(value))];

describe("the article upload route", () => {
  it("answers a stranger 401 without reading the body", async () => {
    signIn(null);
    const { request, seen, context } = streamed("import", json({ items: [] }), {
      "content-length": String(7 * 2 ** 20),
    });
    const res = await POST(request, context);
    expect(res.status).toBe(401);
    expect((await res.json()).code).toBe("UNAUTHENTICATED");
    expect(seen.pulls).toBe(0);
  });

  it("imports a batch for an editor, with the action's report", async () => {
    signIn(editor);
    const t = crypto.randomBytes(4).toString("hex");
    const items = [
      { file: `r-${t}.txt`, line: 1, fields: { title: `मार्ग ${t}`, body: `पाठ ${t}।` } },
    ];
    const { request, context } = streamed("import", json({ items }));
    const res = await POST(request, context);
    expect(res.status).toBe(200);
    const result = await res.json();
    expect(result.ok).toBe(true);
    expect(result.data.imported).toHaveLength(1);
    const stored = await db().article.findUniqueOrThrow({
      where: { id: result.data.imported[0].id },
    });
    expect(stored.body).toBe(`पाठ ${t}।`);
  });

  it("stops reading at 8 MB, even when no length was declared", async () => {
    signIn(editor);
    const mb = new Uint8Array(2 ** 20).fill(0x5b);
    const { request, seen, context } = streamed("add", Array(20).fill(mb));
    const res = await POST(request, context);
    expect(res.status).toBe(413);
    expect(seen.pulls).toBeLessThanOrEqual(10); // 9 chunks read, then cancelled
    const declared = streamed("add", [mb], { "content-length": String(9 * 2 ** 20) });
    expect((await POST(declared.request, declared.context)).status).toBe(413);
    expect(declared.seen.pulls).toBe(0);
  });

  it("answers bad input as the gate does: 400 with field errors, never a 500", async () => {
    signIn(editor);
    const bad = streamed("add", [new TextEncoder().encode("{not json")]);
    expect((await POST(bad.request, bad.context)).status).toBe(400);
    const broken = streamed("add", [new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])]);
    expect((await POST(broken.request, broken.context)).status).toBe(400);
    const invalid = streamed("add", json({ title: "x", body: "\u0001" }));
    const res = await POST(invalid.request, invalid.context);
    expect(res.status).toBe(400);
    expect((await res.json()).fieldErrors.body).toBeDefined();
    const unknown = streamed("delete", json({}));
    expect((await POST(unknown.request, unknown.context)).status).toBe(404);
  });
});
