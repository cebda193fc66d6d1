import { expect, test } from "@playwright/test";
import { addSource, EDITOR_A, EDITOR_B, selectInArticle, signedInPage } from "./helpers";

const URL_ = "https://example.org/tass/shoigu-pyongyang-2023";

async function logClaim(page: import("@playwright/test").Page, quote: string, textHi: string) {
  await page.goto("/desk/articles/art_003");
  await selectInArticle(page, quote);
  await page.getByTestId("log-claim").click();
  await page.getByLabel(/checkable statement/).fill(textHi);
  await page.getByLabel(/The article itself/).check();
  await page.getByRole("button", { name: /Log claim/ }).click();
  await expect(page).toHaveURL(/\/desk\/claims\//);
}

test("a source already in the library with other details is a choice for the editor, not a silent drop", async ({
  browser,
}) => {
  const asha = await signedInPage(browser, EDITOR_A);
  await asha.goto("/desk/articles/art_003");
  const text = (await asha.getByTestId("article-body").textContent())!;
  const quoteA = text.slice(text.indexOf("शोइगु"), text.indexOf("शोइगु") + 30).trim();
  await logClaim(asha, quoteA, "शोइगु की उत्तर कोरिया यात्रा का दावा, स्रोत पुस्तकालय की जांच");
  await addSource(asha, {
    url: URL_,
    title: "TASS: Shoigu in Pyongyang",
    publisher: "TASS",
    stance: "CONTEXT",
  });

  const ravi = await signedInPage(browser, EDITOR_B);
  const later = text.lastIndexOf("किम");
  await logClaim(
    ravi,
    text.slice(later, later + 25).trim(),
    "किम और शोइगु की मुलाकात का दूसरा दावा, वही स्रोत",
  );
  const form = ravi.getByTestId("evidence-form");
  await form.getByLabel("Address (URL)").fill(URL_);
  await form.getByLabel("Title").fill("Shoigu arrives in Pyongyang for the armistice anniversary");
  await form.getByLabel("Publisher").fill("TASS");
  await form.getByLabel(/What it shows/).selectOption("SUPPORTS");
  await form.getByRole("button", { name: "Add source" }).click();

  const conflict = ravi.getByTestId("library-conflict");
  await expect(conflict).toContainText("TASS: Shoigu in Pyongyang");
  await expect(conflict).toContainText("Shoigu arrives in Pyongyang for the armistice anniversary");
  await expect(form.getByLabel("Title")).toHaveValue(
    "Shoigu arrives in Pyongyang for the armistice anniversary",
  );
  await ravi.screenshot({
    path: "test-results/screenshots/source-library-conflict.png",
    fullPage: true,
  });

  await conflict.getByRole("button", { name: "Correct the library's record to mine" }).click();
  await expect(ravi.getByTestId("sources")).toContainText(
    "Shoigu arrives in Pyongyang for the armistice anniversary",
  );
  await expect(ravi.getByTestId("audit-trail")).toContainText(
    "Ravi Kumar corrected a source's library record: ‘Shoigu arrives in Pyongyang",
  );

  // Asha's claim cites the same record: she sees the correction, and who made it.
  await asha.reload();
  await expect(asha.getByTestId("sources")).toContainText(
    "Shoigu arrives in Pyongyang for the armistice anniversary",
  );
  await expect(asha.getByTestId("audit-trail")).toContainText(
    "Ravi Kumar corrected a source's library record",
  );
  await asha.context().close();
  await ravi.context().close();
});
