// Typed audit actions: the union in lib/audit-actions.ts is every action the code writes, and each
// has its words in Hindi and English (lib/audit-words.ts). `tsc` holds recordAudit() callers to the
// union; this test also reads the writes that bypass it (the seed's own auditEvent.create).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS } from "@/lib/audit-actions";
import { describeAction } from "@/lib/audit-words";

const ROOT = join(import.meta.dirname, "../..");
const DEVANAGARI = /[\u0900-\u097F]/;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) return e.name === "generated" ? [] : sourceFiles(path);
    return /\.(ts|tsx|mjs)$/.test(e.name) ? [path] : [];
  });
}

/** Action names a source writes as plain strings: `action: "claim.create"`, `? "a" : "b"`. */
function writtenActions(source: string): string[] {
  return [...source.matchAll(/\baction:\s*([^,\n}]+)/g)].flatMap((m) =>
    [...(m[1] ?? "").matchAll(/"([a-z]+(?:\.[a-z-]+)+)"/g)].map((s) => s[1] ?? ""),
  );
}

describe("audit actions", () => {
  it("every action the code writes has words in Hindi and in English", () => {
    for (const action of AUDIT_ACTIONS) {
      const hi = describeAction(action, "hi", "आशा");
      const en = describeAction(action, "en", "Asha");
      expect(hi, action).toMatch(/^आशा ने [\u0900-\u097F]/);
      expect(hi, action).toMatch(DEVANAGARI);
      expect(en, action).toMatch(/^Asha [a-z][\x20-\x7E]+$/);
      expect(en, action).not.toContain(action);
    }
  });

  it("every action named in a write is one of them (the seed's direct write too)", () => {
    const files = ["lib", "prisma", "scripts"].flatMap(sourceFiles);
    const written = files.flatMap((f) =>
      writtenActions(readFileSync(join(ROOT, f), "utf8")).map((a) => ({ f, a })),
    );
    expect(written.map((w) => w.a)).toContain("seed.demo-claim");
    expect(written.length).toBeGreaterThan(40);
    const unknown = written.filter((w) => !(AUDIT_ACTIONS as readonly string[]).includes(w.a));
    expect(unknown.map((w) => `${w.f}: ${w.a}`)).toEqual([]);
  });

  it("reads the action names out of a write, so a planted unknown one would show", () => {
    expect(writtenActions('recordAudit(tx, { action: "claim.frobnicate", entityId })')).toEqual([
      "claim.frobnicate",
    ]);
    expect(writtenActions('action: on ? "user.disable" : "user.enable",')).toEqual([
      "user.disable",
      "user.enable",
    ]);
  });

  it("an old row's action the code no longer writes still prints, as stored", () => {
    expect(describeAction("claim.rename", "en", "Asha")).toBe("Asha claim.rename");
    expect(describeAction("claim.rename", "hi", "आशा")).toBe("आशा: claim.rename");
    expect(describeAction("verdict.send-back", "en", "Asha")).toBe("Asha sent the verdict back");
    expect(describeAction("verdict.send-back", "hi", "आशा")).toBe("आशा ने फ़ैसला लौटाया");
  });
});
