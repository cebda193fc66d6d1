// Server-side sessions and the user:* commands on the real database. The commands run as the
// operator runs them (tsx, password on standard input), against the test database.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { verifyPassword } from "@/lib/user/password";
import {
  activeSessionUser,
  revokeSession,
  SESSION_MAX_AGE_S,
  startSession,
} from "@/lib/user/sessions";
import { auditFor, makeClaim } from "../support/fixtures";

// Each test runs the operator's commands as separate processes (two to four, argon2 in each): with the
// other test worker busy beside it, that can take longer than a single query's test.
vi.setConfig({ testTimeout: 60_000 });

function userCommand(script: "add" | "passwd" | "disable", args: string[], stdin = "") {
  const r = spawnSync(
    process.execPath,
    // `node --import tsx`, not the tsx CLI: the CLI starts a second Node process for every command.
    ["--import", "tsx", `scripts/user-${script}.ts`, ...args],
    { input: stdin, encoding: "utf8", env: process.env },
  );
  return { status: r.status, out: r.stdout, err: r.stderr };
}

async function makeAccount(password = "first password 1") {
  const email = `${crypto.randomBytes(4).toString("hex")}@sessions.test`;
  const r = userCommand("add", ["--email", email, "--name", "Session Tester"], `${password}\n`);
  expect(r.status, r.err).toBe(0);
  const user = await db().user.findUniqueOrThrow({
    where: { email },
    select: { id: true, email: true, name: true, role: true },
  });
  return user;
}

describe("sessions", () => {
  it("a cookie's session counts until it is revoked or expires, and only for its own user", async () => {
    const user = await makeAccount();
    const other = await makeAccount();
    const sid = await startSession(db(), user.id);
    expect(await activeSessionUser(db(), sid, user.id)).toEqual(user);
    expect(await activeSessionUser(db(), sid, other.id)).toBeNull();
    expect(await activeSessionUser(db(), "no-such-session", user.id)).toBeNull();
    expect(
      await activeSessionUser(
        db(),
        sid,
        user.id,
        new Date(Date.now() + SESSION_MAX_AGE_S * 1000 + 1000),
      ),
    ).toBeNull();

    await revokeSession(db(), sid);
    expect(await activeSessionUser(db(), sid, user.id)).toBeNull();
    const second = await startSession(db(), user.id);
    expect(await activeSessionUser(db(), second, user.id)).toEqual(user); // revoking one leaves the others
  });

  it("is checked in one query (it runs on every desk request)", async () => {
    const user = await makeAccount();
    const sid = await startSession(db(), user.id);
    const counted = new PrismaClient({
      adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }),
      log: [{ emit: "event", level: "query" }],
    });
    const queries: string[] = [];
    counted.$on("query", (e) => queries.push(e.query));
    try {
      expect(await activeSessionUser(counted, sid, user.id)).toEqual(user);
      expect(queries).toHaveLength(1);
      expect(queries[0]).toMatch(/"Session"/);
    } finally {
      await counted.$disconnect();
    }
  });
});

describe("user:passwd", () => {
  it("sets the new password from standard input, ends every session, and is audited", async () => {
    const user = await makeAccount("first password 1");
    const sessions = [await startSession(db(), user.id), await startSession(db(), user.id)];
    const r = userCommand("passwd", ["--email", user.email], "second password 2\n");
    expect(r.status, r.err).toBe(0);
    expect(r.out).toMatch(/ended 2 session/);
    for (const sid of sessions) expect(await activeSessionUser(db(), sid, user.id)).toBeNull();

    const { passwordHash } = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(passwordHash, "second password 2")).toBe(true);
    expect(await verifyPassword(passwordHash, "first password 1")).toBe(false);
    const audit = await auditFor("User", user.id);
    expect(audit.map((a) => a.action)).toEqual(["user.create", "user.password"]);
    expect(JSON.stringify(audit)).not.toContain("second password");
  });

  it("refuses a short password and an unknown account, changing nothing", async () => {
    expect(
      userCommand("passwd", ["--email", "nobody@sessions.test"], "long enough password\n"),
    ).toMatchObject({ status: 1, err: expect.stringMatching(/has no account/) });
    const user = await makeAccount();
    expect(userCommand("passwd", ["--email", user.email], "short\n")).toMatchObject({
      status: 2,
      err: expect.stringMatching(/at least 10/),
    });
    expect((await auditFor("User", user.id)).map((a) => a.action)).toEqual(["user.create"]);
  });
});

describe("user:disable", () => {
  it("ends the user's sessions and keeps them out, keeps their history, and --enable lets them back", async () => {
    const user = await makeAccount();
    const { claimId } = await makeClaim(
      user,
      // Not the demo claim's quote: words already logged would return that claim, not a new one.
      "हम दोनों देशों के हित में लगातार काम करते रहेंगे",
    );
    const sid = await startSession(db(), user.id);

    const r = userCommand("disable", ["--email", user.email]);
    expect(r.status, r.err).toBe(0);
    expect(await activeSessionUser(db(), sid, user.id)).toBeNull();
    // Even a session opened afterwards (a sign-in racing the command) does not count.
    expect(await activeSessionUser(db(), await startSession(db(), user.id), user.id)).toBeNull();
    expect(await db().claim.findUniqueOrThrow({ where: { id: claimId } })).toMatchObject({
      createdById: user.id,
    });

    expect(userCommand("disable", ["--email", user.email, "--enable"]).status).toBe(0);
    expect(await activeSessionUser(db(), sid, user.id)).toBeNull(); // what was ended stays ended
    expect(await activeSessionUser(db(), await startSession(db(), user.id), user.id)).toEqual(user);
    expect((await auditFor("User", user.id)).map((a) => a.action)).toEqual([
      "user.create",
      "user.disable",
      "user.enable",
    ]);
  });
});

describe("user:add", () => {
  it("refuses names without visible letters or with bidi and zero-width characters", async () => {
    for (const name of ["\u200b\u200b\u200b", "Asha\u202e Verma", "Ravi\u200dKumar", "1234"]) {
      const email = `${crypto.randomBytes(4).toString("hex")}@sessions.test`;
      const r = userCommand("add", ["--email", email, "--name", name], "long enough password\n");
      expect(r.status, name).toBe(2);
      expect(await db().user.findUnique({ where: { email } })).toBeNull();
    }
    const email = `${crypto.randomBytes(4).toString("hex")}@sessions.test`;
    expect(
      userCommand("add", ["--email", email, "--name", "आशा  वर्मा"], "long enough password\n")
        .status,
    ).toBe(0);
    expect(await db().user.findUniqueOrThrow({ where: { email } })).toMatchObject({
      name: "आशा वर्मा",
      role: "EDITOR",
    });
  });
});
