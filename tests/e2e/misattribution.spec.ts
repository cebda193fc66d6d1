// An editor records where a claim really came from, using only the keyboard in the verdict form's
// "who it really came from" section; a second editor publishes; readers see the notice under the
// appearance, the verified originator near the verdict, and ClaimReview names the originator.
import { expect, test } from "@playwright/test";
import {
  addSource,
  EDITOR_A,
  EDITOR_B,
  selectInArticle,
  signedInPage,
  unloggedSlice,
} from "./helpers";

const SUMMARY = "यह बात लेख की अपनी नहीं, केसीएनए की रिपोर्ट से आई थी।";

test("the origin section filled with the keyboard reaches the public page and its JSON-LD", async ({
  browser,
}) => {
  const asha = await signedInPage(browser, EDITOR_A);
  await asha.goto("/desk/articles/art_002");
  const quote = await unloggedSlice(asha, "ट्रेन", 40);
  await selectInArticle(asha, quote);
  await asha.getByTestId("log-claim").click();
  await asha.getByLabel(/checkable statement/).fill(`${quote} (मूल स्रोत परीक्षण)`);
  await asha.getByLabel("The article itself (no one named)").check();
  await asha.getByRole("button", { name: /Log claim/ }).click();
  await expect(asha).toHaveURL(/\/desk\/claims\//);
  const claimPath = new URL(asha.url()).pathname;
  await addSource(asha, {
    url: "https://example.org/misattribution/kcna-dispatch",
    title: "KCNA's original dispatch",
    stance: "CONTEXT",
  });

  const form = asha.getByTestId("verdict-form");
  await form.getByLabel(/Rating/).selectOption("rating_misleading");
  await form.getByLabel(/One-line summary \(Hindi\)/).fill(SUMMARY);
  await form
    .getByLabel(/Rationale/)
    .fill("केसीएनए की मूल रिपोर्ट में यही बात एक दिन पहले छपी थी; लेख ने स्रोत नहीं बताया। परीक्षण।");

  // Keyboard only from here: type, arrow, Enter picks (and neither saves nor creates), Tab on.
  const combo = form.getByRole("combobox", { name: /Verified originator/ });
  await combo.focus();
  await asha.keyboard.type("KCNA");
  const listbox = form.getByRole("listbox");
  await expect(listbox.getByRole("option").first()).toContainText("Korean Central News Agency");
  // Escape closes the suggestions; an arrow opens them again.
  await asha.keyboard.press("Escape");
  await expect(listbox).toHaveCount(0);
  await expect(combo).toHaveAttribute("aria-expanded", "false");
  await asha.keyboard.press("ArrowDown");
  await expect(listbox).toBeVisible();
  await asha.keyboard.press("ArrowDown");
  await asha.keyboard.press("ArrowUp");
  await expect(combo).toHaveAttribute("aria-activedescendant", /opt-0$/);
  await asha.keyboard.press("Enter");
  await expect(form.getByTestId("originator-chosen")).toContainText("Korean Central News Agency");
  await expect(form.getByText("Saved.")).toHaveCount(0);
  // The article's own voice names nobody else: not pre-ticked.
  const tick = form.getByRole("checkbox", { name: /attributes it wrongly/ });
  await expect(tick).not.toBeChecked();

  // Saved without the source that shows it: refused, and everything typed stays in the form.
  await form.getByRole("button", { name: "Save draft" }).click();
  await expect(
    form.getByText("Choose the source that shows where it really came from"),
  ).toBeVisible();
  await expect(form.getByTestId("originator-chosen")).toContainText("Korean Central News Agency");
  await expect(form.getByLabel(/One-line summary \(Hindi\)/)).toHaveValue(SUMMARY);

  await form.getByRole("button", { name: /change Verified originator/ }).focus();
  await asha.keyboard.press("Tab");
  await expect(form.getByLabel(/The source that shows it/)).toBeFocused();
  await asha.keyboard.press("ArrowDown");
  await expect(form.getByLabel(/The source that shows it/)).toHaveValue(/.+/);
  await asha.keyboard.press("Tab");
  await asha.keyboard.type("केसीएनए ने यह एक दिन पहले कहा था");
  await asha.keyboard.press("Tab");
  await expect(tick).toBeFocused();
  await asha.keyboard.press("Space");
  await expect(tick).toBeChecked();
  await asha.screenshot({ path: "test-results/screenshots/originator-fields.png", fullPage: true });

  await form.getByRole("button", { name: /Submit for review/ }).click();
  await expect(asha.getByTestId("claim-status")).toHaveText("In review");
  await expect(asha.getByTestId("verified-originator")).toContainText("Korean Central News Agency");

  const ravi = await signedInPage(browser, EDITOR_B);
  await ravi.goto(claimPath);
  await ravi.getByRole("button", { name: /Approve and publish/ }).click();
  await ravi.getByRole("button", { name: /Publish now/ }).click();
  await expect(ravi.getByTestId("claim-status")).toHaveText("Published");
  const slug = (await ravi.getByTestId("claim-slug").textContent()) ?? "";

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(slug);
  const note = reader.getByTestId("misattribution-note");
  await expect(note).toContainText("The article states this in its own voice");
  await expect(note).toContainText("the evidence shows it came from Korean Central News Agency");
  await expect(reader.getByTestId("verified-originator")).toContainText("एक दिन पहले");
  await note.getByRole("link").click();
  await expect(reader).toHaveURL(/#source-/);
  const ld = JSON.parse(
    (await reader.locator('script[type="application/ld+json"]').textContent()) ?? "{}",
  );
  expect(ld.itemReviewed.author).toMatchObject({
    "@type": "Organization",
    name: "कोरियन सेंट्रल न्यूज एजेंसी",
  });
  await reader.screenshot({
    path: "test-results/screenshots/misattribution-public.png",
    fullPage: true,
  });
});
