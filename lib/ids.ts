// Record ids as they arrive in URLs and forms. Anything else (NUL bytes, invalid
// UTF-8 decoded to U+FFFD, path tricks) is refused here, before it reaches a query, so bad input is
// a 404 or a form error, never a 500 from the database.
import { z } from "zod";
import { idMessage } from "./messages";

/**
 * cuid()s and the seed's fixed ids (art_000, claim_demo_grain). Ids come from pickers and links, so
 * the message names the field and says to choose again ("Not a valid id" helped nobody).
 */
export const recordId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: (issue) => idMessage(issue.path) });

/** The id if it is well formed, otherwise null (callers answer 404). */
export function parseId(raw: unknown): string | null {
  const r = recordId.safeParse(raw);
  return r.success ? r.data : null;
}
