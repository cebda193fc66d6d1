// What the production server lets a request claim about itself (scripts/request-headers.mjs).
import { describe, expect, it } from "vitest";
import {
  CLIENT_IP_HEADER,
  FILL_HEADER,
  sanitizeRequestHeaders,
} from "@/scripts/request-headers.mjs";

const SECRET = "s".repeat(43);
const forged = () => ({
  host: "127.0.0.1:3000",
  "x-forwarded-host": "evil.example",
  "x-forwarded-proto": "https",
  "x-forwarded-port": "443",
  "x-forwarded-for": "10.9.9.9, 203.0.113.7",
  forwarded: "host=evil.example;proto=https",
  "x-real-ip": "10.1.1.1",
  [CLIENT_IP_HEADER]: "10.2.2.2",
  "content-security-policy": "script-src 'nonce-chosen'",
  "x-nonce": "chosen",
});

describe("sanitizeRequestHeaders", () => {
  it("drops forwarding headers and sets the client address from the socket, over whatever was sent", () => {
    const headers: Record<string, string | undefined> = forged();
    const { fill } = sanitizeRequestHeaders(headers, {
      remoteAddress: "::ffff:192.0.2.9",
      trustProxy: false,
      fillSecret: SECRET,
    });
    expect(fill).toBe(false);
    expect(headers).toEqual({ host: "127.0.0.1:3000", [CLIENT_IP_HEADER]: "192.0.2.9" });
  });

  it("with TRUST_PROXY=1 keeps them and takes the right-most X-Forwarded-For hop as the client", () => {
    const headers: Record<string, string | undefined> = forged();
    sanitizeRequestHeaders(headers, {
      remoteAddress: "127.0.0.1",
      trustProxy: true,
      fillSecret: SECRET,
    });
    expect(headers[CLIENT_IP_HEADER]).toBe("203.0.113.7");
    expect(headers["x-forwarded-host"]).toBe("evil.example");
    expect(headers["x-nonce"]).toBeUndefined(); // the proxy's own, never the client's
  });

  it("with TRUST_PROXY=1 and no X-Forwarded-For, the client is the socket's address", () => {
    const headers: Record<string, string | undefined> = {};
    sanitizeRequestHeaders(headers, {
      remoteAddress: "10.0.0.5",
      trustProxy: true,
      fillSecret: SECRET,
    });
    expect(headers[CLIENT_IP_HEADER]).toBe("10.0.0.5");
  });

  it("a fill is recognised only by this process's secret, and the header never reaches the app", () => {
    for (const value of ["1", "", SECRET.slice(1), `${SECRET}x`]) {
      const headers: Record<string, string | undefined> = { [FILL_HEADER]: value };
      expect(
        sanitizeRequestHeaders(headers, {
          remoteAddress: "127.0.0.1",
          trustProxy: false,
          fillSecret: SECRET,
        }).fill,
        value,
      ).toBe(false);
      expect(headers[FILL_HEADER]).toBeUndefined();
    }
    const own: Record<string, string | undefined> = { [FILL_HEADER]: SECRET };
    expect(
      sanitizeRequestHeaders(own, {
        remoteAddress: "127.0.0.1",
        trustProxy: false,
        fillSecret: SECRET,
      }).fill,
    ).toBe(true);
    expect(own[FILL_HEADER]).toBeUndefined();
  });
});
