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

const FORBIDDEN = [/from ["']@\/lib\/db["']/, /generated\/prisma/, /@prisma\/client/, /from ["']@\/lib\/[a-z-]+\/mutations["']/];

describe("layering", () => {
  it("app/ and components/ import neither Prisma nor mutations", () => {
    const offenders = [...files("app"), ...files("components")].flatMap((f) => {
      const src = fs.readFileSync(f, "utf8");
      return FORBIDDEN.filter((re) => re.test(src)).map((re) => `${f}: ${re}`);
    });
    expect(offenders).toEqual([]);
  });

  it("every 'use server' module builds its exports with the authAction gate", () => {
    const actionFiles = files("lib").filter((f) => fs.readFileSync(f, "utf8").startsWith('"use server"'));
    expect(actionFiles.length).toBeGreaterThanOrEqual(3);
    for (const f of actionFiles) {
      const exports = fs.readFileSync(f, "utf8").match(/^export const \w+ = .*/gm) ?? [];
      expect(exports.length, f).toBeGreaterThan(0);
      for (const line of exports) expect(line, f).toMatch(/= authAction\(/);
    }
  });
});
