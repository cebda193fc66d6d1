// The house rule: app/ and components/ never touch the database or a module that writes; reads go
// through lib/<domain>/data.ts and writes through server actions (which check the session). Biome's
// noRestrictedImports (biome.json) says the same by module name; this test finds the writers from
// their source, so a new writer under any name is caught too.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" ? [] : files(p);
    return /\.(ts|tsx)$/.test(e.name) ? [p] : [];
  });
}

const FORBIDDEN = [/from ["']@\/lib\/db(-client)?["']/, /generated\/prisma/, /@prisma\/client/];

// A Prisma write on the client or a transaction (`tx.claim.update(`, `db()\n  .verdict.create(`),
// or raw SQL that writes.
const PRISMA_WRITE =
  /\b(?:db\(\)|tx|db|prisma|client)\s*\.\s*\w+\s*\.\s*(?:create|createMany|createManyAndReturn|update|updateMany|updateManyAndReturn|upsert|delete|deleteMany)\s*\(/;
const RAW_WRITE =
  /\$executeRaw|\$queryRaw(?:Unsafe)?\b[^;]*?\b(?:INSERT\s+INTO|UPDATE\s+"|DELETE\s+FROM)/;
const writesToDatabase = (src: string) => PRISMA_WRITE.test(src) || RAW_WRITE.test(src);

const libFiles = files("lib");
const writers = new Set(
  libFiles
    .filter((f) => writesToDatabase(fs.readFileSync(f, "utf8")))
    .map((f) => f.split(path.sep).join("/")),
);

// Writers whose name does not say so: the audit record every mutation writes inside its own
// transaction, and the sign-in machinery next-auth calls (never app/ or components/). Everything
// else that writes is lib/<domain>/mutations.ts or lib/<domain>/<what>-mutations.ts, the names
// biome.json's noRestrictedImports keeps out of app/ and components/.
const NAMED_OTHERWISE = [
  "lib/audit.ts",
  "lib/user/devices.ts",
  "lib/user/login-throttle.ts",
  "lib/user/sessions.ts",
];
const isMutationsModule = (f: string) => /\/(mutations|[\w-]+-mutations)\.ts$/.test(f);

/** The lib/ file an import in `from` names (alias or relative), or null. */
function libTarget(from: string, spec: string): string | null {
  let p: string;
  if (spec.startsWith("@/")) p = spec.slice(2);
  else if (spec.startsWith("."))
    p = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
  else return null;
  if (!p.startsWith("lib/")) return null;
  return [p, `${p}.ts`, `${p}.tsx`, `${p}/index.ts`].find((c) => libFiles.includes(c)) ?? null;
}

const IMPORT = /(?:from|import)\s*\(?\s*(?:type\s+)?["']([^"']+)["']/g;

/** `file: import → writer` for each import of a database-writing module in the given files. */
function writerImports(sources: string[], writerSet: Set<string>): string[] {
  return sources.flatMap((f) => {
    const from = f.split(path.sep).join("/");
    return [...fs.readFileSync(f, "utf8").matchAll(IMPORT)]
      .map((m) => libTarget(from, m[1]))
      .filter((t): t is string => !!t && writerSet.has(t))
      .map((t) => `${from}: imports ${t}, which writes to the database`);
  });
}

describe("layering", () => {
  const uiFiles = [...files("app"), ...files("components")];

  it("app/ and components/ import neither Prisma nor the database client", () => {
    const offenders = uiFiles.flatMap((f) => {
      const src = fs.readFileSync(f, "utf8");
      return FORBIDDEN.filter((re) => re.test(src)).map((re) => `${f}: ${re}`);
    });
    expect(offenders).toEqual([]);
  });

  it("finds the writers from their source", () => {
    // Known writers of each naming, so a broken pattern cannot pass by finding nothing.
    for (const f of ["lib/claim/mutations.ts", "lib/entity/merge-mutations.ts", "lib/audit.ts"])
      expect(writers.has(f), f).toBe(true);
    expect(writers.has("lib/claim/data.ts")).toBe(false);
    expect(writesToDatabase("await tx.claim.updateMany({ where })")).toBe(true);
    expect(writesToDatabase("db()\n    .verdict.create({ data })")).toBe(true);
    expect(writesToDatabase('tx.$queryRaw`UPDATE "MatchJob" SET x = 1`')).toBe(true);
    expect(writesToDatabase("tx.claim.findMany({ where })")).toBe(false);
    expect(writesToDatabase("seen.delete(key)")).toBe(false);
  });

  it("app/ and components/ import no module that writes to the database, whatever its name", () => {
    expect(writerImports(uiFiles, writers)).toEqual([]);
  });

  it("every module that writes is named mutations.ts or <what>-mutations.ts", () => {
    const misnamed = [...writers].filter(
      (f) => !isMutationsModule(f) && !NAMED_OTHERWISE.includes(f),
    );
    expect(misnamed).toEqual([]);
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
    // Importing every action module compiles most of lib/: seconds alone, past the suite's 20 s
    // default when the whole suite runs beside it on two cores.
  }, 90_000);

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
