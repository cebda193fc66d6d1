// npm run user:passwd -- --email ravi@example.com        (the new password from standard input)
// Sets a new password and signs the user out everywhere.
import { parseArgs } from "node:util";
import { changePassword } from "../lib/user/account-mutations.ts";
import { emailSchema, passwordSchema } from "../lib/user/schema.ts";
import { parseOrExit, readPassword, withDatabase } from "./user-cli.ts";

const { values } = parseArgs({ options: { email: { type: "string" } } });
const email = parseOrExit("user:passwd", emailSchema, values.email ?? "");
const password = parseOrExit("user:passwd", passwordSchema, await readPassword());

await withDatabase("user:passwd", async (prisma) => {
  const { sessionsEnded } = await changePassword(prisma, email, password);
  console.log(`changed the password of ${email}; ended ${sessionsEnded} session(s)`);
});
