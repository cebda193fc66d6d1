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

/** What went wrong, for the form to word in its language (lib/i18n/messages/signin.ts `errors`). */
export type SignInProblem =
  | { key: "wrong" | "busy" | "disabled" | "server" | "throttledSoon" }
  | { key: "throttledSeconds" | "throttledMinutes"; count: number };

/** The wait, rounded up ("45 seconds", "2 minutes"), so the form never promises too early. */
export function describeWait(seconds: number): SignInProblem {
  if (seconds < 60) return { key: "throttledSeconds", count: seconds };
  return { key: "throttledMinutes", count: Math.ceil(seconds / 60) };
}

/** The problem the sign-in form reports for next-auth's `error`. */
export function signInProblem(error: string): SignInProblem {
  const [code, detail] = error.split(":");
  switch (code) {
    case SIGN_IN_ERROR.throttled: {
      const seconds = Number(detail);
      return Number.isFinite(seconds) && seconds > 0
        ? describeWait(seconds)
        : { key: "throttledSoon" };
    }
    case SIGN_IN_ERROR.busy:
      return { key: "busy" };
    case SIGN_IN_ERROR.disabled:
      return { key: "disabled" };
    case SIGN_IN_ERROR.server:
      return { key: "server" };
    default:
      return { key: "wrong" };
  }
}
