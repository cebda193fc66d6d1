import { expect, test } from "@playwright/test";
import { EDITOR_A, EDITOR_B, selectInArticle, signedInPage } from "./helpers";

const QUOTE = "रूस नॉर्थ कोरिया से ऑर्टिलरी शेल्स और एंटी टैंक मिसाइल चाहता है";

test("a draft claim is 404 for readers, and two editors saving the same claim get a conflict, not a silent overwrite", async ({
  browser,
}) => {
  const asha = await signedInPage(browser, EDITOR_A);
  await asha.goto("/desk/articles/art_000");
  await selectInArticle(asha, QUOTE);
  await asha.getByTestId("log-claim").click();
  await asha
    .getByLabel(/In English/)
    .fill("Russia wants artillery shells and anti-tank missiles from North Korea");
  const speaker = asha.getByTestId("speaker");
  await speaker.getByRole("combobox").fill("न्यूयॉर्क");
  await speaker.getByRole("option").filter({ hasText: "न्यूयॉर्क टाइम्स" }).click();
  await asha.getByRole("button", { name: /Log claim/ }).click();
  await expect(asha).toHaveURL(/\/desk\/claims\//);
  const claimPath = new URL(asha.url()).pathname;
  const slugPath = (await asha.getByTestId("claim-slug").textContent())!.trim();

  // Readers: no page, no API record, no highlight.
  const reader = await (await browser.newContext()).newPage();
  expect((await reader.goto(slugPath))!.status()).toBe(404);
  await expect(reader.getByText("Page not found")).toBeVisible();
  expect((await reader.request.get(`/api/v1${slugPath}`)).status()).toBe(404);
  const list = await (await reader.request.get("/api/v1/claims")).json();
  expect(JSON.stringify(list)).not.toContain("anti-tank");
  await reader.goto("/articles/art_000");
  await expect(reader.locator("mark.claim", { hasText: "एंटी टैंक" })).toHaveCount(0);
  expect(
    (
      await reader.request.get(
        `/api/reports?claim=${claimPath.split("/").pop()}&format=json&drafts=1`,
      )
    ).status(),
  ).toBe(401);

  // Both editors open the wording editor on the same version.
  const ravi = await signedInPage(browser, EDITOR_B);
  await ravi.goto(claimPath);
  await asha.getByRole("button", { name: "Edit wording" }).click();
  await ravi.getByRole("button", { name: "Edit wording" }).click();
  await asha.getByTestId("claim-wording-form").getByLabel("Topic").fill("arms");
  await asha.getByRole("button", { name: "Save wording" }).click();
  await expect(asha.getByTestId("claim-wording-form")).toHaveCount(0);

  const raviForm = ravi.getByTestId("claim-wording-form");
  await raviForm.getByLabel("Topic").fill("weapons trade");
  await ravi.getByRole("button", { name: "Save wording" }).click();
  await expect(ravi.getByTestId("form-error")).toContainText("Another editor changed this claim");
  await expect(raviForm.getByLabel("Topic")).toHaveValue("weapons trade"); // Ravi's text is kept for him to reconcile
  await ravi.screenshot({ path: "test-results/screenshots/conflict.png", fullPage: true });
});
