import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS } from "@/lib/audit-actions";
import { describeAction } from "@/lib/audit-words";
import { claimCredits } from "@/lib/history/credits";
import { describeEvent, type HistoryEvent, relativeTime } from "@/lib/history/describe";

const names = {
  entities: { ent_bbc: "BBC", ent_shoigu: "Sergei Shoigu", ent_tass: "TASS" },
  ratings: { rating_true: "True (सही)", rating_false: "False (गलत)" },
  articles: { art_1: "पुतिन-किम मुलाकात" },
  sources: { src_1: "Kremlin transcript" },
};
const ev = (
  action: string,
  before: unknown,
  after: unknown,
  actorName = "Ravi Kumar",
): HistoryEvent => ({
  action,
  before,
  after,
  actorName,
});
const sentence = (e: HistoryEvent) => describeEvent(e, names).sentence;
const labels = (e: HistoryEvent) => describeEvent(e, names).changes.map((c) => c.label);

// Every action the code records: the AuditAction union, which tests/unit/audit-actions.test.ts holds
// to the writes in lib/, prisma/ and scripts/ (error keys such as "mention.locked" are not actions).
const recordedActions = (): string[] => [...AUDIT_ACTIONS];

describe("history sentences", () => {
  it("every recorded action reads as words, never as its code", () => {
    const actions = recordedActions();
    expect(actions).toContain("mention.attribution");
    for (const a of actions) {
      const s = sentence(ev(a, { claimId: "c" }, { claimId: "c" }));
      expect(s, a).toMatch(/^Ravi Kumar [a-z]/);
      expect(s, a).not.toContain(a);
    }
  });

  it("says what each change was", () => {
    expect(
      sentence(
        ev(
          "verdict.send-back",
          { status: "IN_REVIEW" },
          { status: "DRAFT", reviewComment: "तारीख साफ लिखें" },
        ),
      ),
    ).toBe("Ravi Kumar sent the verdict back: ‘तारीख साफ लिखें’");
    expect(
      sentence(
        ev("claim.update", { textHi: "क", version: 1 }, { textHi: "ख", version: 2 }, "Asha Verma"),
      ),
    ).toBe("Asha Verma changed the claim's wording");
    expect(
      sentence(ev("mention.delete", { articleId: "art_1", exact: "x" }, { reason: "दोहराव" })),
    ).toBe("Ravi Kumar removed an appearance in पुतिन-किम मुलाकात: ‘दोहराव’");
    const link = (entityId: string | null, role = "SPEAKER", position = 0) => ({
      entityId,
      role,
      position,
    });
    expect(
      sentence(
        ev(
          "mention.attribution",
          { attribution: [link("ent_bbc")] },
          { attribution: [link("ent_shoigu")] },
        ),
      ),
    ).toBe("Ravi Kumar re-attributed an appearance: BBC → Sergei Shoigu");
    expect(
      sentence(ev("verdict.update", { ratingId: "rating_true" }, { ratingId: "rating_false" })),
    ).toBe("Ravi Kumar changed the verdict's rating: True (सही) → False (गलत)");
    expect(sentence(ev("evidence.create", null, { sourceId: "src_1", stance: "SUPPORTS" }))).toBe(
      "Ravi Kumar added a source: Kremlin transcript",
    );
    expect(sentence(ev("verdict.publish", {}, {}, null as unknown as string))).toBe(
      "The system approved and published the verdict",
    );
  });

  it("an unknown action falls back to its fixed words, or the code itself", () => {
    expect(sentence(ev("claim.publish", {}, {}))).toBe(
      describeAction("claim.publish", "en", "Ravi Kumar"),
    );
    expect(sentence(ev("claim.publish", {}, {}))).toBe("Ravi Kumar published the claim");
    expect(sentence(ev("widget.frobnicate", {}, {}))).toBe("Ravi Kumar widget.frobnicate");
  });

  it("says it in Hindi on a Hindi page: the name takes ने, labels and enums in Hindi", () => {
    const hi = (e: HistoryEvent) => describeEvent(e, names, "hi");
    expect(
      hi(
        ev(
          "verdict.send-back",
          { status: "IN_REVIEW" },
          { status: "DRAFT", reviewComment: "तारीख साफ लिखें" },
        ),
      ).sentence,
    ).toBe("Ravi Kumar ने फ़ैसला लौटाया: ‘तारीख साफ लिखें’");
    expect(hi(ev("claim.publish", {}, {})).sentence).toBe("Ravi Kumar ने दावा प्रकाशित किया");
    expect(hi(ev("verdict.publish", {}, {}, null as unknown as string)).sentence).toBe(
      "सिस्टम ने फ़ैसले को मंज़ूरी देकर प्रकाशित किया",
    );
    expect(
      hi(ev("mention.delete", { articleId: "art_1", exact: "x" }, { reason: "दोहराव" })).sentence,
    ).toBe("Ravi Kumar ने पुतिन-किम मुलाकात से दावे का एक ज़िक्र हटाया: ‘दोहराव’");
    const change = hi(
      ev("evidence.update", { stance: "SUPPORTS" }, { stance: "CONTRADICTS", sourceId: "src_1" }),
    );
    expect(change.sentence).toBe("Ravi Kumar ने बदला कि स्रोत क्या दिखाता है: Kremlin transcript");
    expect(change.changes.map((c) => [c.label, c.before, c.after])).toEqual([
      ["रुख", "पुष्टि करता है", "खंडन करता है"],
      ["स्रोत", null, "Kremlin transcript"],
    ]);
    // Every action has a Hindi sentence of its own: none falls back to English words.
    for (const a of recordedActions()) {
      const s = hi(ev(a, { claimId: "c" }, { claimId: "c" })).sentence;
      expect(s, a).toMatch(/^Ravi Kumar ने [\u0900-\u097F]/);
    }
  });
});

describe("field changes", () => {
  it("labels fields readably and resolves ids to names", () => {
    const e = ev(
      "verdict.update",
      { ratingId: "rating_true", summaryHi: "पुराना", version: 3 },
      { ratingId: "rating_false", summaryHi: "नया", version: 4 },
    );
    expect(describeEvent(e, names).changes).toEqual([
      {
        field: "ratingId",
        label: "rating",
        before: "True (सही)",
        after: "False (गलत)",
        diff: null,
      },
      { field: "summaryHi", label: "Hindi summary", before: "पुराना", after: "नया", diff: null },
    ]);
    expect(
      labels(
        ev(
          "evidence.update",
          { stance: "SUPPORTS", note: "a" },
          { stance: "CONTRADICTS", note: "b" },
        ),
      ),
    ).toEqual(["stance", "note"]);
    const speaker = describeEvent(
      ev(
        "mention.attribution",
        { attribution: [{ role: "SPEAKER", entityId: null }] },
        {
          attribution: [
            { role: "SPEAKER", position: 0, entityId: "ent_shoigu" },
            { role: "RELAY", position: 1, entityId: "ent_tass" },
          ],
        },
      ),
      names,
    ).changes;
    expect(speaker.map((c) => [c.label, c.before, c.after])).toEqual([
      ["speaker", "the article itself", "Sergei Shoigu"],
      ["relays", null, "TASS"],
    ]);
    expect(
      labels(
        ev(
          "article.update",
          { outlet: "BBC", url: null, publishedAt: null },
          {
            outlet: "TASS",
            url: "https://x.test/a",
            publishedAt: "2023-09-13T00:00:00.000Z",
          },
        ),
      ),
    ).toEqual(["outlet", "URL", "published date"]);
  });

  it("never shows ids, versions, search text, offsets, hashes or timestamps", () => {
    const before = {
      id: "a",
      claimId: "c",
      version: 1,
      searchText: "x",
      contentHash: "h",
      start: 1,
      end: 2,
      createdAt: "2024-01-01T00:00:00.000Z",
      updatedAt: "2024-01-01T00:00:00.000Z",
      textHi: "क",
    };
    const after = {
      id: "b",
      claimId: "d",
      version: 2,
      searchText: "y",
      contentHash: "i",
      start: 3,
      end: 4,
      createdAt: "2024-02-01T00:00:00.000Z",
      updatedAt: "2024-02-01T00:00:00.000Z",
      textHi: "ख",
    };
    expect(labels(ev("claim.update", before, after))).toEqual(["Hindi wording"]);
  });

  it("long texts get a word-level diff", () => {
    const [c] = describeEvent(
      ev(
        "claim.update",
        { textHi: "रूस ने 2017 में रिकॉर्ड बनाया" },
        { textHi: "रूस ने 2018 में रिकॉर्ड बनाया" },
      ),
    ).changes;
    expect(c.diff).toEqual([
      { op: "same", text: "रूस ने " },
      { op: "del", text: "2017 " },
      { op: "add", text: "2018 " },
      { op: "same", text: "में रिकॉर्ड बनाया" },
    ]);
  });

  it("workflow steps list no fields; creations list only what they say", () => {
    expect(labels(ev("verdict.submit", { status: "DRAFT" }, { status: "IN_REVIEW" }))).toEqual([]);
    expect(
      labels(
        ev("evidence.create", null, { id: "e", sourceId: "src_1", stance: "SUPPORTS", quote: "q" }),
      ),
    ).toEqual(["stance", "quote"]);
  });
});

describe("credits and times", () => {
  it("names who logged, wrote, reviewed and published", () => {
    const t = (d: number) => new Date(Date.UTC(2024, 0, d));
    const c = claimCredits(
      {
        createdAt: t(1),
        publishedAt: t(5),
        createdBy: { name: "Asha Verma" },
        verdict: {
          submittedAt: t(4),
          publishedAt: t(5),
          authors: [{ name: "Asha Verma" }],
          reviewer: { name: "Ravi Kumar" },
        },
      },
      [
        { action: "claim.publish", createdAt: t(5), actorName: "Ravi Kumar" },
        { action: "verdict.publish", createdAt: t(5), actorName: "Ravi Kumar" },
        { action: "verdict.send-back", createdAt: t(3), actorName: "Ravi Kumar" },
      ],
    );
    expect(c).toEqual({
      logged: { name: "Asha Verma", at: t(1) },
      verdict: { name: "Asha Verma", at: t(4) },
      review: { name: "Ravi Kumar", at: t(5), outcome: "approved" },
      published: { name: "Ravi Kumar", at: t(5) },
    });
  });

  it("a send-back followed by a new submission is no longer the claim's standing", () => {
    const t = (d: number) => new Date(Date.UTC(2024, 0, d));
    const claim = {
      createdAt: t(1),
      publishedAt: null,
      createdBy: { name: "Asha Verma" },
      verdict: {
        submittedAt: t(4),
        publishedAt: null,
        authors: [{ name: "Asha Verma" }],
        reviewer: null,
      },
    };
    const sentBack = { action: "verdict.send-back", createdAt: t(3), actorName: "Ravi Kumar" };
    expect(claimCredits(claim, [sentBack]).review).toMatchObject({ outcome: "sent back" });
    const resubmitted = { action: "verdict.submit", createdAt: t(4), actorName: "Asha Verma" };
    expect(claimCredits(claim, [resubmitted, sentBack]).review).toBeNull();
  });

  it("relative time", () => {
    const now = new Date("2024-01-10T12:00:00Z");
    expect(relativeTime(new Date("2024-01-10T11:59:30Z"), now)).toBe("just now");
    expect(relativeTime(new Date("2024-01-10T11:55:00Z"), now)).toBe("5 minutes ago");
    expect(relativeTime(new Date("2024-01-07T12:00:00Z"), now)).toBe("3 days ago");
    expect(relativeTime(new Date("2024-01-10T11:59:30Z"), now, "hi")).toBe("अभी-अभी");
    expect(relativeTime(new Date("2024-01-07T12:00:00Z"), now, "hi")).toBe("3 दिन पहले");
  });
});
