// Finding 5: the production server listens on loopback unless HOST says otherwise, and will not
// listen beyond it while an account still has the published demo password (scripts/listen-guard.mjs).
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/user/password";
import { DEMO_PASSWORD as SEEDED_PASSWORD } from "@/prisma/demo-data";
import {
  accountsWithDemoPassword,
  DEMO_PASSWORD,
  exposureProblem,
  isLoopbackHost,
  listenHost,
} from "@/scripts/listen-guard.mjs";

const url = () => process.env.DATABASE_URL!;

async function userWithPassword(password: string) {
  const email = `${crypto.randomBytes(4).toString("hex")}@guard.test`;
  await db().user.create({
    data: { email, name: "Guard test", passwordHash: await hashPassword(password) },
  });
  return email;
}

describe("where the server may listen", () => {
  it("loopback unless HOST is set", async () => {
    expect(listenHost({})).toBe("127.0.0.1");
    expect(listenHost({ HOST: " " })).toBe("127.0.0.1");
    expect(listenHost({ HOST: "0.0.0.0" })).toBe("0.0.0.0");
    for (const h of ["127.0.0.1", "127.8.9.1", "::1", "localhost", "::ffff:127.0.0.1"])
      expect(await isLoopbackHost(h), h).toBe(true);
    for (const h of ["0.0.0.0", "::", "192.0.2.2", "10.0.0.1", "no-such-host.invalid"])
      expect(await isLoopbackHost(h), h).toBe(false);
  });

  it("finds every account whose stored hash accepts the published demo password, and only those", async () => {
    expect(DEMO_PASSWORD).toBe(SEEDED_PASSWORD);
    const withDemo = await userWithPassword(SEEDED_PASSWORD);
    const withOwn = await userWithPassword("a-password-of-their-own");
    const found = await accountsWithDemoPassword(url());
    expect(found).toEqual(
      expect.arrayContaining([
        "admin@pramaan.test",
        "asha@pramaan.test",
        "ravi@pramaan.test",
        withDemo,
      ]),
    );
    expect(found).not.toContain(withOwn);
  });

  it("beyond loopback with demo accounts: refused, unless PRAMAAN_ALLOW_DEMO_ACCOUNTS=1", async () => {
    expect(await exposureProblem("127.0.0.1", { DATABASE_URL: url() })).toBeNull();
    expect(await exposureProblem("0.0.0.0", { DATABASE_URL: url() })).toMatch(
      /refusing to listen on 0\.0\.0\.0: .*admin@pramaan\.test.*demo password.*PRAMAAN_ALLOW_DEMO_ACCOUNTS=1/,
    );
    expect(
      await exposureProblem("0.0.0.0", { DATABASE_URL: url(), PRAMAAN_ALLOW_DEMO_ACCOUNTS: "1" }),
    ).toBeNull();
    expect(await exposureProblem("0.0.0.0", {})).toMatch(/DATABASE_URL is not set/);
  });

  it("npm start with HOST=0.0.0.0 stops before listening, saying why", () => {
    const run = spawnSync(process.execPath, ["scripts/serve.mjs"], {
      env: { ...process.env, HOST: "0.0.0.0", PORT: "1", PRAMAAN_ALLOW_DEMO_ACCOUNTS: "" },
      encoding: "utf8",
      timeout: 15_000, // old servers listened instead of exiting
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /\[serve\] refusing to listen on 0\.0\.0\.0: .*asha@pramaan\.test.*demo password/,
    );
  });
});
