// What readers can reach: published claims only. Drafts and claims in review do not exist for them.
import { beforeAll, describe, expect, it } from "vitest";
import { getPublicArticle } from "@/lib/article/data";
import { getPublishedDossier, listPublishedDossiers } from "@/lib/claim/dossier";
import { db } from "@/lib/db";
import { addEvidence } from "@/lib/source/mutations";
import { addEvidenceSchema } from "@/lib/source/schema";
import { publishVerdict, saveVerdictDraft, submitVerdictForReview } from "@/lib/verdict/mutations";
import { saveVerdictSchema } from "@/lib/verdict/schema";
import { makeClaim, makeUser } from "../support/fixtures";

const DRAFT_QUOTE = "किम की कोरोना के बाद यह पहला विदेशी दौरा है";

describe("reader visibility", () => {
  let slug: string;
  let claimId: string;

  beforeAll(async () => {
    const author = await makeUser();
    ({ claimId } = await makeClaim(author, DRAFT_QUOTE, "art_002"));
    slug = (await db().claim.findUniqueOrThrow({ where: { id: claimId } })).slug;
  });

  it("a logged claim with a draft verdict is invisible: no page data, not listed, not highlighted", async () => {
    expect(await getPublishedDossier(slug)).toBeNull();
    expect((await listPublishedDossiers()).map((d) => d.id)).not.toContain(claimId);
    const article = await getPublicArticle("art_002");
    expect(article!.mentions.map((m) => m.claim.slug)).not.toContain(slug);
  });

  it("in review it is still invisible; published, it appears with its published verdict only", async () => {
    const [author, reviewer] = await Promise.all([makeUser(), makeUser()]);
    await db().claim.update({ where: { id: claimId }, data: { createdById: author.id } });
    await addEvidence(
      author,
      addEvidenceSchema.parse({
        claimId,
        url: "https://example.org/covid-travel",
        title: "Kim's travel since 2020",
        stance: "CONTEXT",
      }),
    );
    const { verdictId, version } = await saveVerdictDraft(
      author,
      saveVerdictSchema.parse({
        claimId,
        ratingId: "rating_mostly_true",
        summaryHi: "2020 के बाद किम की यह पहली विदेश यात्रा बताई गई।",
        rationale:
          "कोविड महामारी के बाद उत्तर कोरिया ने सीमाएं बंद रखीं; यह परीक्षण के लिए लिखा गया तर्क है।",
      }),
    );
    await submitVerdictForReview(author, verdictId, version);
    expect(await getPublishedDossier(slug)).toBeNull();

    await publishVerdict(reviewer, verdictId, version + 1);
    const d = await getPublishedDossier(slug);
    expect(d?.verdict).toMatchObject({
      status: "PUBLISHED",
      rating: { labelEn: "Mostly true", best: 5, worst: 1 },
    });
    expect((await getPublicArticle("art_002"))!.mentions.map((m) => m.claim.slug)).toContain(slug);
  });
});
