// What a refused sign-in tells the form. next-auth v4 passes the message of an error thrown in
// authorize() to the client as `error`, so the wait travels inside it: "TooManyAttempts:900".
// Shared by the server (lib/user/auth-options.ts) and the sign-in form; no server imports.

export const SIGN_IN_ERROR = {
  throttled: "TooManyAttempts",
  busy: "Busy",
  disabled: "AccountDisabled",
  server: "ServerError",
} as const;

export const throttledError = (retryAfterMs: number) =>
  `${SIGN_IN_ERROR.throttled}:${Math.max(1, Math.ceil(retryAfterMs / 1000))}`;

/** "45 seconds", "1 minute", "15 minutes": rounded up, so the form never promises too early. */
export function describeWait(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? "1 second" : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}

/** The sentence the sign-in form shows for next-auth's `error`. */
export function signInErrorMessage(error: string): string {
  const [code, detail] = error.split(":");
  switch (code) {
    case SIGN_IN_ERROR.throttled: {
      const seconds = Number(detail);
      const wait =
        Number.isFinite(seconds) && seconds > 0 ? describeWait(seconds) : "a few minutes";
      return `Too many sign-in attempts for this account from here. Try again in ${wait}.`;
    }
    case SIGN_IN_ERROR.busy:
      return "The server is busy checking other sign-ins. Try again in a few seconds.";
    case SIGN_IN_ERROR.disabled:
      return "This account is disabled. Ask an admin to enable it.";
    case SIGN_IN_ERROR.server:
      return "Something went wrong on our side. Try again in a moment.";
    default:
      return "That e-mail and password do not match an editor account.";
  }
}
