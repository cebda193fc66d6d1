// npm run user:disable -- --email ravi@example.com [--enable]
// Disables an account: it keeps its history but cannot sign in, and its sessions end at once.
// --enable lets it sign in again.
import { parseArgs } from "node:util";
import { z } from "zod";
import { setAccountDisabled } from "../lib/user/account-mutations.ts";
import { emailSchema } from "../lib/user/schema.ts";
import { parseOrExit, withDatabase } from "./user-cli.ts";

const { values } = parseArgs({
  options: { email: { type: "string" }, enable: { type: "boolean", default: false } },
});
const { email, enable } = parseOrExit(
  "user:disable",
  z.object({ email: emailSchema, enable: z.boolean() }),
  { ...values, email: values.email ?? "" },
);

await withDatabase("user:disable", async (prisma) => {
  const { sessionsEnded } = await setAccountDisabled(prisma, email, !enable);
  console.log(enable ? `enabled ${email}` : `disabled ${email}; ended ${sessionsEnded} session(s)`);
});
