// Which language a request is in (lib/i18n/negotiate.mjs), as proxy.ts and the production server's
// front cache both decide it: the kept choice (cookie), then Accept-Language, then Hindi; readers'
// pages carry the language in the address (`/en/...`), the desk and sign-in do not.
import { describe, expect, it } from "vitest";
import {
  DEFAULT_LANG,
  EN_PREFIX,
  isLang,
  isReaderPath,
  LANG_COOKIE,
  langFromAcceptLanguage,
  langFromCookie,
  pathIn,
  preferredLang,
  readerRedirect,
  splitLangPrefix,
} from "@/lib/i18n/negotiate.mjs";

describe("the kept choice", () => {
  it("is read from the cookie among others, and only when it names one of our languages", () => {
    expect(LANG_COOKIE).toBe("pramaan-lang");
    expect(langFromCookie("pramaan-lang=en")).toBe("en");
    expect(langFromCookie("a=1; pramaan-lang=hi; b=2")).toBe("hi");
    expect(langFromCookie("  pramaan-lang = en ")).toBe("en");
    expect(langFromCookie("pramaan-lang=fr")).toBeNull();
    expect(langFromCookie("pramaan-lang=EN")).toBeNull();
    expect(langFromCookie("pramaan-lang=")).toBeNull();
    expect(langFromCookie("xpramaan-lang=en")).toBeNull();
    expect(langFromCookie("pramaan-language=en")).toBeNull();
    expect(langFromCookie("")).toBeNull();
    expect(langFromCookie(null)).toBeNull();
    expect(langFromCookie(undefined)).toBeNull();
  });

  it("isLang admits hi and en only", () => {
    expect(isLang("hi")).toBe(true);
    expect(isLang("en")).toBe(true);
    for (const v of ["fr", "HI", "en-GB", "", null, undefined, 1]) expect(isLang(v)).toBe(false);
  });
});

describe("Accept-Language", () => {
  it("takes the highest-ranked of our languages, by q-value", () => {
    expect(langFromAcceptLanguage("en-GB,en;q=0.9")).toBe("en");
    expect(langFromAcceptLanguage("hi-IN,hi;q=0.9,en;q=0.8")).toBe("hi");
    expect(langFromAcceptLanguage("en;q=0.5, hi;q=0.8")).toBe("hi");
    expect(langFromAcceptLanguage("hi;q=0.2,en-US;q=0.3")).toBe("en");
    expect(langFromAcceptLanguage("en-US")).toBe("en");
    expect(langFromAcceptLanguage("HI-in")).toBe("hi");
  });

  it("skips languages we do not have and those refused with q=0", () => {
    expect(langFromAcceptLanguage("fr-FR,fr;q=0.9,en;q=0.1")).toBe("en");
    expect(langFromAcceptLanguage("fr,de")).toBeNull();
    expect(langFromAcceptLanguage("en;q=0,hi;q=0.1")).toBe("hi");
    expect(langFromAcceptLanguage("en;q=0")).toBeNull();
    expect(langFromAcceptLanguage("*")).toBeNull();
    expect(langFromAcceptLanguage("")).toBeNull();
    expect(langFromAcceptLanguage(null)).toBeNull();
  });

  it("keeps the header's order on a tie, and ignores a malformed q", () => {
    expect(langFromAcceptLanguage("en, hi")).toBe("en");
    expect(langFromAcceptLanguage("hi;q=0.7,en;q=0.7")).toBe("hi");
    expect(langFromAcceptLanguage("en;q=abc,hi;q=0.5")).toBe("hi");
  });
});

describe("the language a person wants", () => {
  it("is the kept choice first, then the browser's, then Hindi", () => {
    expect(DEFAULT_LANG).toBe("hi");
    expect(preferredLang({ cookie: "pramaan-lang=hi", acceptLanguage: "en-GB" })).toBe("hi");
    expect(preferredLang({ cookie: "pramaan-lang=en", acceptLanguage: "hi-IN" })).toBe("en");
    expect(preferredLang({ cookie: "other=1", acceptLanguage: "en-GB" })).toBe("en");
    expect(preferredLang({ cookie: "pramaan-lang=xx", acceptLanguage: "en-GB" })).toBe("en");
    expect(preferredLang({ acceptLanguage: "fr" })).toBe("hi");
    expect(preferredLang({})).toBe("hi");
  });
});

describe("addresses", () => {
  it("splits the English prefix off a path, and only a whole segment", () => {
    expect(EN_PREFIX).toBe("/en");
    expect(splitLangPrefix("/en")).toEqual({ lang: "en", path: "/" });
    expect(splitLangPrefix("/en/")).toEqual({ lang: "en", path: "/" });
    expect(splitLangPrefix("/en/claims/x")).toEqual({ lang: "en", path: "/claims/x" });
    expect(splitLangPrefix("/claims/x")).toEqual({ lang: null, path: "/claims/x" });
    expect(splitLangPrefix("/entities")).toEqual({ lang: null, path: "/entities" });
    expect(splitLangPrefix("/english")).toEqual({ lang: null, path: "/english" });
    expect(splitLangPrefix("/")).toEqual({ lang: null, path: "/" });
  });

  it("knows readers' pages from the desk, sign-in and the API", () => {
    for (const p of ["/", "/claims/x", "/articles/a", "/entities", "/corrections", "/search"])
      expect(isReaderPath(p)).toBe(true);
    for (const p of ["/desk", "/desk/claims/x", "/signin", "/api/language", "/_next/static/x"])
      expect(isReaderPath(p)).toBe(false);
    // A prefix is a whole segment: a readers' page whose name starts with "desk" stays a readers' page.
    expect(isReaderPath("/desktop")).toBe(true);
  });

  it("pathIn gives a readers' page its English address and leaves the desk's alone", () => {
    expect(pathIn("/", "en")).toBe("/en");
    expect(pathIn("/claims/x", "en")).toBe("/en/claims/x");
    expect(pathIn("/claims/x?y=1#z", "en")).toBe("/en/claims/x?y=1#z");
    expect(pathIn("/?q=1", "en")).toBe("/en?q=1");
    expect(pathIn("/search?q=पुतिन", "en")).toBe("/en/search?q=पुतिन");
    expect(pathIn("/claims/x", "hi")).toBe("/claims/x");
    expect(pathIn("/", "hi")).toBe("/");
    expect(pathIn("/desk/claims/x", "en")).toBe("/desk/claims/x");
    expect(pathIn("/signin?callbackUrl=/desk", "en")).toBe("/signin?callbackUrl=/desk");
    expect(pathIn("/api/v1/claims/x", "en")).toBe("/api/v1/claims/x");
  });

  it("pathIn and splitLangPrefix undo each other on readers' pages", () => {
    for (const p of ["/", "/claims/x", "/entities/bbc", "/articles/art_000"]) {
      expect(splitLangPrefix(pathIn(p, "en"))).toEqual({ lang: "en", path: p });
      expect(splitLangPrefix(pathIn(p, "hi"))).toEqual({ lang: null, path: p });
    }
  });
});

describe("readerRedirect", () => {
  const en = { cookie: "pramaan-lang=en" };
  const hiBrowser = { acceptLanguage: "hi-IN,hi;q=0.9" };
  const enBrowser = { acceptLanguage: "en-GB,en;q=0.9" };

  it("sends a reader who wants English from the Hindi address to the English one", () => {
    expect(readerRedirect("/", en)).toBe("/en");
    expect(readerRedirect("/claims/x", en)).toBe("/en/claims/x");
    expect(readerRedirect("/claims/x", enBrowser)).toBe("/en/claims/x");
  });

  it("serves the Hindi address to Hindi readers and to those who chose Hindi", () => {
    expect(readerRedirect("/claims/x", hiBrowser)).toBeNull();
    expect(readerRedirect("/claims/x", {})).toBeNull();
    expect(readerRedirect("/claims/x", { cookie: "pramaan-lang=hi", ...enBrowser })).toBeNull();
  });

  it("never redirects an English address, the desk, sign-in or the API", () => {
    expect(readerRedirect("/en/claims/x", en)).toBeNull();
    expect(readerRedirect("/en/claims/x", hiBrowser)).toBeNull();
    expect(readerRedirect("/en", { cookie: "pramaan-lang=hi" })).toBeNull();
    for (const p of ["/desk", "/desk/claims/x", "/signin", "/api/v1/claims/x"])
      expect(readerRedirect(p, en)).toBeNull();
  });
});
