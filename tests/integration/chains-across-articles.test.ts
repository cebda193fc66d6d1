// The issue's own example: one claim told with different chains in different articles. The 2017
// grain record is the article's own assertion in article 000 and an item of a BBC-attributed list
// in article 001. Logged as one claim with two appearances, each keeps its own chain on the verdict
// page, in the v1 API (with the chain in words) and on the BBC's public page; ClaimReview names the
// BBC, the one speaker any appearance names.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PublicVerdict } from "@/components/verdict-page";
import { getPublishedDossier } from "@/lib/claim/dossier";
import { logClaim } from "@/lib/claim/mutations";
import { logClaimSchema } from "@/lib/claim/schema";
import { claimReviewJsonLd } from "@/lib/claimreview/jsonld";
import { db } from "@/lib/db";
import { apiClaimDetail } from "@/lib/public/api";
import { type PublicEntity, publicEntity } from "@/lib/public/entity-data";
import { addEvidenceAction } from "@/lib/source/actions";
import type { SessionUser } from "@/lib/user/session-user";
import {
  publishVerdictAction,
  saveVerdictDraftAction,
  submitVerdictAction,
} from "@/lib/verdict/actions";
import { makeUser, scratchArticle, signIn } from "../support/fixtures";
import { setTestLang } from "../support/intl";

const BASE = "https://pramaan.example";
const IN_000 = "रूस 2017 में दुनिया में सबसे ज्यादा अनाज उगाने का रिकॉर्ड बना चुका है";
const IN_001 = "रूस 2017 में ही दुनिया में सबसे ज्यादा अनाज उगाने का रिकॉर्ड बना चुका है";

let a: SessionUser;
let b: SessionUser;
let slug: string;
let claimId: string;
const mentionIds: string[] = [];

async function appearance(
  seedId: string,
  words: string,
  speaker: unknown,
  existingClaimId?: string,
) {
  const articleId = await scratchArticle(seedId);
  const body = (await db().article.findUniqueOrThrow({ where: { id: articleId } })).body;
  const start = body.indexOf(words);
  expect(start, `${words} in ${seedId}`).toBeGreaterThanOrEqual(0);
  return logClaim(
    a,
    logClaimSchema.parse({
      articleId,
      start,
      end: start + words.length,
      textHi: "रूस ने 2017 में दुनिया में सबसे ज्यादा अनाज उगाने का रिकॉर्ड बनाया (दो लेखों में)",
      existingClaimId,
      speaker,
      relays: [],
    }),
  );
}

beforeAll(async () => {
  [a, b] = await Promise.all([makeUser(), makeUser()]);
  signIn(a);
  const own = await appearance("art_000", IN_000, { type: "article" });
  claimId = own.claimId;
  mentionIds.push(own.mentionId);
  const bbc = await appearance(
    "art_001",
    IN_001,
    {
      type: "entity",
      party: { entityId: "ent_bbc", verb: "REPORTED", cue: "BBC के मुताबिक" },
    },
    claimId,
  );
  expect(bbc.claimId).toBe(claimId);
  mentionIds.push(bbc.mentionId);
  const evidence = await addEvidenceAction({
    claimId,
    url: `https://example.org/grain-record/${claimId}`,
    title: "World grain harvest, 2017",
    stance: "SUPPORTS",
  });
  expect(evidence.ok).toBe(true);
  const draft = await saveVerdictDraftAction({
    claimId,
    ratingId: "rating_mostly_true",
    summaryHi: "2017 में रूस की अनाज पैदावार रिकॉर्ड थी, पर 'दुनिया में सबसे ज्यादा' नहीं: परीक्षण।",
    rationale: "दोनों लेख एक ही दावा करते हैं, एक अपनी ओर से और दूसरा बीबीसी के हवाले से। परीक्षण का पाठ।",
  });
  if (!draft.ok) throw new Error(draft.message);
  expect((await submitVerdictAction(draft.data)).ok).toBe(true);
  signIn(b);
  const published = await publishVerdictAction({
    verdictId: draft.data.verdictId,
    version: draft.data.version + 1,
  });
  expect(published.ok).toBe(true);
  slug = (await db().claim.findUniqueOrThrow({ where: { id: claimId } })).slug;
});
afterAll(() => signIn(null));

describe("one claim, two articles, two chains", () => {
  it("keeps each appearance's own chain on the verdict page", async () => {
    const d = await getPublishedDossier(slug);
    if (!d?.verdict) throw new Error("not published");
    expect(d.mentions.map((m) => m.id).sort()).toEqual([...mentionIds].sort());
    const chains = Object.fromEntries(d.mentions.map((m) => [m.id, m.chain]));
    expect(chains[mentionIds[0]]).toMatchObject([{ role: "SPEAKER", entity: null }]);
    expect(chains[mentionIds[1]]).toMatchObject([
      { role: "SPEAKER", verb: "REPORTED", cue: "BBC के मुताबिक", entity: { slug: "bbc" } },
    ]);
    // In Hindi, the readers' default: the address carries no /en.
    setTestLang("hi");
    const html = (() => {
      try {
        return renderToStaticMarkup(createElement(PublicVerdict, { claim: d, verdict: d.verdict }));
      } finally {
        setTestLang("en");
      }
    })();
    // Two chains drawn, one naming the BBC (linked to its page), one the article's own voice.
    expect(html.match(/data-testid="attribution-chain"/g)).toHaveLength(2);
    expect(html).toContain('href="/entities/bbc"');
    expect(html).toContain("लेख का अपना दावा");
  });

  it("gives each appearance its chain in the v1 API, and ClaimReview names the one speaker", async () => {
    const d = await getPublishedDossier(slug);
    if (!d?.verdict) throw new Error("not published");
    const api = apiClaimDetail(d, BASE);
    const texts = api.appearances.map((m) => m.chain_text.en);
    expect(texts.some((x) => /^BBC reported/.test(x))).toBe(true);
    expect(texts.some((x) => /article/i.test(x) && !/BBC/.test(x))).toBe(true);
    const author = (claimReviewJsonLd(d, BASE).itemReviewed as { author?: { name?: string } })
      .author;
    expect(author?.name).toBe("बीबीसी");
  });

  it("lists the claim on the BBC's public page under what it said", async () => {
    const page = (await publicEntity("bbc")) as PublicEntity;
    const said = page.roles.find((r) => r.role === "said");
    expect(said?.items.map((i) => i.id)).toContain(claimId);
  });
});
