// The one gate every mutation passes: session → role → zod → handler → result value.
// Server actions are built with authAction(); route handlers that write use the same pieces.
//
// Nothing escapes as an exception: a database that does not answer (even for the session lookup)
// comes back as a result the form shows, with the editor's text still in it.
import "server-only";
import type { z } from "zod";
import { type ActionResult, DomainError } from "./errors";
import type { Role } from "./generated/prisma/enums";
import { getSessionUser, type SessionUser } from "./session";

const EDITORS: Role[] = ["EDITOR", "ADMIN"];

// Every function authAction() builds, so a test can prove each exported server action is one.
const gated = new WeakSet<(...args: never[]) => unknown>();
export const isGatedAction = (fn: unknown): boolean =>
  typeof fn === "function" && gated.has(fn as never);

export function authAction<S extends z.ZodType, R>(
  options: { schema: S; roles?: Role[] },
  handler: (input: z.infer<S>, user: SessionUser) => Promise<R>,
): (input: z.input<S>) => Promise<ActionResult<R>> {
  const action = async (input: z.input<S>): Promise<ActionResult<R>> => {
    try {
      const user = await getSessionUser();
      if (!user) return { ok: false, code: "UNAUTHENTICATED", message: "Please sign in again." };
      if (!(options.roles ?? EDITORS).includes(user.role)) {
        return { ok: false, code: "FORBIDDEN", message: "Your role does not allow this." };
      }
      const parsed = options.schema.safeParse(input);
      if (!parsed.success) {
        return {
          ok: false,
          code: "INVALID",
          message: "Please correct the marked fields.",
          fieldErrors: fieldErrorsOf(parsed.error),
        };
      }
      return { ok: true, data: await handler(parsed.data, user) };
    } catch (e) {
      return toFailure(e);
    }
  };
  gated.add(action);
  return action;
}

function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    out[key] ??= [];
    out[key].push(issue.message);
  }
  return out;
}

// Connection-level failures from node-postgres, the Prisma driver adapter and Prisma itself.
const UNREACHABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "57P01",
  "57P03",
  "08006",
  "08001",
  "08003",
  "P1001",
  "P1002",
  "P1008",
  "P1017",
  "P2024",
]);

/** True when the error says the database could not be reached, rather than that a query was wrong. */
function isDatabaseUnavailable(e: unknown): boolean {
  for (let cur: unknown = e, depth = 0; cur && depth < 6; depth++) {
    const err = cur as {
      code?: unknown;
      name?: unknown;
      message?: unknown;
      cause?: unknown;
      kind?: unknown;
    };
    if (typeof err.code === "string" && UNREACHABLE_CODES.has(err.code)) return true;
    if (err.name === "PrismaClientInitializationError") return true;
    if (
      err.kind === "DatabaseNotReachable" ||
      err.kind === "ConnectionClosed" ||
      err.kind === "SocketTimeout"
    )
      return true;
    if (
      typeof err.message === "string" &&
      /ECONNREFUSED|Connection terminated|connect ETIMEDOUT|Can't reach database/i.test(err.message)
    )
      return true;
    cur = err.cause;
  }
  return false;
}

function toFailure(e: unknown): ActionResult<never> {
  if (e instanceof DomainError) {
    return {
      ok: false,
      code: e.code,
      message: e.message,
      fieldErrors: e.fieldErrors,
      details: e.details,
    };
  }
  const ref = Math.random().toString(36).slice(2, 10);
  if (isDatabaseUnavailable(e)) {
    console.error(`[action] database unavailable ref=${ref}`, e);
    return {
      ok: false,
      code: "UNAVAILABLE",
      message: `The database is not answering just now (ref ${ref}). Nothing was saved; your text is still here — try again in a moment.`,
    };
  }
  console.error(`[action] unexpected error ref=${ref}`, e);
  return {
    ok: false,
    code: "INTERNAL",
    message: `Something went wrong on our side (ref ${ref}). Nothing was saved.`,
  };
}
