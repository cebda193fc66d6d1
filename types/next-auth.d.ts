import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    user?: { id: string; name?: string | null; email?: string | null; image?: string | null };
    /** The Session row this cookie names (lib/user/sessions.ts). */
    sessionId?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    /** The Session row this cookie names; tokens without one are not accepted. */
    sid?: string;
  }
}
