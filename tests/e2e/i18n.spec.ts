// Issue 19, held down: the interface is in one language, the page's, and it is the language the person
// chose (the header's switch, kept in a cookie), else their browser's, else Hindi.
// - the switch: Hindi desk → English, kept across desk pages, sign-out and sign-in, and readers' pages
//   (at their /en addresses); and back;
// - Accept-Language without a choice; `<html lang>`; readers' pages name their other-language address
//   (<link rel="alternate" hreflang>);
// - every page (readers', sign-in, desk: discovered from app/, so a new page fails until it is given a
//   sample address below), in both languages: no English interface string on a Hindi page outside
//   content marked lang="en" (the catalogue's own English messages are what is looked for, not a word
//   list), no Hindi interface string on an English page, no catalogue key shown in place of a message;
//   axe-core at desktop and phone widths with no serious or critical violation. A table per page is
//   printed and written to test-results/i18n-report.json; screenshots of six key pages go to
//   I18N_SHOTS_DIR (default test-results/i18n-shots).
import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { type MessageFormatElement, parse, TYPE } from "@formatjs/icu-messageformat-parser";
import { type Browser, type BrowserContext, expect, type Page, test } from "@playwright/test";
import { CATALOGUE } from "../../lib/i18n/messages";
import { isReaderPath, pathIn, splitLangPrefix } from "../../lib/i18n/negotiate.mjs";
import { EDITOR_A, fillSignInForm, WHOLE_APP } from "./helpers";
import { type Scan, scanPage } from "./i18n-scan";

type Lang = "hi" | "en";
const DEMO_SLUG = "russia-2017-grain-world-record-demo";
const DEMO_CLAIM = "claim_demo_grain";
const SHOTS = process.env.I18N_SHOTS_DIR ?? "test-results/i18n-shots";
const BROWSER_LOCALE: Record<Lang, string> = { hi: "hi-IN", en: "en-GB" };
const ACCEPT: Record<Lang, string> = { hi: "hi-IN,hi;q=0.9", en: "en-GB,en;q=0.9" };

async function contextIn(browser: Browser, lang: Lang, opts: { cookie?: boolean } = {}) {
  const context = await browser.newContext({
    locale: BROWSER_LOCALE[lang],
    extraHTTPHeaders: { "accept-language": ACCEPT[lang] },
  });
  if (opts.cookie) {
    const base = test.info().project.use.baseURL as string;
    await context.addCookies([{ name: "pramaan-lang", value: lang, url: base }]);
  }
  return context;
}

async function signIn(page: Page, callbackUrl = "/desk/articles") {
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await fillSignInForm(page, EDITOR_A.email);
  await expect(page.getByTestId("signed-in-as")).toHaveText(EDITOR_A.name);
}

const htmlLang = (page: Page) => page.locator("html").getAttribute("lang");

/** A redirect stays on the address the browser asked for (not the server's own name for itself). */
function expectSameHost(page: Page) {
  const base = new URL(test.info().project.use.baseURL as string);
  expect(new URL(page.url()).host, `${page.url()} is on another host`).toBe(base.host);
}

test.describe("the language switch", () => {
  test("a Hindi desk switches to English, stays English everywhere, and switches back", async ({
    browser,
  }) => {
    const context = await contextIn(browser, "hi");
    const page = await context.newPage();
    await page.goto("/signin");
    expect(await htmlLang(page)).toBe("hi");
    await signIn(page);
    expect(await htmlLang(page)).toBe("hi");

    await page.getByTestId("language-switch").click();
    await page.waitForURL((u) => !u.pathname.startsWith("/api/"));
    expectSameHost(page);
    await expect(page).toHaveURL(/\/desk\/articles$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    expect((await context.cookies()).find((c) => c.name === "pramaan-lang")?.value).toBe("en");

    await page.goto("/desk/claims");
    expect(await htmlLang(page)).toBe("en");
    await page.goto(`/desk/claims/${DEMO_CLAIM}`);
    expect(await htmlLang(page)).toBe("en");

    // Signing out ends the session, not the choice: the readers' home it lands on is English.
    await page.getByRole("button", { name: /^(Sign out|साइन आउट)$/ }).click();
    await expect(page).toHaveURL(/\/en$/);
    expectSameHost(page);
    expect(await htmlLang(page)).toBe("en");
    await page.goto("/signin");
    expect(await htmlLang(page)).toBe("en");
    await signIn(page);
    expect(await htmlLang(page)).toBe("en");

    // Readers' pages: the Hindi address sends this reader to the English one.
    await page.goto(`/claims/${DEMO_SLUG}`);
    await expect(page).toHaveURL(new RegExp(`/en/claims/${DEMO_SLUG}$`));
    expectSameHost(page);
    expect(await htmlLang(page)).toBe("en");

    // And back: the switch on a readers' page goes to its Hindi address, and the desk follows.
    await page.getByTestId("language-switch").click();
    await page.waitForURL((u) => !u.pathname.startsWith("/api/"));
    expectSameHost(page);
    await expect(page).toHaveURL(new RegExp(`[^n]/claims/${DEMO_SLUG}$`));
    await expect(page.locator("html")).toHaveAttribute("lang", "hi");
    await page.goto("/desk/articles");
    expect(await htmlLang(page)).toBe("hi");
    await page.goto(`/claims/${DEMO_SLUG}`);
    await expect(page).toHaveURL(new RegExp(`[^n]/claims/${DEMO_SLUG}$`));
    await context.close();
  });
});

test.describe("a browser with no choice kept", () => {
  for (const lang of ["hi", "en"] as const) {
    test(`gets its own language (${BROWSER_LOCALE[lang]})`, async ({ browser }) => {
      const context = await contextIn(browser, lang);
      const page = await context.newPage();
      await page.goto("/signin");
      expect(await htmlLang(page)).toBe(lang);
      await page.goto("/desk");
      await expect(page).toHaveURL(/\/signin/); // not signed in
      expect(await htmlLang(page)).toBe(lang);
      await page.goto(`/claims/${DEMO_SLUG}`);
      await expect(page).toHaveURL(new RegExp(`${pathIn(`/claims/${DEMO_SLUG}`, lang)}$`));
      expectSameHost(page);
      expect(await htmlLang(page)).toBe(lang);
      await page.goto("/");
      await expect(page).toHaveURL(
        new RegExp(`${lang === "en" ? "/en" : "127\\.0\\.0\\.1:\\d+/"}$`),
      );
      // Either language's address can be asked for by name, whatever the browser says.
      await page.goto(`/en/claims/${DEMO_SLUG}`);
      expect(await htmlLang(page)).toBe("en");
      await context.close();
    });
  }

  test("readers' pages name both their addresses", async ({ browser }) => {
    const context = await contextIn(browser, "hi");
    const page = await context.newPage();
    for (const p of [
      "/",
      `/claims/${DEMO_SLUG}`,
      "/articles/art_000",
      "/entities",
      "/corrections",
      "/search",
    ]) {
      for (const lang of ["hi", "en"] as const) {
        await page.goto(pathIn(p, lang));
        const alternates = await page
          .locator("head link[rel=alternate][hreflang]")
          .evaluateAll((links) =>
            Object.fromEntries(
              links.map((l) => [
                l.getAttribute("hreflang"),
                new URL(l.getAttribute("href") ?? "", location.href).pathname,
              ]),
            ),
          );
        expect.soft(alternates, `${pathIn(p, lang)}: hreflang links`).toEqual({
          hi: p,
          en: pathIn(p, "en"),
          "x-default": p,
        });
      }
    }
    await context.close();
  });
});

// ---------------------------------------------------------------------------------------------------
// Every page, both languages.

/** Every page route under app/ (route groups dropped). */
function pageRoutes(dir = "app", prefix = ""): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      const segment = /^\(.*\)$/.test(e.name) ? "" : `/${e.name}`;
      if (segment === "/api") continue;
      out.push(...pageRoutes(p, prefix + segment));
    } else if (/^page\.tsx?$/.test(e.name)) out.push(prefix || "/");
  }
  return out.sort();
}

const FIRST_ENTITY = "/entities/(first listed)";

/** The first entity page the readers' index links to, or null when no entity has one yet. */
async function firstEntityPage(page: Page): Promise<string | null> {
  await page.goto("/entities");
  const hrefs = await page
    .locator("main a[href*='/entities/']")
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const first = hrefs
    .map((h) => h.replace(/^\/en(?=\/)/, ""))
    .find((h) => /^\/entities\/[a-z0-9-]+$/.test(h));
  return first ?? null;
}

/** Sample addresses of each page, on the seed's data. `key`: screenshot it. */
const SAMPLES: Record<string, { path: string; shot?: string }[]> = {
  "/": [{ path: "/", shot: "home" }],
  "/claims/[slug]": [{ path: `/claims/${DEMO_SLUG}`, shot: "claim" }],
  "/articles/[id]": [{ path: "/articles/art_000" }],
  "/corrections": [{ path: "/corrections" }],
  "/entities": [{ path: "/entities", shot: "entities" }],
  // The seed's one published claim names nobody: the first entity the index lists, if any.
  "/entities/[slug]": [{ path: FIRST_ENTITY }],
  "/search": [{ path: "/search" }, { path: `/search?q=${encodeURIComponent("पुतिन")}` }],
  "/signin": [{ path: "/signin", shot: "signin" }],
  "/desk": [{ path: "/desk" }],
  "/desk/articles": [{ path: "/desk/articles" }],
  "/desk/articles/new": [{ path: "/desk/articles/new" }],
  "/desk/articles/[id]": [
    { path: "/desk/articles/art_002" },
    { path: "/desk/articles/art_001?furniture=show" },
  ],
  "/desk/articles/[id]/log": [{ path: "/desk/articles/art_001/log?start=100&end=160" }],
  "/desk/claims": [{ path: "/desk/claims" }],
  "/desk/claims/[id]": [{ path: `/desk/claims/${DEMO_CLAIM}`, shot: "desk-claim" }],
  "/desk/claims/[id]/merge": [{ path: `/desk/claims/${DEMO_CLAIM}/merge` }],
  "/desk/entities": [{ path: "/desk/entities", shot: "desk-entities" }],
  "/desk/entities/new": [{ path: "/desk/entities/new" }],
  "/desk/entities/[id]": [{ path: "/desk/entities/ent_putin" }],
  "/desk/entities/[id]/merge": [{ path: "/desk/entities/ent_bbc/merge?with=ent_nyt" }],
  "/desk/inbox": [{ path: "/desk/inbox" }],
  "/desk/orphans": [{ path: "/desk/orphans" }],
  "/desk/review": [{ path: "/desk/review", shot: "review-queue" }],
  "/desk/review/stale": [{ path: "/desk/review/stale" }],
  "/desk/search": [{ path: `/desk/search?q=${encodeURIComponent("किम")}&type=articles` }],
  "/desk/reports": [{ path: "/desk/reports" }, { path: `/desk/reports?claim=${DEMO_CLAIM}` }],
  "/desk/reports/print": [{ path: `/desk/reports/print?claim=${DEMO_CLAIM}` }],
  "/desk/reports/[kind]/[id]": [{ path: `/desk/reports/claim/${DEMO_CLAIM}` }],
};

type Tree = { readonly [key: string]: string | Tree };
function flatten(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) => {
    const key = prefix ? `${prefix}.${k}` : k;
    return typeof v === "string" ? [[key, v] as [string, string]] : flatten(v, key);
  });
}

/** The runs of literal text a message prints between its arguments ("Signed in as {name}" → ["Signed in as"]). */
function literalRuns(message: string): string[] {
  let elements: MessageFormatElement[];
  try {
    elements = parse(message, { requiresOtherClause: false });
  } catch {
    return [message];
  }
  const runs: string[] = [];
  const walk = (els: MessageFormatElement[]) => {
    let current = "";
    for (const el of els) {
      if (el.type === TYPE.literal) {
        current += el.value;
        continue;
      }
      runs.push(current);
      current = "";
      if (el.type === TYPE.plural || el.type === TYPE.select)
        for (const o of Object.values(el.options)) walk(o.value);
      if (el.type === TYPE.tag) walk(el.children);
    }
    runs.push(current);
  };
  walk(elements);
  return runs.map((r) => r.replace(/\s+/g, " ").trim()).filter(Boolean);
}

const hiMessages = flatten(CATALOGUE.hi as unknown as Tree);
const enMessages = flatten(CATALOGUE.en as unknown as Tree);
const hiRuns = new Set(hiMessages.flatMap(([, m]) => literalRuns(m)));
const enRuns = new Set(enMessages.flatMap(([, m]) => literalRuns(m)));
/** English interface strings: what must not show on a Hindi page outside content marked lang="en". */
const ENGLISH_STRINGS = [...enRuns].filter(
  (r) => r.length >= 4 && /[A-Za-z]{2}/.test(r) && !hiRuns.has(r),
);
/** Hindi interface strings: what must not show on an English page outside content marked lang="hi". */
const HINDI_STRINGS = [...hiRuns].filter(
  (r) => r.length >= 4 && /[\u0900-\u097F]/.test(r) && !enRuns.has(r),
);
const KEYS = hiMessages.map(([k]) => k);

/**
 * Links to readers' pages at the other language's address (an English page linking `/claims/x`, whose
 * reader would be sent back to Hindi): every link a page draws goes through LocalLink or pathIn. The
 * switch and the hreflang alternates are meant to name the other language, and are left out.
 */
async function strayLinks(page: Page, lang: Lang): Promise<string[]> {
  const base = new URL(test.info().project.use.baseURL as string);
  const hrefs = await page
    .locator("body a[href]:not([data-testid=language-switch]):not([hreflang])")
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  const stray = new Set<string>();
  for (const href of hrefs) {
    const u = new URL(href);
    if (u.host !== base.host && u.hostname !== "localhost") continue;
    const { lang: prefixed, path: unprefixed } = splitLangPrefix(u.pathname);
    if (!isReaderPath(unprefixed) || /\.[a-z]+$/.test(unprefixed)) continue; // desk, API, files
    if ((prefixed ?? "hi") !== lang) stray.add(u.pathname + u.search);
  }
  return [...stray];
}

type Row = {
  page: string;
  lang: Lang;
  status: number | null;
  htmlLang: string | null;
  scan?: Scan;
  axe: Record<string, { serious: string[]; moderate: number }>;
  /** Links from this page to a readers' page at the other language's address. */
  strayLinks?: string[];
};

const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  mobile: { width: 390, height: 844 },
} as const;

async function settle(page: Page) {
  await page.waitForLoadState("networkidle", { timeout: 5_000 }).catch(() => {});
}

async function sweep(browser: Browser, lang: Lang): Promise<Row[]> {
  const context: BrowserContext = await contextIn(browser, lang, { cookie: true });
  const page = await context.newPage();
  await page.setViewportSize(VIEWPORTS.desktop);
  const rows: Row[] = [];
  // Sign-in and readers' pages first, signed out; then the desk.
  const samples = Object.values(SAMPLES).flat();
  const desk = samples.filter((s) => s.path.startsWith("/desk"));
  const others = samples.filter((s) => !s.path.startsWith("/desk"));
  fs.mkdirSync(SHOTS, { recursive: true });
  const entity = await firstEntityPage(page);
  for (const [i, sample] of [...others, ...desk].entries()) {
    if (i === others.length) await signIn(page);
    if (sample.path === FIRST_ENTITY && !entity) {
      console.log(`${lang}: no entity page to check (no published claim names an entity yet)`);
      continue;
    }
    const url = pathIn(sample.path === FIRST_ENTITY ? (entity as string) : sample.path, lang);
    const row: Row = { page: url, lang, status: null, htmlLang: null, axe: {} };
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      await page.setViewportSize(viewport);
      const response = await page.goto(url);
      await settle(page);
      row.status = response?.status() ?? null;
      row.htmlLang = await htmlLang(page);
      if (name === "desktop") row.strayLinks = await strayLinks(page, lang);
      if (name === "desktop")
        row.scan = await page.evaluate(scanPage, {
          lang,
          strings: lang === "hi" ? ENGLISH_STRINGS : HINDI_STRINGS,
          keys: KEYS,
        });
      const axe = await new AxeBuilder({ page }).analyze();
      row.axe[name] = {
        serious: axe.violations
          .filter((v) => v.impact === "serious" || v.impact === "critical")
          .map((v) => `${v.impact} ${v.id} ×${v.nodes.length}: ${v.nodes[0]?.target.join(" ")}`),
        moderate: axe.violations.filter((v) => v.impact === "moderate" || v.impact === "minor")
          .length,
      };
      if (sample.shot)
        await page.screenshot({ path: path.join(SHOTS, `${sample.shot}-${lang}-${name}.png`) });
    }
    rows.push(row);
  }
  await context.close();
  return rows;
}

function printTable(rows: Row[]) {
  const lines = rows.map((r) => {
    const s = r.scan;
    const cols = [
      r.lang,
      String(r.status),
      r.htmlLang === r.lang ? "ok" : `lang=${r.htmlLang}`,
      `other-lang ${s?.otherLanguage.length ?? "?"}`,
      `keys ${s?.keys.length ?? "?"}`,
      `unmarked ${s?.unmarked.length ?? "?"}`,
      `stray links ${r.strayLinks?.length ?? "?"}`,
      `axe desk ${r.axe.desktop?.serious.length ?? "?"} / phone ${r.axe.mobile?.serious.length ?? "?"}`,
    ];
    return `${r.page.padEnd(58)} ${cols.join(" | ")}`;
  });
  console.log(`\n${lines.join("\n")}\n`);
}

test.describe("every page, in each language", () => {
  for (const lang of ["hi", "en"] as const) {
    test(`${lang}: one language, the catalogue's words, no serious axe violation`, {
      tag: WHOLE_APP,
    }, async ({ browser }) => {
      test.setTimeout(900_000);
      const unsampled = pageRoutes().filter((r) => !SAMPLES[r]);
      expect(unsampled, "pages with no sample address in i18n.spec.ts").toEqual([]);
      const rows = await sweep(browser, lang);
      printTable(rows);
      fs.mkdirSync("test-results", { recursive: true });
      fs.writeFileSync(`test-results/i18n-report-${lang}.json`, JSON.stringify(rows, null, 2));
      for (const r of rows) {
        expect.soft(r.status, `${r.page}: status`).toBeLessThan(400);
        expect.soft(r.htmlLang, `${r.page}: <html lang>`).toBe(lang);
        if (isReaderPath(splitLangPrefix(r.page.split("?")[0]).path))
          expect.soft(r.strayLinks, `${r.page}: links to the other language's pages`).toEqual([]);
        expect
          .soft(r.scan?.otherLanguage, `${r.page}: interface strings in the other language`)
          .toEqual([]);
        expect
          .soft(r.scan?.keys, `${r.page}: catalogue keys shown instead of messages`)
          .toEqual([]);
        for (const [vp, a] of Object.entries(r.axe))
          expect.soft(a.serious, `${r.page} (${vp}): serious/critical axe violations`).toEqual([]);
      }
    });
  }
});
