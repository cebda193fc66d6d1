// Shared plumbing for the user:* commands: arguments checked with zod, the password read from
// standard input (so it stays out of shell history), expected failures printed as one line.
import type { z } from "zod";
import { createPrismaClient } from "../lib/db-client.ts";
import type { PrismaClient } from "../lib/generated/prisma/client.ts";
import { AccountError } from "../lib/user/account-mutations.ts";

export async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write("Password: ");
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

/** Parses `input` or prints every problem and exits 2. */
export function parseOrExit<S extends z.ZodType>(
  command: string,
  schema: S,
  input: unknown,
): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) console.error(`${command}: ${issue.message}`);
  process.exit(2);
}

/** Runs `work` with a database client; an AccountError is printed as one line and exits 1. */
export async function withDatabase(
  command: string,
  work: (prisma: PrismaClient) => Promise<void>,
): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url)
    throw new Error(
      "DATABASE_URL is not set (run through npm run, which attaches to the running database or starts one)",
    );
  const prisma = createPrismaClient(url);
  try {
    await work(prisma);
  } catch (e) {
    console.error(e instanceof AccountError ? `${command}: ${e.message}` : e);
    process.exitCode = 1;
  } finally {
    await prisma.$disconnect();
  }
}
