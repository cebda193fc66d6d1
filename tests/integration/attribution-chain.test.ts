// An attribution chain with verbs, cue words and an anonymous source of a named organisation, through
// the real server actions and database: logged, read back in the dossier, edited as one audited
// change, described in the history, and published in the v1 API.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { logClaimAction } from "@/lib/claim/actions";
import { getClaimDossier, getPublishedDossier } from "@/lib/claim/dossier";
import { editAttributionAction } from "@/lib/claim/mention-actions";
import { db } from "@/lib/db";
import { describeHistory, listClaimHistory } from "@/lib/history/data";
import { apiClaimDetail } from "@/lib/public/api";
import { addEvidenceAction } from "@/lib/source/actions";
import type { SessionUser } from "@/lib/user/session-user";
import {
  publishVerdictAction,
  saveVerdictDraftAction,
  submitVerdictAction,
} from "@/lib/verdict/actions";
import { makeUser, scratchArticle, signIn } from "../support/fixtures";

// Article 000: "NK न्यूज ने रूसी विदेश मंत्रालय के अधिकारी के हवाले से बताया है कि ट्रेन में फ्रेंच वाइन के केस हैं"
const QUOTE = "ट्रेन में फ्रेंच वाइन के केस हैं";
const SPEAKER = {
  type: "anonymous" as const,
  anonymousAs: "एक अधिकारी",
  affiliationId: "ent_ru_mfa",
  verb: "SAID" as const,
  cue: "रूसी विदेश मंत्रालय के अधिकारी के हवाले से",
};

let a: SessionUser;
let b: SessionUser;
let claimId: string;
let mentionId: string;

const ok = <T>(r: { ok: boolean; data?: T }) => {
  expect(r).toMatchObject({ ok: true });
  return r.data as T;
};

beforeAll(async () => {
  [a, b] = await Promise.all([makeUser(), makeUser()]);
  signIn(a);
  const articleId = await scratchArticle("art_000");
  // The chain's last link is the article's outlet: this copy is credited to Jagran.
  const { body } = await db().article.update({
    where: { id: articleId },
    data: { outletId: "ent_jagran" },
  });
  const start = body.indexOf(QUOTE);
  ({ claimId, mentionId } = ok(
    await logClaimAction({
      articleId,
      start,
      end: start + QUOTE.length,
      textHi: "रूसी विदेश मंत्रालय के एक अधिकारी के मुताबिक किम की ट्रेन में फ्रेंच वाइन के केस हैं",
      speaker: SPEAKER,
      relays: [{ entityId: "ent_nknews", verb: "REPORTED", cue: "NK न्यूज ने … बताया है" }],
    }),
  ));
});
afterAll(() => signIn(null));

describe("an attribution chain with verbs, cues and an anonymous affiliated source", () => {
  it("is stored link by link and read back in the dossier", async () => {
    const d = await getClaimDossier(claimId);
    const chain = d?.mentions.find((m) => m.id === mentionId)?.chain;
    expect(chain).toMatchObject([
      {
        role: "SPEAKER",
        entity: null,
        verb: "SAID",
        anonymousAs: "एक अधिकारी",
        cue: SPEAKER.cue,
        affiliation: { id: "ent_ru_mfa", slug: "russian-ministry-of-foreign-affairs" },
      },
      {
        role: "RELAY",
        verb: "REPORTED",
        cue: "NK न्यूज ने … बताया है",
        entity: { id: "ent_nknews", slug: "nk-news" },
        anonymousAs: null,
        affiliation: null,
      },
    ]);
    // No person was made up for the anonymous official.
    expect(await db().entity.count({ where: { nameHi: { contains: "अधिकारी" } } })).toBe(0);
  });

  it("refuses an affiliation that is not in the registry, and writes nothing", async () => {
    const version = (await db().claim.findUniqueOrThrow({ where: { id: claimId } })).version;
    const r = await editAttributionAction({
      mentionId,
      version,
      speaker: { ...SPEAKER, affiliationId: "ent_no_such_body" },
      relays: [],
    });
    expect(r).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db().attributionLink.count({ where: { mentionId } })).toBe(2);
  });

  it("is edited as one audited change, and the history says what changed in words", async () => {
    const version = (await db().claim.findUniqueOrThrow({ where: { id: claimId } })).version;
    ok(
      await editAttributionAction({
        mentionId,
        version,
        speaker: SPEAKER,
        relays: [{ entityId: "ent_nknews", verb: "QUOTED", cue: "के हवाले से" }],
      }),
    );
    const d = await getClaimDossier(claimId);
    if (!d) throw new Error("no dossier");
    const history = await describeHistory(await listClaimHistory(d));
    const edit = history.find((h) => h.action === "mention.attribution");
    expect(edit?.sentence).toContain(
      "changed who relayed an appearance: NK News reported → NK News quoted",
    );
    const created = history.find((h) => h.action === "mention.create");
    expect(created?.changes.find((c) => c.field === "speaker")?.after).toBe(
      // The history says the chain with the verdict page's renderer, in English.
      "an official of Russian Ministry of Foreign Affairs said",
    );
  });

  it("is published in the v1 API with verbs, cues, the anonymous source and its affiliation", async () => {
    signIn(a);
    ok(
      await addEvidenceAction({
        claimId,
        url: `https://example.org/chain/${claimId}`,
        title: "Menu",
        stance: "SUPPORTS",
      }),
    );
    const v = ok<{ verdictId: string; version: number }>(
      await saveVerdictDraftAction({
        claimId,
        ratingId: "rating_unverifiable",
        summaryHi: "इस दावे की स्वतंत्र पुष्टि नहीं हो सकी है: परीक्षण का सार।",
        rationale: "केवल एक अनाम अधिकारी का हवाला है; कोई दूसरा स्रोत नहीं मिला, यह परीक्षण का पाठ है।",
      }),
    );
    ok(await submitVerdictAction(v));
    signIn(b);
    ok(await publishVerdictAction({ verdictId: v.verdictId, version: v.version + 1 }));
    const { slug } = await db().claim.findUniqueOrThrow({ where: { id: claimId } });
    const d = await getPublishedDossier(slug);
    if (!d) throw new Error("not published");
    const api = JSON.parse(JSON.stringify(apiClaimDetail(d, "http://x")));
    expect(api.appearances[0].chain).toEqual([
      {
        role: "speaker",
        entity: null,
        verb: "said",
        cue: SPEAKER.cue,
        anonymous_as: "एक अधिकारी",
        affiliation: {
          slug: "russian-ministry-of-foreign-affairs",
          name_hi: "रूसी विदेश मंत्रालय",
          name_en: "Russian Ministry of Foreign Affairs",
          url: "http://x/entities/russian-ministry-of-foreign-affairs",
        },
      },
      {
        role: "relay",
        entity: {
          slug: "nk-news",
          name_hi: "एनके न्यूज",
          name_en: "NK News",
          url: "http://x/entities/nk-news",
        },
        verb: "quoted",
        cue: "के हवाले से",
        anonymous_as: null,
        affiliation: null,
      },
    ]);
    expect(api.appearances[0].chain_text.hi).toBe(
      "रूसी विदेश मंत्रालय के एक अधिकारी ने कहा → एनके न्यूज ने हवाला दिया → जागरण ने छापा",
    );
  });
});
