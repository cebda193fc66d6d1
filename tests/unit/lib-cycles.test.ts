// scripts/check-lib-cycles.mjs (run by `npm run lint`) fails on an import loop between lib/'s
// domains and names the files behind each edge; here on small trees with and without a planted
// loop, and on the real one.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const SCRIPT = path.resolve("scripts/check-lib-cycles.mjs");
const trees: string[] = [];

/** A throwaway checkout holding only lib/ files: { "lib/a/x.ts": "source" }. */
function tree(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "lib-cycles-"));
  trees.push(root);
  for (const [file, src] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), src);
  }
  return root;
}

function check(root: string) {
  const r = spawnSync(process.execPath, [SCRIPT, root], { encoding: "utf8" });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

afterAll(() => {
  for (const root of trees) fs.rmSync(root, { recursive: true, force: true });
});

// text ← entity ← claim, one way; a loose lib/db.ts is its own unit.
const LAYERED = {
  "lib/db.ts": "export const db = 1;\n",
  "lib/text/fold.ts": "export const fold = (s: string) => s;\n",
  "lib/entity/kinds.ts": 'import { fold } from "../text/fold";\nexport const k = fold("x");\n',
  "lib/claim/schema.ts":
    'import type { k } from "@/lib/entity/kinds";\nimport { db } from "../db";\nexport const c = db;\n',
};

describe("check-lib-cycles", () => {
  it("passes a tree whose domains import one way", () => {
    const r = check(tree(LAYERED));
    expect(r.out).toContain("loops: 0");
    expect(r.status).toBe(0);
  });

  it("fails on a planted loop and names the files that make each edge", () => {
    const r = check(
      tree({
        ...LAYERED,
        // entity reaches back up into claim: entity → claim → entity.
        "lib/entity/usage.ts": 'import { c } from "../claim/schema";\nexport const u = c;\n',
      }),
    );
    expect(r.status).toBe(1);
    expect(r.out).toContain("loop: claim entity");
    expect(r.out).toContain("lib/entity/usage.ts -> lib/claim/schema.ts");
    expect(r.out).toContain("lib/claim/schema.ts -> lib/entity/kinds.ts");
    expect(r.out).not.toContain("text"); // not in the loop
  });

  it("counts `import type` and dynamic import() as edges too", () => {
    const r = check(
      tree({
        "lib/a/x.ts": 'import type { Y } from "@/lib/b/y";\nexport type X = Y;\n',
        "lib/b/y.ts": 'export type Y = 1;\nexport const load = () => import("../a/x");\n',
      }),
    );
    expect(r.status).toBe(1);
    expect(r.out).toContain("lib/a/x.ts -> lib/b/y.ts");
    expect(r.out).toContain("lib/b/y.ts -> lib/a/x.ts");
  });

  it("passes the real tree", () => {
    const r = check(path.resolve("."));
    expect(r.out).toContain("loops: 0");
    expect(r.status).toBe(0);
  });
});
