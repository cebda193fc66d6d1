// Small pieces of the sign-in configuration: cookie security, what the auth endpoints accept,
// the form's messages, the names user:add accepts.
import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/translator";
import { secureCookiesFor, sessionCookieName } from "@/lib/user/auth-cookies";
import { isReadableAuthBody } from "@/lib/user/auth-request";
import { displayNameSchema } from "@/lib/user/schema";
import { describeWait, signInProblem, throttledError } from "@/lib/user/sign-in-errors";

describe("secure cookies", () => {
  it("are on exactly when the site is served over https", () => {
    expect(secureCookiesFor({ authUrl: "https://factcheck.example" })).toBe(true);
    expect(secureCookiesFor({ authUrl: "HTTPS://factcheck.example/" })).toBe(true);
    expect(
      secureCookiesFor({
        authUrl: "http://localhost:3000",
        publicUrl: "https://factcheck.example",
      }),
    ).toBe(true);
    expect(secureCookiesFor({ publicUrl: "https://factcheck.example" })).toBe(true);
    expect(secureCookiesFor({ authUrl: "http://localhost:3000" })).toBe(false);
    expect(
      secureCookiesFor({ authUrl: "http://localhost:3000", publicUrl: "http://127.0.0.1:3000" }),
    ).toBe(false);
    expect(secureCookiesFor({})).toBe(false);
    expect(secureCookiesFor({ authUrl: "" })).toBe(false);
  });

  it("refuse to guess from a malformed address", () => {
    expect(() => secureCookiesFor({ authUrl: "factcheck.example" })).toThrow(/Configuration error/);
  });

  it("use next-auth's __Secure- name when secure", () => {
    expect(sessionCookieName(true)).toBe("__Secure-next-auth.session-token");
    expect(sessionCookieName(false)).toBe("next-auth.session-token");
  });
});

describe("auth request bodies", () => {
  const json = "application/json";
  it("refuses malformed or oddly shaped JSON, which next-auth would crash on", () => {
    for (const body of [
      "{bad",
      "",
      "null",
      "[1]",
      '"x"',
      "5",
      '{"callbackUrl":5}',
      '{"csrfToken":{}}',
      '{"email":["a"]}',
    ]) {
      expect(isReadableAuthBody(json, body), body).toBe(false);
    }
    expect(isReadableAuthBody(json, JSON.stringify({ email: "a".repeat(20_000) }))).toBe(false);
  });

  it("accepts what the next-auth client sends", () => {
    expect(
      isReadableAuthBody(json, '{"email":"a@b.in","password":"x","csrfToken":"t","json":"true"}'),
    ).toBe(true);
    expect(
      isReadableAuthBody("application/x-www-form-urlencoded", "email=a%40b.in&csrfToken=t"),
    ).toBe(true);
    expect(isReadableAuthBody(null, "")).toBe(true);
  });
});

describe("sign-in form messages", () => {
  const en = translator("en");
  const hi = translator("hi");
  it("say how long a throttled client must wait, rounded up", () => {
    expect(throttledError(899_001)).toBe("TooManyAttempts:900");
    expect(signInProblem(throttledError(899_001))).toEqual({ key: "throttledMinutes", count: 15 });
    expect(en("signin.errors.throttledMinutes", { count: 15 })).toBe(
      "Too many sign-in attempts for this account from here. Try again in 15 minutes.",
    );
    expect(signInProblem(throttledError(1))).toEqual({ key: "throttledSeconds", count: 1 });
    expect(en("signin.errors.throttledSeconds", { count: 1 })).toMatch(/Try again in 1 second\./);
    expect(hi("signin.errors.throttledSeconds", { count: 45 })).toMatch(/45 सेकंड बाद/);
    expect(describeWait(45)).toEqual({ key: "throttledSeconds", count: 45 });
    expect(describeWait(61)).toEqual({ key: "throttledMinutes", count: 2 });
    expect(signInProblem("TooManyAttempts")).toEqual({ key: "throttledSoon" });
    expect(en("signin.errors.throttledSoon")).toMatch(/a few minutes/);
  });

  it("keep wrong e-mail and wrong password indistinguishable", () => {
    expect(signInProblem("CredentialsSignin")).toEqual({ key: "wrong" });
    expect(en("signin.errors.wrong")).toBe(
      "That e-mail and password do not match an editor account.",
    );
    expect(signInProblem("Busy")).toEqual({ key: "busy" });
    expect(signInProblem("AccountDisabled")).toEqual({ key: "disabled" });
  });
});

describe("display names", () => {
  it("must hold visible letters: no bidi controls, zero-width or control characters", () => {
    for (const name of [
      "Ravi\u202e Kumar",
      "\u200b\u200b",
      "Asha\u200dVerma",
      "Ravi\u2066Kumar\u2069",
      "A\u0000B",
      "\u00ad\u00ad\u00ad",
      "  ",
      "12345",
      "--",
      "R",
    ]) {
      expect(displayNameSchema.safeParse(name).success, JSON.stringify(name)).toBe(false);
    }
  });

  it("accepts Hindi and English names, tidied", () => {
    expect(displayNameSchema.parse("  Ravi   Kumar ")).toBe("Ravi Kumar");
    expect(displayNameSchema.parse("आशा वर्मा")).toBe("आशा वर्मा");
    expect(displayNameSchema.parse("क़ुरैशी")).toBe("क़ुरैशी".normalize("NFC"));
    expect(displayNameSchema.parse("O'Brien-Smith")).toBe("O'Brien-Smith");
  });
});
