// Issue 16 item 6: anyone who changed what a fact check says (its wording, an appearance's chain,
// its sources, the verdict) is one of its writers: they cannot approve it, and the credit names them.
// Before, only the verdict's own writers counted, so a reviewer who had rewritten the claim and
// added a source could publish it, credited to the author alone.
import { beforeAll, describe, expect, it } from "vitest";
import { updateClaimAction } from "@/lib/claim/actions";
import { getClaimDossier, getPublishedDossier } from "@/lib/claim/dossier";
import { editAttributionAction } from "@/lib/claim/mention-actions";
import { db } from "@/lib/db";
import { claimCredits } from "@/lib/history/credits";
import { addEvidenceAction, removeEvidenceAction } from "@/lib/source/actions";
import type { SessionUser } from "@/lib/user/session-user";
import {
  publishVerdictAction,
  saveVerdictDraftAction,
  submitVerdictAction,
} from "@/lib/verdict/actions";
import { makeClaim, makeUser, realQuote, scratchArticle, signIn } from "../support/fixtures";

const ok = <T>(r: { ok: true; data: T } | { ok: false }) => {
  expect(r).toMatchObject({ ok: true });
  return (r as { data: T }).data;
};

let author: SessionUser;
let outsider: SessionUser;
beforeAll(async () => {
  [author, outsider] = await Promise.all([makeUser(), makeUser()]);
});

/** A claim by `author` with a source and a submitted verdict; `meddle` runs (as `editor`) before. */
async function submittedClaim(
  n: number,
  editor: SessionUser,
  meddle: (claimId: string, editor: SessionUser) => Promise<void>,
) {
  const articleId = await scratchArticle("art_002");
  const { claimId } = await makeClaim(author, await realQuote(articleId, n), articleId);
  signIn(author);
  ok(
    await addEvidenceAction({
      claimId,
      url: `https://example.org/contributors/${claimId}`,
      title: "The author's source",
      stance: "CONTRADICTS",
    }),
  );
  const { verdictId, version } = ok(
    await saveVerdictDraftAction({
      claimId,
      ratingId: "rating_true",
      summaryHi: "परीक्षण के लिए लिखा गया सार।",
      rationale: "यह परीक्षण के लिए लिखा गया तर्क है, जो योगदानकर्ताओं की जांच करता है।",
    }),
  );
  signIn(editor);
  await meddle(claimId, editor);
  signIn(author);
  ok(await submitVerdictAction({ verdictId, version }));
  return { claimId, verdictId, version: version + 1 };
}

const claimVersion = async (claimId: string) =>
  (await db().claim.findUniqueOrThrow({ where: { id: claimId } })).version;

describe("everyone who changed the fact check is one of its writers (issue 16 item 6)", () => {
  const routes: [string, (claimId: string, editor: SessionUser) => Promise<void>][] = [
    [
      "rewrote the claim's wording",
      async (claimId) => {
        const c = await db().claim.findUniqueOrThrow({ where: { id: claimId } });
        ok(
          await updateClaimAction({
            claimId,
            version: c.version,
            textHi: `${c.textHi} (संशोधित)`,
            textEn: c.textEn ?? undefined,
          }),
        );
      },
    ],
    [
      "added a source",
      async (claimId) => {
        ok(
          await addEvidenceAction({
            claimId,
            url: `https://example.org/contributors/extra/${claimId}`,
            title: "A source the reviewer added",
            stance: "SUPPORTS",
          }),
        );
      },
    ],
    [
      // The removed row is gone: its delete event, found by the claim it named, still counts.
      "removed a source",
      async (claimId, editor) => {
        signIn(author);
        ok(
          await addEvidenceAction({
            claimId,
            url: `https://example.org/contributors/removed/${claimId}`,
            title: "The author's second source",
            stance: "CONTEXT",
          }),
        );
        const row = await db().evidence.findFirstOrThrow({
          where: { claimId, source: { title: "The author's second source" } },
        });
        signIn(editor);
        ok(await removeEvidenceAction({ evidenceId: row.id }));
      },
    ],
    [
      "changed an appearance's chain",
      async (claimId) => {
        const m = await db().mention.findFirstOrThrow({ where: { claimId } });
        ok(
          await editAttributionAction({
            mentionId: m.id,
            version: await claimVersion(claimId),
            speaker: { type: "article" },
            relays: [{ entityId: "ent_bbc" }],
          }),
        );
      },
    ],
  ];

  routes.forEach(([what, meddle], i) => {
    it(`an editor who ${what} cannot approve it, and the credit names them`, async () => {
      const editor = await makeUser();
      const { claimId, verdictId, version } = await submittedClaim(20 + i, editor, meddle);
      signIn(editor);
      const refused = await publishVerdictAction({ verdictId, version });
      expect(refused).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect((await db().claim.findUniqueOrThrow({ where: { id: claimId } })).status).toBe(
        "IN_REVIEW",
      );

      // The desk's credit and review panel see them as a writer, too.
      const dossier = await getClaimDossier(claimId);
      expect(dossier?.verdict?.authors.map((a) => a.id)).toEqual([author.id, editor.id]);
      const credit = claimCredits(dossier!, []);
      expect(credit.verdict?.name).toBe(`${author.name} and ${editor.name}`);

      // Someone who touched nothing may approve it; the published credit still names both.
      signIn(outsider);
      ok(await publishVerdictAction({ verdictId, version }));
      const published = await getClaimDossier(claimId);
      expect(published?.verdict?.authors.map((a) => a.id)).toEqual([author.id, editor.id]);
      // Readers' credit ("Written by …", the API's authors) names them too.
      const { slug } = await db().claim.findUniqueOrThrow({ where: { id: claimId } });
      const publicView = await getPublishedDossier(slug);
      expect(publicView?.verdict?.authors.map((a) => a.name)).toEqual([author.name, editor.name]);
    });
  });
});
