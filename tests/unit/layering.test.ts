// The house rule: app/ and components/ never touch the database or mutations directly; reads go
// through lib/<domain>/data.ts and writes through server actions (which check the session).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : /\.(ts|tsx)$/.test(e.name) ? [p] : [];
  });
}

const FORBIDDEN = [
  /from ["']@\/lib\/db["']/,
  /generated\/prisma/,
  /@prisma\/client/,
  /from ["']@\/lib\/[a-z-]+\/mutations["']/,
];

describe("layering", () => {
  it("app/ and components/ import neither Prisma nor mutations", () => {
    const offenders = [...files("app"), ...files("components")].flatMap((f) => {
      const src = fs.readFileSync(f, "utf8");
      return FORBIDDEN.filter((re) => re.test(src)).map((re) => `${f}: ${re}`);
    });
    expect(offenders).toEqual([]);
  });

  // A "use server" module turns every export into an endpoint anyone can POST to: each must be
  // built by authAction(), whatever form the export statement takes.
  const actionFiles = files("lib").filter((f) =>
    /^\s*["']use server["']/.test(fs.readFileSync(f, "utf8")),
  );

  it("every export of a 'use server' module is written as `export const x = authAction(…)`", () => {
    expect(actionFiles.length).toBeGreaterThanOrEqual(3);
    for (const f of actionFiles) {
      const exports = fs.readFileSync(f, "utf8").match(/^[ \t]*export\b.*$/gm) ?? [];
      expect(exports.length, f).toBeGreaterThan(0);
      for (const line of exports) expect(line, f).toMatch(/^export const \w+ = authAction\(/);
    }
  });

  it("every export of a 'use server' module is, at run time, a function the gate built", async () => {
    const { isGatedAction } = await import("@/lib/action");
    for (const f of actionFiles) {
      const mod = (await import(/* @vite-ignore */ `@/${f}`)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod))
        expect(isGatedAction(value), `${f}#${name}`).toBe(true);
    }
  });

  it("the checks catch a gate-less export (the hole the review found)", async () => {
    const { authAction, isGatedAction } = await import("@/lib/action");
    const { z } = await import("zod");
    const gated = authAction({ schema: z.object({}) }, async () => 1);
    async function bypass() {
      return 1;
    }
    expect(isGatedAction(gated)).toBe(true);
    expect(isGatedAction(bypass)).toBe(false);
    expect("export async function bypass() {}").not.toMatch(/^export const \w+ = authAction\(/);
  });
});
