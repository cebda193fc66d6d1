// Account fields as the user:* commands and the sign-in form accept them.
import { z } from "zod";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .email("--email must be an e-mail address");

export const passwordSchema = z
  .string()
  .min(10, "the password must be at least 10 characters")
  .max(200, "the password must be at most 200 characters");

// Control and format characters (bidi overrides, zero-width joiners and spaces, soft hyphens) would
// let a name look like another editor's, or like nothing at all, in the audit trail and review queue.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\u2028\u2029]/u;

export const displayNameSchema = z
  .string()
  .transform((s) => s.normalize("NFC").trim().replace(/\s+/g, " "))
  .pipe(
    z
      .string()
      .min(2, "--name is required (at least 2 characters)")
      .max(100, "--name must be at most 100 characters")
      .refine(
        (s) => !INVISIBLE.test(s),
        "--name must not contain control, bidi or zero-width characters",
      )
      .refine((s) => /\p{L}/u.test(s), "--name must contain letters"),
  );

export const roleSchema = z.enum(["editor", "admin"], {
  message: "--role must be editor or admin",
});
