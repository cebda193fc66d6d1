import { type Browser, type BrowserContext, expect, type Page } from "@playwright/test";

export const EDITOR_A = { email: "asha@pramaan.test", name: "Asha Verma" };
export const EDITOR_B = { email: "ravi@pramaan.test", name: "Ravi Kumar" };
export const DEMO_PASSWORD = "pramaan-demo";

/**
 * Tag for a test that asserts on state every other test can change: a front-cache HIT on a page
 * that any write to its article purges, or files on the server's disk. playwright.config.ts runs
 * these in a project of their own, one at a time, after the parallel ones.
 */
export const WHOLE_APP = "@whole-app";

// Signing in through the form costs a page, an argon2 check and a redirect, and the form is tested
// on its own (sign-in.spec.ts). So each worker (a process of its own) signs each demo editor in
// once and gives every later test a new browser context holding that session's cookies: still a
// context of the test's own, so nothing a test does to its cookies reaches another test.
const sessions = new Map<string, Awaited<ReturnType<BrowserContext["storageState"]>>>();

/**
 * A page on /desk/articles, signed in as `who` (a demo editor). `fresh`: through the form, with a
 * session no other test shares, for a test that ends it (signing out).
 */
export async function signedInPage(
  browser: Browser,
  who: { email: string; name: string },
  { fresh = false }: { fresh?: boolean } = {},
): Promise<Page> {
  const saved = fresh ? undefined : sessions.get(who.email);
  const context = await browser.newContext(saved ? { storageState: saved } : {});
  const page = await context.newPage();
  if (saved) {
    await page.goto("/desk/articles");
  } else {
    await page.goto("/signin?callbackUrl=/desk/articles");
    await fillSignInForm(page, who.email);
  }
  await expect(page.getByTestId("signed-in-as")).toHaveText(who.name);
  if (!saved && !fresh) sessions.set(who.email, await context.storageState());
  return page;
}

/**
 * Fills and sends the sign-in form by its fields' names, not their labels: the same in Hindi and
 * English (issue 19), so a spec can sign in in either language.
 */
export async function fillSignInForm(page: Page, email: string, password = DEMO_PASSWORD) {
  const form = page.locator("form:has(input[name=password])");
  await form.locator("input[name=email]").fill(email);
  await form.locator("input[name=password]").fill(password);
  await form.locator("button[type=submit]").click();
}

/** Selects `quote` inside the article text, as a reader dragging over it would. */
export async function selectInArticle(page: Page, quote: string): Promise<void> {
  await expect(page.locator("[data-selection-ready=true]")).toBeVisible(); // hydrated: selections are heard
  await page.evaluate((q) => {
    const root = document.querySelector("[data-testid=article-body]")!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: { node: Text; start: number }[] = [];
    let text = "";
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      nodes.push({ node, start: text.length });
      text += node.data;
    }
    const start = text.indexOf(q);
    if (start < 0) throw new Error(`quote not in article: ${q}`);
    const locate = (offset: number): [Text, number] => {
      const n = nodes.find((x) => offset <= x.start + x.node.data.length)!;
      return [n.node, offset - n.start];
    };
    const range = document.createRange();
    range.setStart(...locate(start));
    range.setEnd(...locate(start + q.length));
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, quote);
}

/**
 * `length` characters of one line of the article text, from an occurrence of `word` that no logged
 * claim covers yet: words already logged open that claim instead of the log form, and the specs
 * share a database.
 */
export async function unloggedSlice(page: Page, word: string, length: number): Promise<string> {
  await expect(page.getByTestId("article-body")).toBeVisible();
  return page.evaluate(
    ([w, n]) => {
      const root = document.querySelector("[data-testid=article-body]")!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let text = "";
      const logged: [number, number][] = [];
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        if (node.parentElement?.closest("mark.claim"))
          logged.push([text.length, text.length + node.data.length]);
        text += node.data;
      }
      for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
        const end = at + n;
        // Within one line: a selection across a line break asks for confirmation before logging.
        const oneLine = !text.slice(at, end).includes("\n");
        // selectInArticle selects the first place the words occur: a slice whose words occur
        // earlier too ("कोरियाई मीडिया ने कहा कि" twice in art_003) would select those, logged or not.
        const first = text.indexOf(text.slice(at, end)) === at;
        const clear = ([s, e]: [number, number]) => e <= at || s >= end;
        if (end <= text.length && oneLine && first && logged.every(clear))
          return text.slice(at, end);
      }
      throw new Error(`no unlogged "${w}" left in the article`);
    },
    [word, length] as const,
  );
}

/** The font families Chromium actually used to draw the text of the first element matching selector. */
export async function renderedFonts(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
  const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
  return fonts.map((f) => f.familyName);
}

/** Fills and submits the "Add a source" form on a desk claim page, and waits for the source to be listed. */
export async function addSource(
  page: Page,
  source: {
    url: string;
    title: string;
    stance: "SUPPORTS" | "CONTRADICTS" | "CONTEXT";
    publisher?: string;
    quote?: string;
  },
) {
  const form = page.getByTestId("evidence-form");
  await form.getByLabel("Address (URL)").fill(source.url);
  await form.getByLabel("Title").fill(source.title);
  if (source.publisher) await form.getByLabel("Publisher").fill(source.publisher);
  await form.getByLabel(/What it shows/).selectOption(source.stance);
  if (source.quote) await form.getByLabel(/Pinpoint quote/).fill(source.quote);
  await form.getByRole("button", { name: "Add source" }).click();
  await expect(page.getByTestId("sources")).toContainText(source.title);
}

/**
 * A fact check of one's own, published through the review loop as two editors do it: Asha logs words
 * of art_003 no other test has logged (a drag that starts on a logged claim selects nothing), cites a
 * source, rates it "True" and submits; Ravi approves and publishes. For tests that then correct or
 * retract it without touching anyone else's data.
 */
export async function publishOwnClaim(
  browser: Browser,
  // `word`: where in art_003 the words start; tests that run many times (`--repeat-each`) each
  // take a different word, so that one does not use up the other's unlogged text.
  claim: { text: string; sourceUrl: string; word?: string },
): Promise<{ asha: Page; ravi: Page; claimPath: string; publicPath: string }> {
  const asha = await signedInPage(browser, EDITOR_A);
  await asha.goto("/desk/articles/art_003");
  await selectInArticle(asha, (await unloggedSlice(asha, claim.word ?? "किम", 40)).trim());
  await asha.getByTestId("log-claim").click();
  await asha.getByLabel(/checkable statement/).fill(claim.text);
  await asha.getByLabel(/The article itself/).check();
  await asha.getByRole("button", { name: /Log claim/ }).click();
  await expect(asha).toHaveURL(/\/desk\/claims\//);
  const claimPath = new URL(asha.url()).pathname;
  const publicPath = ((await asha.getByTestId("claim-slug").textContent()) ?? "").trim();
  await addSource(asha, {
    url: claim.sourceUrl,
    title: "Source later found wrong",
    stance: "SUPPORTS",
  });
  const verdict = asha.getByTestId("verdict-form");
  await verdict.getByLabel(/^Rating/).selectOption({ label: "True" });
  await verdict.getByLabel(/One-line summary \(Hindi\)/).fill("यह दावा सही है, ऐसा स्रोत बताता है।");
  await verdict
    .getByLabel(/Rationale/)
    .fill("स्रोत के अनुसार यह बात सही है; बाद में पता चला कि स्रोत ही गलत था। यह परीक्षण का पाठ है।");
  await verdict.getByRole("button", { name: /Submit for review/ }).click();
  await expect(asha.getByTestId("awaiting-review")).toBeVisible();
  const ravi = await signedInPage(browser, EDITOR_B);
  await ravi.goto(claimPath);
  await ravi.getByRole("button", { name: /Approve and publish/ }).click();
  await ravi.getByRole("button", { name: /Publish now/ }).click();
  await expect(ravi.getByTestId("claim-status")).toHaveText("Published");
  return { asha, ravi, claimPath, publicPath };
}
