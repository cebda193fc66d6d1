// next-auth (v4) configuration: e-mail + password (argon2id), a JWT cookie that names a server-side
// Session row (lib/user/sessions.ts) so sign-out, password changes and disabling end it at once.
import { availableParallelism } from "node:os";
import { cookies } from "next/headers";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "../db";
import { authSecret, configuredSiteUrls, env } from "../env";
import { secureCookiesFor } from "./auth-cookies";
import { safeCallbackPath } from "./callback-url";
import { ConcurrencyLimit } from "./concurrency-limit";
import {
  DEVICE_COOKIE_PATH,
  DEVICE_MAX_AGE_S,
  deviceCookieIn,
  deviceCookieName,
  findKnownDevice,
  rememberDevice,
} from "./devices";
import { LoginThrottle, UNKNOWN_CLIENT } from "./login-throttle";
import { verifyPassword } from "./password";
import { revokeSession, SESSION_MAX_AGE_S, startSession } from "./sessions";
import { checkCredentials, type SignInDeps } from "./sign-in";
import { signInDb } from "./sign-in-db";
import { SIGN_IN_ERROR, throttledError } from "./sign-in-errors";

/** Set by scripts/serve.mjs from the socket on every request (a client's own value is overwritten). */
const CLIENT_IP_HEADER = "x-pramaan-client-ip";

const credentials = z.object({
  email: z.string().trim().toLowerCase().max(254).email(),
  password: z.string().min(1).max(200),
});

// One argon2 verification per core at a time; a short queue behind them, then "busy". Everything
// an attempt reads or counts goes through the sign-in pool (lib/user/sign-in-db.ts), so a flood of
// attempts cannot take the connections readers need.
const cores = availableParallelism();
const secureCookies = secureCookiesFor(configuredSiteUrls());
const signInDeps: SignInDeps = {
  throttle: new LoginThrottle(signInDb),
  verifications: new ConcurrencyLimit(cores, cores * 8),
  findAccount: (email) =>
    signInDb().user.findUnique({
      where: { email },
      select: { id: true, email: true, name: true, passwordHash: true, disabledAt: true },
    }),
  verify: verifyPassword,
  devices: {
    find: (cookie, email) => findKnownDevice(signInDb(), env().NEXTAUTH_SECRET, cookie, email),
    remember: (userId, known) => rememberDevice(signInDb(), env().NEXTAUTH_SECRET, userId, known),
  },
};

/** Gives the browser its device cookie (set on next-auth's own response by the route handler). */
async function setDeviceCookie(value: string) {
  (await cookies()).set(deviceCookieName(secureCookies), value, {
    httpOnly: true,
    secure: secureCookies,
    sameSite: "lax",
    path: DEVICE_COOKIE_PATH,
    maxAge: DEVICE_MAX_AGE_S,
  });
}

function clientOf(headers: Record<string, unknown> | undefined): string {
  const value = headers?.[CLIENT_IP_HEADER];
  return typeof value === "string" && value.length > 0 && value.length <= 64
    ? value
    : UNKNOWN_CLIENT;
}

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  useSecureCookies: secureCookies,
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(raw, req) {
        const parsed = credentials.safeParse(raw);
        if (!parsed.success) return null;
        let outcome: Awaited<ReturnType<typeof checkCredentials>>;
        try {
          outcome = await checkCredentials(signInDeps, {
            ...parsed.data,
            client: clientOf(req?.headers),
            device: deviceCookieIn(req?.headers?.cookie, secureCookies),
          });
          if (outcome.ok && outcome.deviceCookie) await setDeviceCookie(outcome.deviceCookie);
        } catch (e) {
          // next-auth would put the message (a Prisma error, say) into the redirect URL: log it instead.
          const ref = Math.random().toString(36).slice(2, 10);
          console.error(`[auth] sign-in failed ref=${ref}`, e);
          throw new Error(SIGN_IN_ERROR.server);
        }
        if (outcome.ok) return outcome.user;
        // Thrown messages reach the sign-in form as `error` (lib/user/sign-in-errors.ts).
        if (outcome.reason === "throttled") throw new Error(throttledError(outcome.retryAfterMs));
        if (outcome.reason === "busy") throw new Error(SIGN_IN_ERROR.busy);
        if (outcome.reason === "disabled") throw new Error(SIGN_IN_ERROR.disabled);
        return null;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      // `user` is present only at sign-in: open the server-side session the cookie will name.
      if (user) token.sid = await startSession(db(), user.id);
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) session.user.id = token.sub;
      session.sessionId = token.sid;
      return session;
    },
    redirect({ url, baseUrl }) {
      return `${baseUrl}${safeCallbackPath(url, "/", baseUrl)}`;
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.sid) await revokeSession(db(), token.sid);
    },
  },
};
