import "server-only";
import { db } from "../db";
import { parseId } from "../ids";
import { requireEditor } from "../require-editor";
import { canCommentOnReview } from "./policy";
import { diffSnapshots, parseSnapshot, type SnapshotSource, snapshotOf } from "./snapshot";

const THREAD_LIMIT = 200;

/** A claim's review thread, oldest first, across every round and verdict version. */
export async function listReviewThread(claimId: string) {
  await requireEditor();
  const id = parseId(claimId);
  if (!id) return [];
  const rows = await db().reviewComment.findMany({
    where: { claimId: id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: THREAD_LIMIT,
    select: {
      id: true,
      verdictId: true,
      kind: true,
      body: true,
      round: true,
      createdAt: true,
      author: { select: { id: true, name: true } },
    },
  });
  return rows;
}
export type ReviewThread = Awaited<ReturnType<typeof listReviewThread>>;

/** What the reviewer read when they last sent this verdict back, or null before any send-back. */
export async function getLastSendBack(verdictId: string) {
  await requireEditor();
  const row = await db().reviewComment.findFirst({
    where: { verdictId, kind: "SEND_BACK" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { snapshot: true, createdAt: true, round: true, author: { select: { name: true } } },
  });
  const snapshot = row && parseSnapshot(row.snapshot);
  return row && snapshot ? { ...row, snapshot } : null;
}

const SENT_BACK_LIMIT = 20;

/**
 * Claims whose verdict the signed-in editor wrote or edited and a reviewer sent back, most recently
 * changed first: the top of the desk. Read from the verdicts, so a sent-back correction (its claim
 * stays PUBLISHED) is listed too. Bounded: the claims list filters the rest.
 */
export async function listSentBackToMe() {
  const me = await requireEditor();
  const rows = await db().verdict.findMany({
    where: {
      status: "DRAFT",
      // Set by a send-back, cleared by the next submission.
      reviewComment: { not: null },
      contributors: { some: { userId: me.id } },
    },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: SENT_BACK_LIMIT,
    select: {
      claim: { select: { id: true, textHi: true } },
      reviewThread: {
        where: { kind: "SEND_BACK" },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { body: true, createdAt: true, author: { select: { name: true } } },
      },
    },
  });
  return rows.map((v) => ({ ...v.claim, sentBack: v.reviewThread[0] ?? null }));
}

type ClaimSeen = SnapshotSource & {
  id: string;
  verdict:
    | (SnapshotSource["verdict"] & {
        id: string;
        status: string;
        author: { id: string };
        authors: { id: string }[];
      })
    | null;
};

/**
 * The review side of the desk's claim page: the thread, whether the signed-in editor takes part in
 * it, and — while the verdict awaits review again — what changed since its last send-back.
 */
export async function getReviewView(claim: ClaimSeen) {
  const me = await requireEditor();
  const thread = await listReviewThread(claim.id);
  const v = claim.verdict;
  const open = v && v.status !== "PUBLISHED" ? v : null;
  const last = open?.status === "IN_REVIEW" ? await getLastSendBack(open.id) : null;
  const changes = last && {
    sections: diffSnapshots(last.snapshot, snapshotOf(claim)),
    since: last.createdAt,
    by: last.author.name,
  };
  const canComment =
    !!open &&
    canCommentOnReview(me, {
      verdictStatus: open.status,
      authorId: open.author.id,
      contributorIds: open.authors.map((a) => a.id),
      reviewerIds: thread
        .filter((c) => c.kind === "SEND_BACK" && c.verdictId === open.id)
        .map((c) => c.author.id),
    });
  return { thread, changes, canComment };
}

const PENDING_CHANGES_LIMIT = 100;

/**
 * Held changes to entities, articles and published appearances, oldest first: the review queue's
 * second list. Each names what it changes (looked up per kind, one query each) and who proposed it.
 */
export async function listPendingChanges() {
  await requireEditor();
  const rows = await db().changeRequest.findMany({
    where: { status: "PENDING" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: PENDING_CHANGES_LIMIT,
    select: {
      id: true,
      kind: true,
      targetId: true,
      payload: true,
      published: true,
      createdAt: true,
      proposedBy: { select: { id: true, name: true } },
    },
  });
  const ids = (kinds: string[]) =>
    rows.filter((r) => kinds.includes(r.kind)).map((r) => r.targetId);
  // Entities a payload names by id (a merge's two sides, an outlet, an affiliation): shown by name.
  const named = rows.flatMap((r) => ENTITY_FIELDS.map((f) => fieldOf(r.payload, f)));
  const [entities, articles, mentions] = await Promise.all([
    db().entity.findMany({
      where: {
        id: {
          in: [...ids(["ENTITY_UPDATE", "ENTITY_MERGE"]), ...named.filter((v): v is string => !!v)],
        },
      },
      select: { id: true, nameHi: true, nameEn: true },
    }),
    db().article.findMany({
      where: { id: { in: ids(["ARTICLE_UPDATE"]) } },
      select: { id: true, title: true },
    }),
    db().mention.findMany({
      where: { id: { in: ids(["MENTION_REATTACH", "MENTION_RETIRE"]) } },
      select: { id: true, exact: true, articleId: true },
    }),
  ]);
  const label = new Map<string, { text: string; href: string }>([
    ...entities.map(
      (e) =>
        [e.id, { text: e.nameHi ?? e.nameEn ?? e.id, href: `/desk/entities/${e.id}` }] as const,
    ),
    ...articles.map((a) => [a.id, { text: a.title, href: `/desk/articles/${a.id}` }] as const),
    ...mentions.map(
      (m) => [m.id, { text: m.exact, href: `/desk/articles/${m.articleId}` }] as const,
    ),
  ]);
  const nameOf = (id: string) => label.get(id)?.text ?? id;
  return rows.map(({ payload, ...r }) => ({
    ...r,
    target: label.get(r.targetId) ?? { text: r.targetId, href: "/desk" },
    // The proposed values as the form sent them: the reviewer reads what readers would see.
    proposed: summarise(payload, nameOf),
  }));
}

const ENTITY_FIELDS = ["loserId", "survivorId", "outletId", "affiliationId"] as const;
// The form's field names, as a reviewer reads them.
const FIELD_LABELS: Record<string, string> = {
  loserId: "merged away",
  survivorId: "stays",
  outletId: "outlet",
  affiliationId: "belongs to",
  confirmSameIdentity: "checked to be the same",
  nameHi: "Hindi name",
  nameEn: "English name",
  publishedAt: "published on",
};

function fieldOf(payload: unknown, field: string): string | undefined {
  if (!payload || typeof payload !== "object") return undefined;
  const v = (payload as Record<string, unknown>)[field];
  return typeof v === "string" ? v : undefined;
}

// Bookkeeping fields of a payload that say nothing to a reviewer.
const HIDDEN = new Set([
  "version",
  "loserVersion",
  "survivorVersion",
  "revision",
  "notADuplicateOf",
]);

function summarise(payload: unknown, nameOf: (id: string) => string): [string, string][] {
  if (!payload || typeof payload !== "object") return [];
  const isEntityField = (k: string) => (ENTITY_FIELDS as readonly string[]).includes(k);
  return Object.entries(payload as Record<string, unknown>)
    .filter(([k, v]) => !HIDDEN.has(k) && v !== null && v !== undefined && v !== "")
    .map(([k, v]) => [
      FIELD_LABELS[k] ?? k,
      isEntityField(k) && typeof v === "string"
        ? nameOf(v)
        : v === true
          ? "yes"
          : Array.isArray(v)
            ? v.join(", ")
            : String(v),
    ]);
}
