// What a reviewer read when they sent a verdict back, and what has changed since. The snapshot is
// stored as JSON on the send-back comment; on the next round the review panel compares it with the
// claim as it is now. Pure: no framework imports, so it is unit-tested and the page and the mutation
// share one definition of "what the reviewer saw".

import { attributedTo } from "../attribution/originator";
import { linkText, partyText } from "../attribution/render";
import type { ClaimFields } from "../claim/shape";
import type { AttributionVerbName } from "../entity/kinds";
import { displayName } from "../entity/search-key";
import { diffWords, type WordPart } from "../text/word-diff";

export type ReviewSnapshot = {
  claim: { textHi: string; textEn: string | null; topic: string | null };
  /** Each appearance as one line: the article, the quoted words and the chain, speaker first. */
  appearances: { id: string; line: string }[];
  /** Each source as one line: title, address, stance and the quoted passage. */
  evidence: { id: string; line: string }[];
  verdict: {
    rating: string;
    summaryHi: string;
    summaryEn: string | null;
    rationale: string;
    /** Who it really came from, with the evidence and note (absent in snapshots stored before). */
    originator?: string | null;
    /** The appearances marked as attributing it wrongly, one line each. */
    misattributed?: string[];
  } | null;
};

type Named = { nameHi: string | null; nameEn: string | null } | null;

/** The parts of a claim a snapshot reads: the desk's dossier has this shape, and so does the query in lib/review/mutations.ts. */
export type SnapshotSource = {
  textHi: string;
  textEn: string | null;
  topic: string | null;
  mentions: {
    id: string;
    /** The quoted words: two appearances in one article differ only by them. */
    exact: string;
    article: { title: string };
    chain: {
      role: "SPEAKER" | "RELAY";
      entity: Named;
      verb?: AttributionVerbName;
      anonymousAs?: string | null;
      affiliation?: Named;
    }[];
  }[];
  evidence: {
    id: string;
    stance: string;
    quote: string | null;
    source: { title: string; url: string };
  }[];
  verdict: {
    rating: { labelHi: string; labelEn: string };
    summaryHi: string;
    summaryEn: string | null;
    rationale: string;
    originator?: Named;
    originatorEvidenceId?: string | null;
    originatorNote?: string | null;
    misattributedMentionIds?: string[];
  } | null;
};

type SnapshotLink = SnapshotSource["mentions"][number]["chain"][number];
/**
 * A link in Hindi with its verb ("एनके न्यूज ने बताया"), said by the verdict page's renderer; the
 * article's own assertion in the words snapshots have always stored, so a stored snapshot and today's
 * claim compare line for line. No cue words: the stored snapshot never read them
 * (lib/review/mutations.ts), and adding them would mark every appearance changed.
 */
const linkLine = (l: SnapshotLink | undefined) => {
  if (!l || (!l.entity && !l.anonymousAs && !l.affiliation && l.role === "SPEAKER"))
    return "the article itself";
  return l.verb ? linkText({ ...l, verb: l.verb }, "hi") : partyText({ ...l, verb: "SAID" }, "hi");
};

/** The verified originator as one line: who, the source that shows it, and the note. */
function originatorLine(c: SnapshotSource): string | null {
  const v = c.verdict;
  if (!v?.originator) return null;
  const shown = c.evidence.find((e) => e.id === v.originatorEvidenceId);
  return [
    displayName(v.originator, "hi"),
    shown ? `shown by “${shown.source.title}”` : null,
    v.originatorNote,
  ]
    .filter(Boolean)
    .join(" · ");
}

export function snapshotOf(c: SnapshotSource): ReviewSnapshot {
  const marked = new Set(c.verdict?.misattributedMentionIds ?? []);
  return {
    claim: { textHi: c.textHi, textEn: c.textEn, topic: c.topic },
    appearances: c.mentions.map((m) => {
      const speaker = m.chain.find((l) => l.role === "SPEAKER");
      const relays = m.chain.filter((l) => l.role === "RELAY").map(linkLine);
      const chain = [linkLine(speaker), ...relays].join(" → ");
      const words = m.exact.replace(/\s+/gu, " ").trim();
      return { id: m.id, line: `${m.article.title}: “${words}” — ${chain}` };
    }),
    evidence: c.evidence.map((e) => ({
      id: e.id,
      line: [e.source.title, e.source.url, e.stance.toLowerCase(), e.quote ? `“${e.quote}”` : null]
        .filter(Boolean)
        .join(" · "),
    })),
    verdict: c.verdict && {
      rating: `${c.verdict.rating.labelHi} · ${c.verdict.rating.labelEn}`,
      summaryHi: c.verdict.summaryHi,
      summaryEn: c.verdict.summaryEn,
      rationale: c.verdict.rationale,
      originator: originatorLine(c),
      misattributed: c.mentions
        .filter((m) => marked.has(m.id))
        .map((m) => `${m.article.title}: attributed to ${attributedTo(m.chain, "en")}`),
    },
  };
}

/**
 * What a row of the diff is about: the interface words it in the page's language
 * (lib/i18n/messages/review.ts `changes.labels`). The rows' lines are the snapshot's own, as stored.
 */
type DiffLabel =
  | "textHi"
  | "textEn"
  | "topic"
  | "appearance"
  | "source"
  | "rating"
  | "summaryHi"
  | "summaryEn"
  | "rationale"
  | "originator"
  | "misattributed";

type DiffRow = {
  label: DiffLabel;
  change: "added" | "removed" | "changed";
  words: WordPart[];
};
export type DiffSection = {
  /** The section, worded by the interface (lib/i18n/messages/review.ts `changes.sections`). */
  key: "claim" | "attribution" | "sources" | "verdict";
  rows: DiffRow[];
};

function textRow(label: DiffLabel, before: string | null, after: string | null): DiffRow | null {
  const a = before ?? "";
  const b = after ?? "";
  if (a === b) return null;
  const change = !a ? "added" : !b ? "removed" : "changed";
  return { label, change, words: diffWords(a, b) };
}

/** Items matched by id: gone, new, or the same item with a different line. */
function listRows(
  label: DiffLabel,
  before: { id: string; line: string }[],
  after: { id: string; line: string }[],
): DiffRow[] {
  const old = new Map(before.map((x) => [x.id, x.line]));
  const now = new Set(after.map((x) => x.id));
  const rows: DiffRow[] = before
    .filter((x) => !now.has(x.id))
    .map((x) => ({ label, change: "removed", words: [{ op: "del", text: x.line }] }));
  for (const x of after) {
    const was = old.get(x.id);
    if (was === undefined)
      rows.push({ label, change: "added", words: [{ op: "add", text: x.line }] });
    else if (was !== x.line) rows.push({ label, change: "changed", words: diffWords(was, x.line) });
  }
  return rows;
}

/** What changed between two snapshots, by section; sections with no change are left out. */
export function diffSnapshots(before: ReviewSnapshot, after: ReviewSnapshot): DiffSection[] {
  const bv = before.verdict;
  const av = after.verdict;
  const sections: DiffSection[] = [
    {
      key: "claim",
      rows: [
        textRow("textHi", before.claim.textHi, after.claim.textHi),
        textRow("textEn", before.claim.textEn, after.claim.textEn),
        textRow("topic", before.claim.topic, after.claim.topic),
      ].filter((r) => r !== null),
    },
    {
      key: "attribution",
      rows: listRows("appearance", before.appearances, after.appearances),
    },
    {
      key: "sources",
      rows: listRows("source", before.evidence, after.evidence),
    },
    {
      key: "verdict",
      rows: [
        textRow("rating", bv?.rating ?? null, av?.rating ?? null),
        textRow("summaryHi", bv?.summaryHi ?? null, av?.summaryHi ?? null),
        textRow("summaryEn", bv?.summaryEn ?? null, av?.summaryEn ?? null),
        textRow("rationale", bv?.rationale ?? null, av?.rationale ?? null),
        textRow("originator", bv?.originator ?? null, av?.originator ?? null),
        textRow(
          "misattributed",
          bv?.misattributed?.join("; ") || null,
          av?.misattributed?.join("; ") || null,
        ),
      ].filter((r) => r !== null),
    },
  ];
  return sections.filter((s) => s.rows.length > 0);
}

/** A stored snapshot read back, or null if the JSON is not one (a row written by other code). */
export function parseSnapshot(json: unknown): ReviewSnapshot | null {
  const s = json as ReviewSnapshot | null;
  return s &&
    typeof s === "object" &&
    s.claim &&
    Array.isArray(s.appearances) &&
    Array.isArray(s.evidence)
    ? s
    : null;
}

const NOT_REVIEWED =
  "omitted: not what a reviewer approves; the desk page shows it beside the diff";

/**
 * What a review snapshot keeps of a claim, and why it leaves the rest out: what a reviewer approves
 * (the wording, the chains, the sources, the verdict). A field added to the dossier does not compile
 * until it is declared here (lib/claim/shape.ts).
 */
export const SNAPSHOT_CLAIM_FIELDS = {
  id: "omitted: the snapshot is stored on the claim's own review comment",
  slug: NOT_REVIEWED,
  textHi: "shown",
  textEn: "shown",
  topic: "shown",
  status: NOT_REVIEWED,
  version: "omitted: an edit counter for optimistic locking",
  createdAt: NOT_REVIEWED,
  publishedAt: NOT_REVIEWED,
  retractedAt: "omitted: a retraction is reviewed as the correction that carries it",
  createdBy: NOT_REVIEWED,
  withdrawnAt: "omitted: a withdrawn claim is not under review",
  withdrawnBy: "omitted: a withdrawn claim is not under review",
  withdrawReason: "omitted: a withdrawn claim is not under review",
  mergedIntoId: "omitted: a merged claim is not under review",
  verdict: {
    id: "omitted: the snapshot belongs to the verdict it was taken of",
    status: NOT_REVIEWED,
    version: "omitted: an edit counter for optimistic locking",
    summaryHi: "shown",
    summaryEn: "shown",
    rationale: "shown",
    reviewComment: "omitted: the snapshot is stored on that comment",
    originator: "shown",
    originatorId: "shown as the originator's name",
    originatorEvidenceId: "shown as the title of the source that shows it",
    originatorNote: "shown",
    misattributedMentionIds: "shown as each marked appearance's article and chain",
    submittedAt: NOT_REVIEWED,
    publishedAt: NOT_REVIEWED,
    updatedAt: NOT_REVIEWED,
    author: NOT_REVIEWED,
    authors: NOT_REVIEWED,
    reviewer: NOT_REVIEWED,
    rating: "shown",
  },
  mentions: {
    id: "shown",
    exact: "shown",
    prefix: "omitted: context for finding the words, not what they say",
    suffix: "omitted: context for finding the words, not what they say",
    context: "omitted: the words around the quote, not what the fact check says",
    start: "omitted: offsets into the article's stored text",
    end: "omitted: offsets into the article's stored text",
    orphanedFromRevision: "omitted: a repair task the desk page shows on the appearance",
    article: "shown",
    chain: {
      position: "shown as the chain's order, speaker first",
      role: "shown as the chain's order, speaker first",
      verb: "shown",
      cue: "omitted: stored snapshots never read cue words (lib/review/mutations.ts); adding them would mark every appearance changed",
      entity: "shown",
      anonymousAs: "shown",
      affiliation: "shown",
    },
  },
  evidence: {
    id: "shown",
    stance: "shown",
    quote: "shown",
    note: "omitted: the editor's working note, not what the verdict cites",
    createdAt: NOT_REVIEWED,
    source: {
      id: "omitted: the source is said by its title and address",
      url: "shown",
      title: "shown",
      publisher: "omitted: the library's record, edited and audited there",
      authors: "omitted: the library's record, edited and audited there",
      lang: "omitted: the library's record, edited and audited there",
      publishedAt: "omitted: the library's record, edited and audited there",
      accessedAt: "omitted: the library's record, edited and audited there",
      archiveUrl: "omitted: the library's record, edited and audited there",
      version: "omitted: an edit counter for optimistic locking",
      createdAt: "omitted: the library's record, edited and audited there",
    },
  },
  corrections:
    "omitted: a snapshot is of a verdict under review; corrections are its published changes",
} satisfies ClaimFields;
