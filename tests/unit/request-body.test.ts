// What a request body may cost before Next reads it (scripts/request-body.mjs), through a real HTTP
// server whose "Next" only records what reached it. tests/e2e/hardening.spec.ts runs the same paths
// against the production server.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ANON_BODY_BYTES,
  admitBody,
  MAX_NESTING,
  nestsDeeperThan,
  sameOrigin,
} from "@/scripts/request-body.mjs";

const SECRET = "request-body-test-secret-0123456789";
const reached: { url: string; body: Buffer }[] = [];
let server: http.Server;
let host: string;

beforeAll(async () => {
  server = http.createServer(async (req, res) => {
    const admitted = await admitBody(req, res, { trustProxy: false, secret: SECRET });
    if (!admitted) return;
    // Stands in for Next: answers at once on the upload path (as the route does for a stranger),
    // reads the body everywhere else.
    if (req.url?.startsWith("/api/desk/")) {
      reached.push({ url: req.url, body: Buffer.alloc(0) });
      res.writeHead(401, { connection: "close" });
      res.end();
      return;
    }
    const chunks: Buffer[] = [];
    for await (const c of admitted) chunks.push(c as Buffer);
    reached.push({ url: req.url ?? "", body: Buffer.concat(chunks) });
    res.writeHead(200, { "x-length": String(admitted.headers["content-length"]) });
    res.end("ok");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

/**
 * Sends the head and then only `sent` of the body (the rest is never written): an answer proves the
 * server decided without waiting for — or reading — the rest.
 */
function post(
  path: string,
  body: Buffer,
  headers: Record<string, string>,
  { sent = body, declare = true }: { sent?: Buffer; declare?: boolean } = {},
) {
  return new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>(
    (resolve, reject) => {
      const req = http.request({
        host: "127.0.0.1",
        port: Number(host.split(":")[1]),
        path,
        method: "POST",
        headers: {
          ...(declare ? { "content-length": String(body.length) } : {}),
          ...headers,
        },
      });
      req.on("response", (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => {
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString(),
            headers: res.headers,
          });
          req.destroy();
        });
      });
      req.on("error", reject);
      req.write(sent);
      if (sent === body) req.end();
    },
  );
}

const action = () => ({ origin: `http://${host}`, "next-action": "00".repeat(21) });
const signedIn = async () => {
  const token = await encode({ token: { sub: "user_1", sid: "session_1" }, secret: SECRET });
  return { ...action(), cookie: `next-auth.session-token=${token}` };
};

describe("request bodies before Next", () => {
  it("refuses a stranger's 7.8 MB of nested [ with 413 from Content-Length, reading none of it", async () => {
    const flood = Buffer.alloc(Math.round(7.8 * 2 ** 20), "[");
    const before = reached.length;
    const res = await post("/desk/articles/new", flood, action(), { sent: flood.subarray(0, 1) });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).error).toBe("too_large");
    expect(reached.length).toBe(before);
  });

  it("stops reading a chunked stranger's body once it passes the cap", async () => {
    const big = Buffer.alloc(64 * 1024, "[");
    const before = reached.length;
    const res = await post("/", big, action(), {
      declare: false,
      sent: big.subarray(0, ANON_BODY_BYTES + 1),
    });
    expect(res.status).toBe(413);
    expect(reached.length).toBe(before);
  });

  it("takes a stranger's small body and a signed-in editor's form, and replays them byte for byte", async () => {
    const small = Buffer.from(JSON.stringify(["नमस्ते", { a: [1, 2] }]));
    expect((await post("/signin", small, action())).status).toBe(200);
    expect(reached.at(-1)?.body.equals(small)).toBe(true);

    const form = Buffer.from(JSON.stringify([{ body: "क".repeat(100_000) }])); // 300 KB
    const res = await post("/desk/articles/x", form, await signedIn());
    expect([res.status, res.headers["x-length"]]).toEqual([200, String(form.length)]);
    expect(reached.at(-1)?.body.equals(form)).toBe(true);
  });

  it("treats a session cookie it cannot decode as a stranger's", async () => {
    const form = Buffer.from(JSON.stringify([{ body: "x".repeat(20_000) }]));
    const forged = { ...action(), cookie: "next-auth.session-token=eyJhbGciOiJkaXIifQ.forged" };
    expect((await post("/desk/articles/x", form, forged)).status).toBe(413);
  });

  it("refuses an editor's action nested deeper than the bound with 400, before Next parses it", async () => {
    const before = reached.length;
    const deep = Buffer.from(`${"[".repeat(MAX_NESTING + 1)}${"]".repeat(MAX_NESTING + 1)}`);
    const res = await post("/desk/claims", deep, await signedIn());
    expect(res.status).toBe(400);
    expect(reached.length).toBe(before);
    // Brackets inside strings are text, not nesting.
    const text = Buffer.from(JSON.stringify(["[".repeat(500)]));
    expect((await post("/desk/claims", text, await signedIn())).status).toBe(200);
  });

  it("refuses action bodies React's client would not send with 400 (Next: a 500)", async () => {
    const before = reached.length;
    for (const bad of ["", "[", '"x"', '{"a":1}', '["$Q1"]', '[{"a":"$1"}]', '["$n1x"]']) {
      const res = await post("/desk/claims", Buffer.from(bad), await signedIn());
      expect(res.status, bad).toBe(400);
    }
    const multipart = { ...(await signedIn()), "content-type": "multipart/form-data; boundary=x" };
    expect((await post("/desk/claims", Buffer.from("garbage"), multipart)).status).toBe(400);
    expect(reached.length).toBe(before);
    const plain = ["$$1", "$undefined", "$D2023-09-13T00:00:00.000Z", "$n12", "$NaN", "$-0"];
    expect(
      (await post("/desk/claims", Buffer.from(JSON.stringify([plain])), action())).status,
    ).toBe(200);
  });

  it("refuses server actions without an Origin, or from another origin, with 403", async () => {
    const body = Buffer.from("[]");
    const { origin: _, ...noOrigin } = action();
    for (const headers of [
      noOrigin,
      { ...noOrigin, origin: "null" },
      { ...noOrigin, origin: "http://evil.example" },
      { ...noOrigin, origin: `https://${host}.evil.example` },
    ]) {
      const before = reached.length;
      expect((await post("/desk/claims", body, headers)).status, JSON.stringify(headers)).toBe(403);
      expect(reached.length).toBe(before);
    }
    // A no-JS form post to a page is an action too.
    expect(
      (await post("/desk/claims", body, { "content-type": "multipart/form-data" })).status,
    ).toBe(403);
  });

  it("lets the upload route answer a stranger before the body is read", async () => {
    const big = Buffer.alloc(7 * 2 ** 20, "a");
    const res = await post(
      "/api/desk/articles/import",
      big,
      { origin: `http://${host}` },
      {
        sent: big.subarray(0, 1024),
      },
    );
    expect(res.status).toBe(401);
    expect(reached.at(-1)?.url).toBe("/api/desk/articles/import");
    expect(
      (await post("/api/desk/articles/import", big, {}, { sent: big.subarray(0, 1) })).status,
    ).toBe(403);
  });
});

describe("GET and HEAD", () => {
  it("pass without a body, and are refused with one (Node would read it all to discard it)", async () => {
    const get = (headers: Record<string, string>) =>
      new Promise<number>((resolve, reject) => {
        const req = http.request(
          { host: "127.0.0.1", port: Number(host.split(":")[1]), path: "/", headers },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on("error", reject);
        req.end(headers["content-length"] ? "x".repeat(Number(headers["content-length"])) : "");
      });
    expect(await get({})).toBe(200);
    expect(await get({ "content-length": "0" })).toBe(200);
    expect(await get({ "content-length": "10" })).toBe(400);
  });
});

describe("sameOrigin and nestsDeeperThan", () => {
  it("compares Origin with Host, or with a trusted proxy's X-Forwarded-Host", () => {
    const h = { host: "desk.example:3000", origin: "http://desk.example:3000" };
    expect(sameOrigin(h, false)).toBe(true);
    const proxied = {
      host: "127.0.0.1:3000",
      "x-forwarded-host": "news.example",
      origin: "https://news.example",
    };
    expect(sameOrigin(proxied, true)).toBe(true);
    expect(sameOrigin(proxied, false)).toBe(false);
    expect(sameOrigin({ host: "a", origin: "not a url" }, false)).toBe(false);
  });

  it("counts [ and { outside strings, escapes included", () => {
    expect(nestsDeeperThan(Buffer.from("[[[]]]"), 2)).toBe(true);
    expect(nestsDeeperThan(Buffer.from("[[{}]]"), 3)).toBe(false);
    expect(nestsDeeperThan(Buffer.from('["\\"[[[[", {"a": "{{{{"}]'), 2)).toBe(false);
    expect(nestsDeeperThan(Buffer.from("]]]]][[["), 2)).toBe(true);
  });
});
