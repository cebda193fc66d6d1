// A claim's history through the real actions and database reads as sentences, in the order things
// happened, with readable before/after for the wording change.
import { beforeAll, describe, expect, it } from "vitest";
import { updateClaimAction } from "@/lib/claim/actions";
import { getClaimDossier } from "@/lib/claim/dossier";
import { db } from "@/lib/db";
import { claimCredits } from "@/lib/history/credits";
import { describeHistory, listClaimHistory } from "@/lib/history/data";
import { addEvidenceAction } from "@/lib/source/actions";
import type { SessionUser } from "@/lib/user/session-user";
import {
  publishVerdictAction,
  saveVerdictDraftAction,
  sendVerdictBackAction,
  submitVerdictAction,
} from "@/lib/verdict/actions";
import { makeClaim, makeUser, scratchArticle, signIn } from "../support/fixtures";

const QUOTE = "इस ट्रेन को 1949 में किम के दादा किम इल संग को स्टालिन ने गिफ्ट किया था";

let author: SessionUser;
let reviewer: SessionUser;
let claimId: string;
let articleTitle: string;

const ok = <T>(r: { ok: true; data: T } | { ok: false }) => {
  expect(r).toMatchObject({ ok: true });
  return (r as { data: T }).data;
};

beforeAll(async () => {
  [author, reviewer] = await Promise.all([makeUser(), makeUser()]);
  const articleId = await scratchArticle();
  articleTitle = (await db().article.findUniqueOrThrow({ where: { id: articleId } })).title;
  ({ claimId } = await makeClaim(author, QUOTE, articleId));
  signIn(author);
  const claim = await db().claim.findUniqueOrThrow({ where: { id: claimId } });
  ok(
    await updateClaimAction({
      claimId,
      version: claim.version,
      textHi: QUOTE.replace("1949", "1950"),
      textEn: claim.textEn ?? undefined,
    }),
  );
  ok(
    await addEvidenceAction({
      claimId,
      url: `https://example.org/history/${claimId}`,
      title: "History test source",
      stance: "SUPPORTS",
    }),
  );
  const { verdictId, version } = ok(
    await saveVerdictDraftAction({
      claimId,
      ratingId: "rating_true",
      summaryHi: "ट्रेन की परंपरा पुरानी है।",
      rationale: "इतिहासकारों के अनुसार; यह परीक्षण का पाठ है।",
    }),
  );
  ok(await submitVerdictAction({ verdictId, version }));
  signIn(reviewer);
  ok(await sendVerdictBackAction({ verdictId, version: version + 1, comment: "तारीख साफ लिखें" }));
  signIn(author);
  ok(await submitVerdictAction({ verdictId, version: version + 2 }));
  signIn(reviewer);
  ok(await publishVerdictAction({ verdictId, version: version + 3 }));
});

describe("a claim's history", () => {
  it("reads as the expected sentences, in order", async () => {
    signIn(author);
    const claim = await getClaimDossier(claimId);
    if (!claim) throw new Error("claim missing");
    const history = await describeHistory(await listClaimHistory(claim));
    const a = author.name;
    const r = reviewer.name;
    expect(history.map((e) => e.sentence).reverse()).toEqual([
      `${a} logged the claim`,
      `${a} added an appearance in ${articleTitle}`,
      `${a} changed the claim's wording`,
      `${a} added a source to the library: ‘History test source’`,
      `${a} added a source: History test source`,
      `${a} started the verdict, rated True`,
      `${a} sent the verdict for review`,
      `${r} wrote in the review thread why the verdict went back: ‘तारीख साफ लिखें’`,
      `${r} sent the verdict back: ‘तारीख साफ लिखें’`,
      `${a} sent the verdict for review`,
      `${r} approved and published the verdict`,
      `${r} published the claim`,
    ]);
    const wording = history.find((e) => e.action === "claim.update");
    expect(wording?.changes.map((c) => [c.label, c.before, c.after])).toEqual([
      ["Hindi wording", QUOTE, QUOTE.replace("1949", "1950")],
    ]);
    expect(wording?.changes[0].diff).toContainEqual({ op: "del", text: "1949 " });
    expect(wording?.changes[0].diff).toContainEqual({ op: "add", text: "1950 " });

    const credits = claimCredits(claim, history);
    expect(credits.logged.name).toBe(a);
    expect(credits.verdict?.name).toBe(a);
    expect(credits.review).toMatchObject({ name: r, outcome: "approved" });
    expect(credits.published?.name).toBe(r);
    // A Hindi page reads the same history in Hindi, the rating by its Hindi label.
    const hindi = await describeHistory(await listClaimHistory(claim), "hi");
    const said = hindi.map((e) => e.sentence).reverse();
    expect(said[0]).toBe(`${a} ने दावा दर्ज किया`);
    expect(said[5]).toBe(`${a} ने फ़ैसला लिखना शुरू किया, रेटिंग: सत्य`);
    expect(said.at(-1)).toBe(`${r} ने दावा प्रकाशित किया`);
    expect(hindi.find((e) => e.action === "claim.update")?.changes[0].label).toBe("हिंदी शब्द");
  });
});
