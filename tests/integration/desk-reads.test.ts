// Every read of non-public data asks for the signed-in editor itself. This test discovers the data
// loaders from the file system (lib/**/data.ts and the dossier module), calls each one with no
// session, and expects a redirect to sign-in before any data comes back. A new loader is covered
// without anyone remembering to add it; a loader meant for readers must be named in PUBLIC below.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeClaim, makeUser, signIn } from "../support/fixtures";

// Reader-side loaders: they return published material only (tests/integration/reader-visibility).
const PUBLIC = new Set([
  "lib/article/data.ts#getPublicArticle",
  "lib/claim/dossier.ts#getPublishedDossier",
  "lib/claim/dossier.ts#listPublishedDossiers",
  "lib/claim/dossier.ts#publishedDossierBatch",
  "lib/rating/data.ts#listRatings", // the rating scale is printed on every public verdict
  "lib/public/data.ts#listLatestPublished",
  "lib/public/data.ts#getPublishedClaim",
  "lib/public/data.ts#getPublishedArticle",
  // When an article's text changed (revision number and date): what readers are told on verdict pages.
  "lib/article/data.ts#listArticleChanges",
  "lib/public/data.ts#listPublicArticleChanges",
  // Published claims only (lib/public/entity-data.ts): the public entity page.
  "lib/public/data.ts#getPublicEntity",
  // Approved corrections only, of published claims (tests/integration/corrections.test.ts).
  "lib/correction/data.ts#listPublishedCorrections",
  // Published claims only (tests/integration/search.test.ts, "readers' search").
  "lib/search/data.ts#searchPublished",
  // The same published-only search, run for the results, the names above them and the other tabs.
  "lib/search/data.ts#searchForReaders",
]);

function loaderFiles(dir = "lib"): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" ? [] : loaderFiles(p);
    return e.name === "data.ts" || e.name === "dossier.ts" ? [p] : [];
  });
}

let claimId: string;
beforeAll(async () => {
  const editor = await makeUser();
  ({ claimId } = await makeClaim(editor, "इससे पहले किम जोंग ने स्पेस सेंटर में लॉन्च फेसेलिटी का जायजा लिया"));
  signIn(null);
});
afterAll(() => signIn(null));

describe("desk reads without a session", () => {
  const files = loaderFiles();

  it("finds the loaders", () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
  });

  for (const file of files) {
    it(`${file}: every non-public export redirects to sign-in and returns nothing`, async () => {
      const mod = (await import(/* @vite-ignore */ `@/${file}`)) as Record<string, unknown>;
      const loaders = Object.entries(mod).filter(
        ([name, v]) => typeof v === "function" && !PUBLIC.has(`${file}#${name}`),
      );
      for (const [name, fn] of loaders) {
        // Plausible arguments: a real claim id, an article id, a claim-shaped object.
        const args = [claimId, { id: claimId, mentions: [], evidence: [] }];
        const outcome = await (fn as (...a: unknown[]) => Promise<unknown>)(...args).then(
          (data) => ({ data }),
          (error: Error & { digest?: string }) => ({ error }),
        );
        expect("error" in outcome, `${file}#${name} returned data to an anonymous caller`).toBe(
          true,
        );
        if ("error" in outcome)
          expect(outcome.error.digest ?? outcome.error.message, `${file}#${name}`).toMatch(
            /NEXT_REDIRECT.*\/signin/,
          );
      }
    });
  }

  it("with a session the same loaders answer (the check is about who asks, not a broken loader)", async () => {
    signIn(await makeUser());
    const { getClaimDossier } = await import("@/lib/claim/dossier");
    expect((await getClaimDossier(claimId))?.id).toBe(claimId);
    expect(await getClaimDossier("bad\u0000id")).toBeNull(); // a malformed id is "not found", not a 500
    signIn(null);
  });
});
