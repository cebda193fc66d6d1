// Issue 16 item 11: a merge racing a claim log or a chain edit that names the loser. The chain write
// locks the entities it names (FOR SHARE) and the merge locks both rows (FOR UPDATE), so whichever
// goes second sees the other's result: no chain link may point at a merged entity afterwards.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { logClaimAction } from "@/lib/claim/actions";
import { editAttributionAction } from "@/lib/claim/mention-actions";
import { db } from "@/lib/db";
import { createEntityAction, mergeEntityAction } from "@/lib/entity/actions";
import type { SessionUser } from "@/lib/user/session-user";
import { articleText, hindiTag, makeUser, scratchArticle, signIn } from "../support/fixtures";

let editor: SessionUser;
beforeAll(async () => {
  editor = await makeUser();
  signIn(editor);
});
afterAll(() => signIn(null));

/** Two entries for one outlet: the second will be merged into the first. */
async function pair() {
  const h = hindiTag();
  const make = async (extra: Record<string, unknown>) => {
    const r = await createEntityAction({
      kind: "OUTLET",
      aliases: [],
      nameHi: `दौड़ ${h}`,
      ...extra,
    } as never);
    if (!r.ok || !r.data.created) throw new Error(`not created: ${JSON.stringify(r)}`);
    // A new entry is at version 1.
    return { id: r.data.entity.id, version: 1 };
  };
  const survivor = await make({});
  const loser = await make({ description: "entered twice", notADuplicateOf: [survivor.id] });
  return { survivor, loser };
}

const merge = (p: Awaited<ReturnType<typeof pair>>) =>
  mergeEntityAction({
    loserId: p.loser.id,
    loserVersion: p.loser.version,
    survivorId: p.survivor.id,
    survivorVersion: p.survivor.version,
    reason: "One outlet entered twice",
  });

/** Chain links (as entity or as affiliation) that point at a merged entity. */
async function linksOnMerged(ids: string[]) {
  return db().attributionLink.count({
    where: {
      OR: [
        { entity: { id: { in: ids }, mergedIntoId: { not: null } } },
        { affiliation: { id: { in: ids }, mergedIntoId: { not: null } } },
      ],
    },
  });
}

describe("merging an entity while a chain names it (issue 16 item 11)", () => {
  it("a chain edit racing the merge never leaves a link on the merged entry", async () => {
    const articleId = await scratchArticle("art_002");
    const body = await articleText(articleId);
    const quote =
      body
        .slice(0, 200)
        .split(/[।\n]/)
        .find((s) => s.trim().length > 20) ?? "";
    const start = body.indexOf(quote.trim());
    const logged = await logClaimAction({
      articleId,
      start,
      end: start + quote.trim().length,
      textHi: quote.trim(),
      textEn: "merge race claim",
      speaker: { type: "article" },
      relays: [],
      confirmCrossing: true,
    });
    if (!logged.ok) throw new Error(JSON.stringify(logged));
    const mentionId = logged.data.mentionId;
    const touched: string[] = [];
    for (let run = 0; run < 12; run++) {
      const p = await pair();
      touched.push(p.loser.id, p.survivor.id);
      const { version } = await db().claim.findUniqueOrThrow({
        where: { id: logged.data.claimId },
        select: { version: true },
      });
      const [edit, merged] = await Promise.all([
        editAttributionAction({
          mentionId,
          version,
          // Half the runs name the loser as the speaker's organisation, half as a relay.
          speaker:
            run % 2
              ? { type: "anonymous", anonymousAs: "एक अधिकारी", affiliationId: p.loser.id }
              : { type: "article" },
          relays: run % 2 ? [] : [{ entityId: p.loser.id }],
        }),
        merge(p),
      ]);
      expect(merged).toMatchObject({ ok: true });
      expect(edit).toMatchObject({ ok: true });
    }
    expect(await linksOnMerged(touched)).toBe(0);
  });

  it("a claim logged while the merge runs names the survivor, never the merged entry", async () => {
    const articleId = await scratchArticle("art_001");
    const sentences = (await articleText(articleId))
      .split(/[।\n]/)
      .map((s) => s.trim())
      .filter((s) => s.length > 30 && s.length < 200);
    const body = await articleText(articleId);
    const touched: string[] = [];
    for (let run = 0; run < 12; run++) {
      const p = await pair();
      touched.push(p.loser.id, p.survivor.id);
      const quote = sentences[run % sentences.length];
      const start = body.indexOf(quote);
      const [log, merged] = await Promise.all([
        logClaimAction({
          articleId,
          start,
          end: start + quote.length,
          textHi: quote,
          textEn: `merge race log ${run}`,
          speaker: { type: "entity", party: { entityId: p.loser.id } },
          relays: [],
          confirmCrossing: true,
        }),
        merge(p),
      ]);
      expect(merged).toMatchObject({ ok: true });
      expect(log).toMatchObject({ ok: true });
    }
    expect(await linksOnMerged(touched)).toBe(0);
  });
});
