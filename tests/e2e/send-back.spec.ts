import { expect, test } from "@playwright/test";
import { addSource, EDITOR_A, EDITOR_B, selectInArticle, signedInPage } from "./helpers";

const QUOTE = "दुनिया की सबसे मजबूत सेना बन गई है";

test("a claim relayed through two outlets, one of them new; the reviewer sends the verdict back with a comment", async ({
  browser,
}) => {
  const asha = await signedInPage(browser, EDITOR_A);
  await asha.goto("/desk/articles/art_003");
  await selectInArticle(asha, QUOTE);
  await asha.getByTestId("log-claim").click();
  await asha
    .getByLabel(/checkable statement/)
    .fill("उत्तर कोरिया की सेना दुनिया की सबसे मजबूत सेना बन गई है।");

  // Speaker: found by a Hindi alias.
  await asha.getByTestId("speaker").getByRole("combobox").fill("शोइगु");
  await asha.getByTestId("speaker").getByRole("option").filter({ hasText: "सर्गेई शोइगु" }).click();
  // Relay 1: KCNA, found by its Hindi abbreviation.
  await asha.getByRole("button", { name: "+ Add a relay" }).click();
  await asha.getByTestId("relay-0").getByRole("combobox").fill("केसीएनए");
  await asha
    .getByTestId("relay-0")
    .getByRole("option")
    .filter({ hasText: "Korean Central News Agency" })
    .click();
  await asha.getByTestId("relay-0-cue").fill("केसीएनए ने बताया");
  // Relay 2: an agency Pramaan does not know yet, added to the registry from the picker.
  await asha.getByRole("button", { name: "+ Add a relay" }).click();
  const relay2 = asha.getByTestId("relay-1");
  await relay2.getByRole("combobox").fill("अज्ञात समाचार एजेंसी");
  await relay2.getByRole("option", { name: /Add “अज्ञात समाचार एजेंसी” to the registry/ }).click();
  const add = asha.getByTestId("relay-1-add");
  await add.getByLabel("Kind").selectOption("NEWS_AGENCY");
  await add.getByLabel("Short description").fill("an agency named only in this test");
  await add.getByRole("button", { name: "Add to registry" }).click();
  await expect(asha.getByTestId("relay-1-chosen")).toContainText("अज्ञात समाचार एजेंसी");
  await asha.getByRole("button", { name: /Log claim/ }).click();

  await expect(asha).toHaveURL(/\/desk\/claims\//);
  const claimPath = new URL(asha.url()).pathname;
  const chain = asha.getByTestId("attribution-chain");
  // Names in the page's language (English here); a name typed in Hindi only stays Hindi.
  await expect(chain).toContainText("Sergei Shoigu");
  await expect(chain).toContainText("Korean Central News Agency");
  await expect(chain).toContainText("अज्ञात समाचार एजेंसी");
  await expect(chain).toContainText("Jagran"); // the article's outlet closes the chain

  await addSource(asha, {
    url: "https://example.org/kcna/2023-07-27-shoigu",
    title: "KCNA report of Shoigu's reception, 27 July 2023",
    stance: "CONTEXT",
  });

  // A too-short rationale is refused and the rest of the draft stays as typed.
  const verdict = asha.getByTestId("verdict-form");
  await verdict.getByLabel(/Rating/).selectOption({ label: "Unverifiable" });
  await verdict
    .getByLabel(/One-line summary \(Hindi\)/)
    .fill("यह बयान केवल उत्तर कोरियाई सरकारी मीडिया में छपा; रूसी मीडिया ने इसे नहीं दोहराया।");
  await verdict.getByLabel(/Rationale/).fill("बहुत छोटा");
  await verdict.getByRole("button", { name: "Save draft" }).click();
  await expect(verdict.getByText(/Explain the rating/)).toBeVisible();
  await expect(verdict.getByLabel(/One-line summary \(Hindi\)/)).toHaveValue(
    /केवल उत्तर कोरियाई सरकारी मीडिया/,
  );
  await verdict
    .getByLabel(/Rationale/)
    .fill(
      "केसीएनए के अनुसार शोइगु ने यह कहा, पर रूसी मीडिया की रिपोर्टों में यह टिप्पणी नहीं मिलती; स्वतंत्र पुष्टि उपलब्ध नहीं है।",
    );
  await verdict.getByRole("button", { name: /Submit for review/ }).click();
  await expect(asha.getByTestId("claim-status")).toHaveText("In review");

  const ravi = await signedInPage(browser, EDITOR_B);
  await ravi.goto(claimPath);
  const panel = ravi.getByTestId("review-panel");
  await panel.getByRole("button", { name: "Send back to the author" }).click();
  await expect(panel.getByText(/Tell the author what to change/)).toBeVisible();
  await panel
    .getByLabel(/send it back with a comment/)
    .fill("रूसी रक्षा मंत्रालय का बयान भी स्रोत के रूप में जोड़ें।");
  await panel.getByRole("button", { name: "Send back to the author" }).click();
  await expect(ravi.getByTestId("claim-status")).toHaveText("Sent back");

  await asha.reload();
  await expect(asha.getByTestId("review-comment")).toContainText(
    "रूसी रक्षा मंत्रालय का बयान भी स्रोत के रूप में जोड़ें।",
  );
  await expect(asha.getByTestId("verdict-form").getByLabel(/Rating/)).toHaveValue(
    "rating_unverifiable",
  ); // the draft is intact
  await asha.screenshot({ path: "test-results/screenshots/sent-back.png", fullPage: true });
});
