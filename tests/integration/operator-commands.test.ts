// The operators' commands (user:add, user:passwd, user:disable, import) while the app runs: they
// attach to the running embedded PostgreSQL, as db:backup does, instead of trying to start a second
// server on the same data directory (which refused, so a compromised account could not be disabled
// at once without a hand-built connection string). They connect as the app's role, not the superuser.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it, onTestFailed } from "vitest";
import { embeddedEnv, makeScratchDir, startWithDb } from "../support/with-db-session";

const scratch = makeScratchDir("operator");
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** `npm run <script> -- args`, as an operator types it, on the cluster in `dataDir`. */
function npmRun(dataDir: string, script: string, args: string[], input = "") {
  return spawnSync("npm", ["run", "--silent", script, "--", ...args], {
    env: embeddedEnv(dataDir),
    input,
    encoding: "utf8",
  });
}

describe("operator commands while the app's with-db runs", () => {
  it("user:add, user:disable and import reach the running database; the account is disabled at once", async () => {
    const dataDir = path.join(scratch, "pg");
    const session = await startWithDb(dataDir);
    onTestFailed(() => console.error(`with-db's log:\n${session.log()}`));
    try {
      const email = "leaked@pramaan.test";
      const add = npmRun(
        dataDir,
        "user:add",
        ["--email", email, "--name", "Leaked Editor", "--role", "editor"],
        "a long enough password 1\n",
      );
      expect(add.status, add.stderr).toBe(0);
      expect(add.stderr).toMatch(/using the running embedded PostgreSQL \(PID \d+/);

      const disable = npmRun(dataDir, "user:disable", ["--email", email]);
      expect(disable.status, disable.stderr).toBe(0);
      expect(disable.stdout).toContain(`disabled ${email}`);
      const rows = await session.query(
        `select "disabledAt" is not null as disabled from "User" where email = '${email}'`,
      );
      expect(rows).toEqual({ ok: true, rows: [{ disabled: true }] });

      const article = path.join(scratch, "article.txt");
      fs.writeFileSync(article, "परीक्षण लेख\n\nयह एक छोटा परीक्षण लेख है।\n");
      const imported = npmRun(dataDir, "import", [article]);
      expect(imported.status, imported.stderr).toBe(0);
      expect(
        await session.query(`select count(*)::int as n from "Article" where title = 'परीक्षण लेख'`),
      ).toEqual({ ok: true, rows: [{ n: 1 }] });
    } finally {
      expect(await session.stop()).toBe(0);
    }
  }, 120_000);
});
