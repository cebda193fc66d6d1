// Checks an e-mail and password, in the order that keeps guessing slow and cheap to refuse:
// recognise a remembered device → reserve a place on the throttle → look the user up and verify,
// under the concurrency cap → settle (and remember this device).
// Dependencies come in as arguments so the tests can count verifications and move the clock.

import { BusyError, type ConcurrencyLimit } from "./concurrency-limit";
import type { LoginThrottle } from "./login-throttle";

export interface Credentials {
  email: string;
  password: string;
  /** The client's address as the server saw it, or UNKNOWN_CLIENT. */
  client: string;
  /** The device cookie the browser sent, if any (lib/user/devices.ts). */
  device?: string;
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
  devices: {
    /** The id of the known device this cookie names for the account, or null. */
    find: (cookie: string, email: string) => Promise<string | null>;
    /** After a success: the cookie to set when the device was not known yet. */
    remember: (userId: string, knownDeviceId: string | null) => Promise<string | undefined>;
  };
}

export type SignInOutcome =
  | { ok: true; user: { id: string; email: string; name: string }; deviceCookie?: string }
  | { ok: false; reason: "invalid" | "disabled" | "busy" }
  | { ok: false; reason: "throttled"; retryAfterMs: number };

export async function checkCredentials(
  deps: SignInDeps,
  { email, password, client, device }: Credentials,
): Promise<SignInOutcome> {
  const deviceId = device ? await deps.devices.find(device, email) : null;
  const reservation = await deps.throttle.reserve(email, client, deviceId ?? undefined);
  if ("busy" in reservation) return { ok: false, reason: "busy" };
  if (!reservation.granted)
    return { ok: false, reason: "throttled", retryAfterMs: reservation.retryAfterMs };

  let checked: { account: SignInAccount | null; matches: boolean };
  try {
    // The lookup waits with the verification, so a flood holds no more connections than cores.
    checked = await deps.verifications.run(async () => {
      const account = await deps.findAccount(email);
      return { account, matches: await deps.verify(account?.passwordHash ?? null, password) };
    });
  } catch (e) {
    if (!(e instanceof BusyError)) throw e;
    await deps.throttle.cancelled(reservation.keys);
    return { ok: false, reason: "busy" };
  }
  const { account, matches } = checked;
  // A failure stays counted. A disabled account counts too: it is not a way in.
  if (!account || !matches) return { ok: false, reason: "invalid" };
  if (account.disabledAt) return { ok: false, reason: "disabled" };
  await deps.throttle.succeeded(reservation.keys);
  const deviceCookie = await deps.devices.remember(account.id, deviceId);
  return {
    ok: true,
    user: { id: account.id, email: account.email, name: account.name },
    deviceCookie,
  };
}
