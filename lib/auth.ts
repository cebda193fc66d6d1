// next-auth (v4) configuration: e-mail + password (argon2id), JWT sessions.
import argon2 from "argon2";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { authSecret } from "./env";
import { LoginThrottle } from "./login-throttle";

/** Thrown from authorize(); next-auth hands the message to the sign-in form as `error`. */
export const TOO_MANY_ATTEMPTS = "TooManyAttempts";
const throttle = new LoginThrottle();

const credentials = z.object({ email: z.string().trim().toLowerCase().email(), password: z.string().min(1).max(200) });

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw) {
        const parsed = credentials.safeParse(raw);
        if (!parsed.success) return null;
        const key = parsed.data.email;
        if (throttle.retryAfter(key) > 0) throw new Error(TOO_MANY_ATTEMPTS);
        // Imported here, not at the top: the route module is loaded during `next build`.
        const { db } = await import("./db");
        const user = await db().user.findUnique({ where: { email: parsed.data.email } });
        // Verify against a dummy hash when the user is unknown, so timing does not reveal which e-mails exist.
        const hash = user?.passwordHash ?? (await dummyHash());
        const ok = await argon2.verify(hash, parsed.data.password).catch(() => false);
        if (!user || !ok) {
          throttle.fail(key);
          return null;
        }
        throttle.succeed(key);
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
  ],
  callbacks: {
    session({ session, token }) {
      if (session.user && token.sub) session.user.id = token.sub;
      return session;
    },
  },
};

let dummy: Promise<string> | undefined;
const dummyHash = () => (dummy ??= argon2.hash("no such user"));
