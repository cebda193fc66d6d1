// Issue 17, item 2: a name typed into a registry picker and not picked is refused by the server at
// that field, named, never saved as "none". The forms send it (components/desk/entity-picker.tsx);
// these call the same route and actions the forms do, signed in as an editor.
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/desk/articles/[op]/route";
import { updateArticleAction } from "@/lib/article/actions";
import { logClaimAction } from "@/lib/claim/actions";
import { db } from "@/lib/db";
import { createEntityAction } from "@/lib/entity/actions";
import type { SessionUser } from "@/lib/user/session-user";
import { saveVerdictDraftAction } from "@/lib/verdict/actions";
import { makeUser, scratchArticle, signIn } from "../support/fixtures";

// The reason the form words: "‘name’ is not in the registry: pick it or add it".
const NOT_IN_REGISTRY = (name: string) => ({ key: "form.notInRegistry", values: { typed: name } });
const QUOTE = "ट्रेन में फ्रेंच वाइन के केस हैं";

let editor: SessionUser;
let articleId: string;
let start: number;
beforeAll(async () => {
  editor = await makeUser();
  signIn(editor);
  articleId = await scratchArticle("art_000");
  const { body } = await db().article.findUniqueOrThrow({ where: { id: articleId } });
  start = body.indexOf(QUOTE);
});
afterAll(() => signIn(null));

const refusedAt = (r: unknown, field: string, name: string) =>
  expect(r).toMatchObject({
    ok: false,
    code: "INVALID",
    fieldErrors: { [field]: [NOT_IN_REGISTRY(name)] },
  });

type ClaimInput = Parameters<typeof logClaimAction>[0];
const claimInput = (
  speaker: ClaimInput["speaker"],
  relays: ClaimInput["relays"] = [],
): ClaimInput => ({
  articleId,
  start,
  end: start + QUOTE.length,
  textHi: "किम की ट्रेन में फ्रेंच वाइन के केस हैं, एक अधिकारी ने कहा",
  speaker,
  relays,
});
const mentionsHere = () => db().mention.count({ where: { articleId } });

describe("a name typed into a picker and not picked", () => {
  it("refuses a pasted article whose outlet was typed, not picked, and stores nothing", async () => {
    const title = `अनचुना आउटलेट ${crypto.randomBytes(4).toString("hex")}`;
    const request = new Request("http://localhost/api/desk/articles/add", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ title, body: "पाठ का एक वाक्य।", outletTyped: "दैनिक भास्कर" }),
    });
    const res = await POST(request, { params: Promise.resolve({ op: "add" }) });
    refusedAt(await res.json(), "outlet", "दैनिक भास्कर");
    expect(await db().article.count({ where: { title } })).toBe(0);
  });

  it("refuses an article's details whose outlet was typed, and keeps the stored outlet", async () => {
    const before = await db().article.findUniqueOrThrow({ where: { id: articleId } });
    const r = await updateArticleAction({
      articleId,
      version: before.version,
      title: before.title,
      lang: before.lang,
      outletTyped: "दैनिक भास्कर",
    });
    refusedAt(r, "outletId", "दैनिक भास्कर");
    const after = await db().article.findUniqueOrThrow({ where: { id: articleId } });
    expect([after.outletId, after.version]).toEqual([before.outletId, before.version]);
  });

  it("refuses an anonymous source whose organisation was typed, and logs no appearance", async () => {
    const before = await mentionsHere();
    const r = await logClaimAction(
      claimInput({
        type: "anonymous",
        anonymousAs: "एक अधिकारी",
        affiliationTyped: "दक्षिण कोरिया",
      }),
    );
    refusedAt(r, "speaker.affiliationId", "दक्षिण कोरिया");
    expect(await mentionsHere()).toBe(before);
  });

  it("refuses a speaker or relay typed, not picked, with that one message at its field", async () => {
    const r = await logClaimAction(
      claimInput({ type: "entity", party: { entityId: "", typed: "किम यो जोंग" } }, [
        { entityId: "", typed: "योनहाप" },
      ]),
    );
    refusedAt(r, "speaker.party.entityId", "किम यो जोंग");
    refusedAt(r, "relays.0.entityId", "योनहाप");
  });

  it("refuses a registry entry whose affiliation was typed, and adds nothing", async () => {
    const nameHi = `अनचुना संगठन ${crypto.randomBytes(4).toString("hex")}`;
    const r = await createEntityAction({
      kind: "PERSON",
      nameHi,
      affiliationTyped: "दक्षिण कोरिया",
    });
    refusedAt(r, "affiliationId", "दक्षिण कोरिया");
    expect(await db().entity.count({ where: { nameHi } })).toBe(0);
  });

  it("refuses a verdict whose originator was typed, not picked", async () => {
    const r = await saveVerdictDraftAction({
      claimId: "claim_demo_grain",
      ratingId: "rating_false",
      summaryHi: "यह दावा गलत है, सबूत कुछ और दिखाते हैं।",
      rationale: "सबूत दिखाते हैं कि यह बात किसी और ने कही थी, उस व्यक्ति ने नहीं जिसका नाम लिया गया।",
      originatorTyped: "किम यो जोंग",
    });
    refusedAt(r, "originatorId", "किम यो जोंग");
  });
});
