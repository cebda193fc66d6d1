// The one place that reads process.env. Parsed lazily: `next build` imports modules while the
// database URL is not set, and only code that runs asks for it.
import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z.string().url({ message: "DATABASE_URL must be a postgresql:// URL" }),
  NEXTAUTH_SECRET: z.string().min(16, "NEXTAUTH_SECRET must be at least 16 characters"),
});

export type Env = z.infer<typeof schema>;
let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Configuration error: ${problems}`);
  }
  cached = parsed.data;
  return cached;
}

// The newsroom's time zone: the zone in which a day typed in a form or a URL, and every day or time
// the product prints, is meant (lib/calendar). An IANA name; checked by asking Intl to use it, so a
// typo ("Asia/Calcutta " or "IST") stops the server at the first date instead of shifting days.
const DEFAULT_TIME_ZONE = "Asia/Kolkata";
const timeZoneName = z
  .string()
  .trim()
  .min(1)
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: tz });
      return tz.includes("/") || tz === "UTC";
    } catch {
      return false;
    }
  }, "PRAMAAN_TIME_ZONE must be an IANA time zone name such as Asia/Kolkata or Europe/London");
let zoneRead: { raw: string | undefined; zone: string } | undefined;

/**
 * PRAMAAN_TIME_ZONE, or Asia/Kolkata. Parsed once per value (a report formats a million dates); a
 * test that sets the variable gets the new zone without a restart hook.
 */
export function newsroomTimeZone(): string {
  const raw = typeof process === "undefined" ? undefined : process.env.PRAMAAN_TIME_ZONE;
  if (zoneRead && zoneRead.raw === raw) return zoneRead.zone;
  const parsed = timeZoneName.safeParse(raw || DEFAULT_TIME_ZONE);
  if (!parsed.success)
    throw new Error(`Configuration error: ${parsed.error.issues[0]?.message} (got "${raw}")`);
  zoneRead = { raw, zone: parsed.data };
  return zoneRead.zone;
}

/**
 * How Hindi pages print digits: PRAMAAN_DIGITS=latin (0-9, the default: what most Hindi news sites
 * print) or devanagari (०-९). A newsroom setting like the time zone; anything else stops the server.
 */
export function newsroomDigits(): "latin" | "devanagari" {
  const raw = typeof process === "undefined" ? undefined : process.env.PRAMAAN_DIGITS;
  if (!raw || raw === "latin") return "latin";
  if (raw === "devanagari") return "devanagari";
  throw new Error(`Configuration error: PRAMAAN_DIGITS must be latin or devanagari (got "${raw}")`);
}

/** For the auth secret only: next-auth reads it at import time in route modules during the build. */
export function authSecret(): string | undefined {
  return process.env.NEXTAUTH_SECRET;
}

/** Absolute base URL for links readers and machines follow (JSON-LD, reports, the v1 API). */
export function publicBaseUrl(): string {
  return (
    process.env.PRAMAAN_PUBLIC_URL ??
    process.env.NEXTAUTH_URL ??
    "http://localhost:3000"
  ).replace(/\/$/, "");
}

/** The addresses the site is reached at, as configured (for cookie security: lib/user/auth-cookies.ts). */
export function configuredSiteUrls(): { authUrl?: string; publicUrl?: string } {
  return { authUrl: process.env.NEXTAUTH_URL, publicUrl: process.env.PRAMAAN_PUBLIC_URL };
}
