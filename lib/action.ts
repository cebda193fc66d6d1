// The one gate every mutation passes: session → role → zod → handler → result value.
// Server actions are built with authAction(); route handlers that write use the same pieces.
import "server-only";
import { z } from "zod";
import { DomainError, type ActionResult } from "./errors";
import type { Role } from "./generated/prisma/enums";
import { getSessionUser, type SessionUser } from "./session";

export const EDITORS: Role[] = ["EDITOR", "ADMIN"];

export function authAction<S extends z.ZodType, R>(
  options: { schema: S; roles?: Role[] },
  handler: (input: z.infer<S>, user: SessionUser) => Promise<R>,
): (input: z.input<S>) => Promise<ActionResult<R>> {
  return async (input) => {
    const user = await getSessionUser();
    if (!user) return { ok: false, code: "UNAUTHENTICATED", message: "Please sign in again." };
    if (!(options.roles ?? EDITORS).includes(user.role)) {
      return { ok: false, code: "FORBIDDEN", message: "Your role does not allow this." };
    }
    const parsed = options.schema.safeParse(input);
    if (!parsed.success) {
      return { ok: false, code: "INVALID", message: "Please correct the marked fields.", fieldErrors: fieldErrorsOf(parsed.error) };
    }
    try {
      return { ok: true, data: await handler(parsed.data, user) };
    } catch (e) {
      return toFailure(e);
    }
  };
}

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

export function toFailure(e: unknown): ActionResult<never> {
  if (e instanceof DomainError) return { ok: false, code: e.code, message: e.message, fieldErrors: e.fieldErrors };
  const ref = Math.random().toString(36).slice(2, 10);
  console.error(`[action] unexpected error ref=${ref}`, e);
  return { ok: false, code: "INTERNAL", message: `Something went wrong on our side (ref ${ref}). Nothing was saved.` };
}
