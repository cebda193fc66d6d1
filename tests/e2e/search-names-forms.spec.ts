// Readers' search, as a reader uses it (issue 17, item 9): a published fact check written with
// "गोलों" and "अधिकारियों" is found by "गोले" and "अधिकारी", the word marked in the claim's own
// spelling; a name shows the outlet's page above the fact checks; a tab with nothing says which
// tabs found the words. Screenshots to SHOTS_DIR when set (desktop and a 390 px phone).
import { expect, type Page, test } from "@playwright/test";
import { publishOwnClaim } from "./helpers";

const tag = `खोज${Math.random().toString(36).slice(2, 7)}`;
const shots = process.env.SHOTS_DIR;
const shot = async (page: Page, name: string) => {
  if (shots) await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
};

test("readers find word forms and names", async ({ browser }) => {
  // Asha logs words of art_003 (a Jagran article), Ravi publishes: Jagran now has a public page.
  await publishOwnClaim(browser, {
    text: `${tag} रक्षा अधिकारियों के मुताबिक सेना के पास तोप के गोलों की कमी है`,
    sourceUrl: `https://example.org/${tag}`,
  });
  const reader = await browser.newPage();

  await reader.goto(`/search?q=${encodeURIComponent(`${tag} गोले`)}`);
  const results = reader.getByTestId("search-results").locator("li");
  await expect(results).toHaveCount(1);
  await expect(results.locator("mark")).toContainText(["गोलों"]);
  await shot(reader, "forms-desktop");

  await reader.goto(`/search?q=${encodeURIComponent(`${tag} अधिकारी`)}`);
  await expect(results).toHaveCount(1);
  await expect(results.locator("mark")).toContainText(["अधिकारियों"]);

  // A name: its page first, above the fact checks; then the tab with nothing points to it.
  await reader.goto("/search?q=Jagran");
  const names = reader.getByTestId("search-names");
  // The browser reads English: readers' links keep the /en address.
  await expect(names.getByRole("link", { name: /जागरण/ })).toHaveAttribute(
    "href",
    "/en/entities/jagran",
  );
  await expect(reader.getByTestId("search-empty")).toContainText(/Nothing found in .?Fact checks/i);
  await shot(reader, "names-desktop");
  await reader.setViewportSize({ width: 390, height: 844 });
  await shot(reader, "names-mobile");

  await reader.goto("/search?q=Jagran&type=mentions");
  const empty = reader.getByTestId("search-empty");
  await expect(empty).toContainText("Found in");
  await empty.getByRole("link", { name: /Names/ }).click();
  await expect(reader).toHaveURL(/type=entities/);
  await expect(reader.getByTestId("search-results").getByRole("link")).toHaveAttribute(
    "href",
    "/en/entities/jagran",
  );
  await reader.goBack();
  await shot(reader, "elsewhere-mobile");
});
