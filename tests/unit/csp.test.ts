// The pages' Content-Security-Policy (lib/csp.ts). The browser check is tests/e2e/hardening.spec.ts.
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce } from "@/lib/csp";

const directive = (policy: string, name: string) =>
  policy.split("; ").find((d) => d.split(" ")[0] === name);

describe("content security policy", () => {
  it("production: scripts only by nonce, never inline or eval; no framing; no plugins", () => {
    const policy = contentSecurityPolicy("abc123");
    expect(directive(policy, "script-src")).toBe(
      "script-src 'self' 'nonce-abc123' 'strict-dynamic'",
    );
    expect(policy).not.toMatch(/unsafe-eval/);
    expect(directive(policy, "script-src")).not.toMatch(/unsafe-inline/);
    expect(directive(policy, "style-src")).not.toMatch(/unsafe-inline/);
    expect(directive(policy, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(policy, "object-src")).toBe("object-src 'none'");
    expect(directive(policy, "base-uri")).toBe("base-uri 'self'");
  });

  it("development adds eval for Next's error overlay, and only there", () => {
    expect(directive(contentSecurityPolicy("n", { dev: true }), "script-src")).toContain(
      "'unsafe-eval'",
    );
  });

  it("nonces are fresh and long enough not to be guessed", () => {
    const a = newNonce();
    expect(a).not.toBe(newNonce());
    expect(Buffer.from(a, "base64")).toHaveLength(16);
  });
});
