// Field errors come back keyed by dotted paths ("relays.0.entityId"); forms want those under a prefix.
import type { FieldErrors } from "./errors";

export function errorsUnder(
  errors: FieldErrors | undefined,
  prefix: string,
): Record<string, string[] | undefined> {
  const out: Record<string, string[] | undefined> = {};
  for (const [k, v] of Object.entries(errors ?? {}))
    if (k.startsWith(`${prefix}.`)) out[k.slice(prefix.length + 1)] = v;
  return out;
}
