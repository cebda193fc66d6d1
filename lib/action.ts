// The one gate every mutation passes: session → role → zod → handler → result value.
// Server actions are built with authAction(); route handlers that write use the same pieces.
//
// Nothing escapes as an exception: a database that does not answer (even for the session lookup)
// comes back as a result the form shows, with the editor's text still in it.
import "server-only";
import type { z } from "zod";
import { type ActionResult, DomainError, err, failure } from "./errors";
import { fieldErrorsOf, parseForForm } from "./form-errors";
import type { Role } from "./generated/prisma/enums";
import { getSessionUser, type SessionUser } from "./user/session-user";

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
      // The form shows this beside a sign-in that keeps the page (components/desk/sign-in-again.tsx).
      if (!user) return failure("UNAUTHENTICATED", err("gate.signedOut"));
      if (!(options.roles ?? EDITORS).includes(user.role)) {
        return failure("FORBIDDEN", err("gate.roleForbidden"));
      }
      const parsed = parseForForm(options.schema, input);
      if (!parsed.success) {
        return failure("INVALID", err("gate.fixMarkedFields"), {
          fieldErrors: fieldErrorsOf(parsed.error),
        });
      }
      return { ok: true, data: await handler(parsed.data, user) };
    } catch (e) {
      return toFailure(e);
    }
  };
  gated.add(action);
  return action;
}

// Prisma 7 wraps what Postgres said: node-postgres errors sit in `cause`, the driver adapter's in
// `meta.driverAdapterError.cause` (with the SQLSTATE as `originalCode`, or as `code` when the
// adapter has no name for it). Seen from a real cluster: a write while it shuts down is P2010/P2039
// with originalCode 57P03 "the database system is shutting down"; a deadlock is P2010 with 40P01
// and kind TransactionWriteConflict; a concurrent duplicate is P2002 (P2010 in raw SQL) with 23505.
function* errorChain(e: unknown): Generator<Record<string, unknown>> {
  const queue: unknown[] = [e];
  for (let seen = 0; queue.length > 0 && seen < 12; seen++) {
    const cur = queue.shift();
    if (!cur || typeof cur !== "object") continue;
    const err = cur as Record<string, unknown>;
    yield err;
    queue.push(
      err.cause,
      (err.meta as { driverAdapterError?: unknown } | undefined)?.driverAdapterError,
    );
  }
}

const codesOf = (err: Record<string, unknown>) =>
  [err.code, err.originalCode].filter((c): c is string => typeof c === "string");
const messagesOf = (err: Record<string, unknown>) =>
  [err.message, err.originalMessage].filter((m): m is string => typeof m === "string");

// Connection-level failures from node-postgres, the Prisma driver adapter and Prisma itself,
// and a server that is starting, recovering or stopping (57P01 ends a session at shutdown, 57P03
// refuses new ones: "not yet accepting connections", "is starting up", "is shutting down").
const UNREACHABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "57P01",
  "57P02",
  "57P03",
  "53300",
  "08006",
  "08001",
  "08003",
  "P1001",
  "P1002",
  "P1008",
  "P1017",
  "P2024",
]);
const UNREACHABLE_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);
const UNREACHABLE_MESSAGE =
  /ECONNREFUSED|Connection terminated|connect ETIMEDOUT|Can't reach database|the database system is (starting up|shutting down|not yet accepting connections|in recovery mode)|terminating connection due to administrator command|Unable to start a transaction in the given time/i;

/** True when the error says the database could not be reached, rather than that a query was wrong. */
function isDatabaseUnavailable(e: unknown): boolean {
  for (const err of errorChain(e)) {
    if (codesOf(err).some((c) => UNREACHABLE_CODES.has(c))) return true;
    if (err.name === "PrismaClientInitializationError") return true;
    if (typeof err.kind === "string" && UNREACHABLE_KINDS.has(err.kind)) return true;
    if (messagesOf(err).some((m) => UNREACHABLE_MESSAGE.test(m))) return true;
  }
  return false;
}

// Another transaction got there first: a unique row it just wrote (23505, Prisma P2002), or
// Postgres broke a deadlock or a serialization conflict by aborting this one (40P01, 40001; the
// adapter's TransactionWriteConflict, Prisma P2034). Nothing was written; a reload shows theirs.
const CONFLICT_CODES = new Set(["P2002", "P2034", "23505", "40P01", "40001"]);
const CONFLICT_KINDS = new Set(["UniqueConstraintViolation", "TransactionWriteConflict"]);

function isConcurrentWrite(e: unknown): boolean {
  for (const err of errorChain(e)) {
    if (codesOf(err).some((c) => CONFLICT_CODES.has(c))) return true;
    if (typeof err.kind === "string" && CONFLICT_KINDS.has(err.kind)) return true;
  }
  return false;
}

function toFailure(e: unknown): ActionResult<never> {
  if (e instanceof DomainError) {
    return {
      ok: false,
      code: e.code,
      error: e.error,
      message: e.message,
      fieldErrors: e.fieldErrors,
      details: e.details,
    };
  }
  const ref = Math.random().toString(36).slice(2, 10);
  if (isDatabaseUnavailable(e)) {
    console.error(`[action] database unavailable ref=${ref}`, e);
    return failure("UNAVAILABLE", err("gate.unavailable", { ref }));
  }
  if (isConcurrentWrite(e)) {
    console.error(`[action] concurrent write ref=${ref}`, e);
    return failure("CONFLICT", err("gate.concurrentWrite", { ref }));
  }
  console.error(`[action] unexpected error ref=${ref}`, e);
  return failure("INTERNAL", err("gate.internal", { ref }));
}
