// npm run user:add -- --email ravi@example.com --name "Ravi Kumar" --role editor [--password …]
// Without --password the password is read from standard input (so it stays out of shell history).
import { parseArgs } from "node:util";
import { z } from "zod";
import { createPrismaClient } from "../lib/db-client.ts";
import { hashPassword } from "../lib/user/password.ts";

const { values } = parseArgs({
  options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string", default: "editor" }, password: { type: "string" } },
});

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write("Password: ");
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
}

const input = z
  .object({
    email: z.string().trim().toLowerCase().email("--email must be an e-mail address"),
    name: z.string().trim().min(2, "--name is required"),
    role: z.enum(["editor", "admin"], { message: "--role must be editor or admin" }),
    password: z.string().min(10, "the password must be at least 10 characters"),
  })
  .safeParse({ ...values, password: values.password ?? (await readStdin()) });

if (!input.success) {
  for (const issue of input.error.issues) console.error(`user:add: ${issue.message}`);
  process.exit(2);
}

const prisma = createPrismaClient(process.env.DATABASE_URL!);
const { email, name, role, password } = input.data;
try {
  const user = await prisma.$transaction(async (tx) => {
    const created = await tx.user.create({ data: { email, name, role: role === "admin" ? "ADMIN" : "EDITOR", passwordHash: await hashPassword(password) } });
    await tx.auditEvent.create({ data: { actorId: null, action: "user.create", entityType: "User", entityId: created.id, after: { email, name, role } } });
    return created;
  });
  console.log(`created ${user.role.toLowerCase()} ${user.email} (${user.id})`);
} catch (e) {
  const unique = (e as { code?: string }).code === "P2002";
  console.error(unique ? `user:add: ${email} already has an account` : e);
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
}
