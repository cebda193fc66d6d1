// Checks an e-mail and password, in the order that keeps guessing slow and cheap to refuse:
// reserve a place on the throttle → look the user up → verify under the concurrency cap → settle.
// Dependencies come in as arguments so the tests can count verifications and move the clock.

import type { LoginThrottle } from "../login-throttle";
import { BusyError, type ConcurrencyLimit } from "./concurrency-limit";

export interface Credentials {
  email: string;
  password: string;
  /** The client's address as the server saw it, or UNKNOWN_CLIENT. */
  client: string;
}

interface SignInAccount {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
  disabledAt: Date | null;
}

export interface SignInDeps {
  throttle: LoginThrottle;
  verifications: ConcurrencyLimit;
  findAccount: (email: string) => Promise<SignInAccount | null>;
  /** With a null hash (unknown e-mail) it must still take as long, and answer false. */
  verify: (hash: string | null, password: string) => Promise<boolean>;
}

export type SignInOutcome =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; reason: "invalid" | "disabled" | "busy" }
  | { ok: false; reason: "throttled"; retryAfterMs: number };

export async function checkCredentials(
  deps: SignInDeps,
  { email, password, client }: Credentials,
): Promise<SignInOutcome> {
  const reservation = await deps.throttle.reserve(email, client);
  if (!reservation.granted)
    return { ok: false, reason: "throttled", retryAfterMs: reservation.retryAfterMs };

  const account = await deps.findAccount(email);
  let matches: boolean;
  try {
    matches = await deps.verifications.run(() =>
      deps.verify(account?.passwordHash ?? null, password),
    );
  } catch (e) {
    if (!(e instanceof BusyError)) throw e;
    await deps.throttle.cancelled(reservation.keys);
    return { ok: false, reason: "busy" };
  }
  // A failure stays counted. A disabled account counts too: it is not a way in.
  if (!account || !matches) return { ok: false, reason: "invalid" };
  if (account.disabledAt) return { ok: false, reason: "disabled" };
  await deps.throttle.succeeded(reservation.keys);
  return { ok: true, user: { id: account.id, email: account.email, name: account.name } };
}
