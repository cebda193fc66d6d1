// Issue 17 item 8: a corrected verdict opens with a dated notice, as a retracted one does. A claim of
// this file's own is published and corrected through the actions two editors use; the reader's
// verdict page (the route's component, rendered) carries the notice above the claim, with the note,
// the newsroom day of the correction and a link to its log entry.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import VerdictPage from "@/app/(public)/claims/[slug]/page";
import { saveCorrectionAction } from "@/lib/correction/actions";
import { db } from "@/lib/db";
import { addEvidenceAction } from "@/lib/source/actions";
import type { SessionUser } from "@/lib/user/session-user";
import {
  publishVerdictAction,
  saveVerdictDraftAction,
  submitVerdictAction,
} from "@/lib/verdict/actions";
import { makeClaim, makeUser, scratchArticle, signIn } from "../support/fixtures";

const NOTE = "रेटिंग सत्य से भ्रामक की गई: नए स्रोत मिले (सूचना परीक्षण)।";
let a: SessionUser;
let b: SessionUser;

const ok = <T>(r: { ok: boolean; data?: T }) => {
  expect(r).toMatchObject({ ok: true });
  return r.data as T;
};

async function pageHtml(slug: string) {
  const page = await VerdictPage({ params: Promise.resolve({ slug }) });
  return renderToStaticMarkup(createElement("div", null, page));
}

beforeAll(async () => {
  [a, b] = await Promise.all([makeUser(), makeUser()]);
});
afterAll(() => signIn(null));

describe("the notice at the top of a corrected verdict", () => {
  it("none before the correction; after it, dated with the newsroom day, above the claim", async () => {
    signIn(a);
    const { claimId } = await makeClaim(a, "ट्रेन में एक कॉन्फ्रेंस रूम भी है", await scratchArticle());
    ok(
      await addEvidenceAction({
        claimId,
        url: `https://example.org/notice/${claimId}`,
        title: "Archive",
        stance: "SUPPORTS",
      }),
    );
    const v = ok<{ verdictId: string; version: number }>(
      await saveVerdictDraftAction({
        claimId,
        ratingId: "rating_true",
        summaryHi: "ट्रेन में कॉन्फ्रेंस रूम है, ऐसा रिपोर्ट बताती है।",
        rationale: "रिपोर्ट के अनुसार ट्रेन में कॉन्फ्रेंस रूम है; यह सूचना के परीक्षण का पाठ है।",
      }),
    );
    ok(await submitVerdictAction(v));
    signIn(b);
    ok(await publishVerdictAction({ verdictId: v.verdictId, version: v.version + 1 }));
    const { slug } = await db().claim.findUniqueOrThrow({ where: { id: claimId } });
    expect(await pageHtml(slug)).not.toContain('data-testid="corrected-notice"');

    signIn(a);
    const c = ok<{ verdictId: string; version: number; correctionId: string }>(
      await saveCorrectionAction({
        claimId,
        kind: "CORRECTION",
        noteHi: NOTE,
        ratingId: "rating_misleading",
        summaryHi: "कॉन्फ्रेंस रूम की बात अधूरी है: सुधारा गया सार।",
        rationale: "नए स्रोतों से पता चला कि कमरा बाद में जोड़ा गया; यह सूचना के परीक्षण का पाठ है।",
      }),
    );
    ok(await submitVerdictAction({ verdictId: c.verdictId, version: c.version }));
    signIn(b);
    ok(await publishVerdictAction({ verdictId: c.verdictId, version: c.version + 1 }));

    const html = await pageHtml(slug);
    const { publishedAt } = await db().correction.findUniqueOrThrow({
      where: { id: c.correctionId },
    });
    // The newsroom's day (Asia/Kolkata), whatever zone the server runs in.
    const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Kolkata" }).format(
      publishedAt ?? undefined,
    );
    const notice = html.slice(html.indexOf('data-testid="corrected-notice"'));
    expect(html).toContain('data-testid="corrected-notice"');
    expect(notice).toContain("This fact check has been corrected");
    expect(notice).toContain(`dateTime="${day}"`);
    expect(notice.slice(0, 2000)).toContain(NOTE);
    expect(notice.slice(0, 2000)).toContain(`href="#correction-${c.correctionId}"`);
    // First on the page: above the claim's heading.
    expect(html.indexOf('data-testid="corrected-notice"')).toBeLessThan(
      html.indexOf('data-testid="claim-text"'),
    );
  });
});
