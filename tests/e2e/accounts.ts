// Accounts for end-to-end tests that change them (passwords, disabling): each test makes its own
// with the real user:* commands, run against the test server's database as an operator would.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import {
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  expect,
  type Page,
} from "@playwright/test";

// The test server's throwaway database has a random password: with-db writes its URL to a file
// (PRAMAAN_DATABASE_URL_FILE in playwright.config.ts).
const PORT = Number(process.env.E2E_PORT ?? 3200);
export const databaseUrl = () =>
  fs.readFileSync(`test-results/e2e-database-url-${PORT}`, "utf8").trim();

export function userCommand(
  script: "add" | "passwd" | "disable",
  args: string[],
  stdin = "",
): string {
  const r = spawnSync(
    process.execPath,
    ["node_modules/tsx/dist/cli.mjs", `scripts/user-${script}.ts`, ...args],
    {
      input: stdin,
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: databaseUrl() },
    },
  );
  expect(r.status, `user:${script} ${args.join(" ")}\n${r.stderr}`).toBe(0);
  return r.stdout;
}

export function newEditorAccount(password: string): { email: string; name: string } {
  const tag = crypto.randomBytes(4).toString("hex");
  const account = { email: `e2e-${tag}@pramaan.test`, name: `E2E Editor ${tag}` };
  userCommand("add", ["--email", account.email, "--name", account.name], `${password}\n`);
  return account;
}

/** Fills the sign-in form; the caller checks what happened. */
export async function submitSignIn(
  page: Page,
  email: string,
  password: string,
  callbackUrl = "/desk/articles",
) {
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel(/Password/).fill(password);
  await page.getByRole("button", { name: /Sign in/ }).click();
}

export async function signInAs(
  browser: Browser,
  who: { email: string; name: string },
  password: string,
): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await submitSignIn(page, who.email, password);
  await expect(page.getByTestId("signed-in-as")).toHaveText(who.name);
  return page;
}

/** The session cookie as a header another client (a thief, say) could replay. */
export async function sessionCookieHeader(context: BrowserContext): Promise<string> {
  const cookie = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(cookie, "a session cookie after signing in").toBeDefined();
  return `${cookie!.name}=${cookie!.value}`;
}

/** What a replayed cookie can still read: the status of an editors-only report download. */
export async function reportStatus(request: APIRequestContext, cookie: string): Promise<number> {
  const res = await request.get("/api/reports?claim=claim_demo_grain&format=json", {
    headers: { cookie },
  });
  return res.status();
}
