// npm run user:add -- --email ravi@example.com --name "Ravi Kumar" --role editor [--password …]
// Without --password the password is read from standard input (so it stays out of shell history).
import { parseArgs } from "node:util";
import { z } from "zod";
import { createAccount } from "../lib/user/account-mutations.ts";
import { displayNameSchema, emailSchema, passwordSchema, roleSchema } from "../lib/user/schema.ts";
import { parseOrExit, readPassword, withDatabase } from "./user-cli.ts";

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    name: { type: "string" },
    role: { type: "string", default: "editor" },
    password: { type: "string" },
  },
});

const input = parseOrExit(
  "user:add",
  z.object({
    email: emailSchema,
    name: displayNameSchema,
    role: roleSchema,
    password: passwordSchema,
  }),
  {
    ...values,
    email: values.email ?? "",
    name: values.name ?? "",
    password: values.password ?? (await readPassword()),
  },
);

await withDatabase("user:add", async (prisma) => {
  const user = await createAccount(prisma, {
    ...input,
    role: input.role === "admin" ? "ADMIN" : "EDITOR",
  });
  console.log(`created ${user.role.toLowerCase()} ${user.email} (${user.id})`);
});
