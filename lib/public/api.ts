// The public read API's JSON (v1). Stable: other tools depend on these field names.

import { attributedTo } from "../attribution/originator";
import { chainText, relayTexts, speakerText } from "../attribution/render";
import { authorsText } from "../author/names";
import { authorsOf } from "../author/schema";
import { articleDay } from "../calendar/days";
import { isoTime as iso, isoStoredDay } from "../calendar/format";
import type { ClaimDossier } from "../claim/dossier";
import type { ClaimFields } from "../claim/shape";
import { displayName } from "../entity/search-key";
import { INDEX_COUNT_CAP } from "../search/entity-sql";
import type { EntityIndexItem, PublicEntity } from "./entity-data";

/** Published dossiers only: they always carry their published verdict. */
function publishedVerdict(d: ClaimDossier) {
  if (!d.verdict) throw new Error(`claim ${d.id} has no published verdict`);
  return d.verdict;
}

type EntityRef = { slug: string; nameHi: string | null; nameEn: string | null } | null;

/** A chain link's entity as the API names it: its slug, both names and its public page. */
const apiEntityRef = (e: EntityRef, baseUrl: string) => (e ? apiEntityName(e, baseUrl) : null);

type ApiLink = ClaimDossier["mentions"][number]["chain"][number];
const ownVoice = (chain: ApiLink[]) =>
  !chain.some((c) => c.role === "SPEAKER" && (c.entity || c.anonymousAs || c.affiliation));

export function apiClaimSummary(d: ClaimDossier, baseUrl: string) {
  const v = publishedVerdict(d);
  return {
    slug: d.slug,
    url: `${baseUrl}/claims/${d.slug}`,
    claim: { hi: d.textHi, en: d.textEn },
    topic: d.topic,
    // A retracted fact check stays public with its note (see `corrections`); this says so at a glance.
    retracted_at: iso(d.retractedAt),
    verdict: {
      rating: {
        label_hi: v.rating.labelHi,
        label_en: v.rating.labelEn,
        value: v.rating.value,
        best: v.rating.best,
        worst: v.rating.worst,
      },
      summary_hi: v.summaryHi,
      summary_en: v.summaryEn,
      published_at: iso(v.publishedAt),
    },
    appearances: d.mentions.map((m) => ({
      article: {
        id: m.article.id,
        title: m.article.title,
        url: m.article.url,
        public_url: `${baseUrl}/articles/${m.article.id}`,
        outlet: m.article.outlet ? displayName(m.article.outlet, "en") : null,
        date: articleDay(m.article),
      },
      quote: m.exact,
      // Null when the article says it in its own voice; an anonymous source as its words and
      // organisation ("रूसी विदेश मंत्रालय के एक अधिकारी"), as the verdict page names it.
      speaker: ownVoice(m.chain) ? null : speakerText(m.chain, "hi"),
      relayed_by: relayTexts(m.chain, "hi"),
      // The whole chain, speaker first: who did what with the claim, in the text's own cue words.
      chain: m.chain.map((c) => ({
        role: c.role.toLowerCase(),
        entity: apiEntityRef(c.entity, baseUrl),
        verb: c.verb.toLowerCase(),
        cue: c.cue,
        anonymous_as: c.anonymousAs,
        affiliation: apiEntityRef(c.affiliation, baseUrl),
      })),
      chain_text: {
        hi: chainText(m.chain, m.article.outlet, "hi"),
        en: chainText(m.chain, m.article.outlet, "en"),
      },
    })),
  };
}

export function apiClaimDetail(d: ClaimDossier, baseUrl: string) {
  const v = publishedVerdict(d);
  return {
    ...apiClaimSummary(d, baseUrl),
    rationale: v.rationale,
    // Everyone who wrote or edited the verdict; `authors` lists them one by one.
    written_by: v.authors.map((a) => a.name).join(", "),
    authors: v.authors.map((a) => a.name),
    reviewed_by: v.reviewer?.name ?? null,
    sources: d.evidence.map((e) => ({
      url: e.source.url,
      title: e.source.title,
      publisher: e.source.publisher,
      // `author` as one line of text (what it always was); `authors` the list, people split into
      // family and given names, organisations and names kept whole as `literal`.
      author: authorsText(authorsOf(e.source.authors)),
      authors: authorsOf(e.source.authors),
      published: isoStoredDay(e.source.publishedAt),
      accessed: isoStoredDay(e.source.accessedAt),
      archive_url: e.source.archiveUrl,
      stance: e.stance.toLowerCase(),
      quote: e.quote,
    })),
    ...apiMisattribution(d),
    // Approved changes to this fact check, newest first.
    corrections: d.corrections.map((c) =>
      apiCorrection({ ...c, from: c.from?.rating ?? null, to: c.to?.rating ?? null }),
    ),
  };
}

/**
 * Who the evidence shows the claim really came from, and the appearances whose articles attribute
 * it to someone else (each with what that article says and the evidence that shows otherwise).
 */
function apiMisattribution(d: ClaimDossier) {
  const v = publishedVerdict(d);
  const o = v.originator;
  if (!o) return { originator: null, misattributions: [] };
  const evidence = d.evidence.find((e) => e.id === v.originatorEvidenceId);
  const marked = new Set(v.misattributedMentionIds);
  return {
    originator: { slug: o.slug, name_hi: o.nameHi, name_en: o.nameEn, kind: o.kind.toLowerCase() },
    misattributions: d.mentions
      .filter((m) => marked.has(m.id))
      .map((m) => ({
        mention_id: m.id,
        article_id: m.article.id,
        attributed_to: attributedTo(m.chain, "en"),
        came_from: o.slug,
        evidence: evidence ? { url: evidence.source.url, title: evidence.source.title } : null,
        note: v.originatorNote,
      })),
  };
}

type ApiCorrectionSource = {
  id: string;
  kind: string;
  noteHi: string;
  noteEn: string | null;
  publishedAt: Date | string | null;
  from: { labelHi: string; labelEn: string } | null;
  to: { labelHi: string; labelEn: string } | null;
};

/** One entry of a corrections log: on a claim, and in GET /api/v1/corrections. */
function apiCorrection(c: ApiCorrectionSource) {
  const rating = (r: { labelHi: string; labelEn: string } | null) =>
    r && { label_hi: r.labelHi, label_en: r.labelEn };
  return {
    id: c.id,
    kind: c.kind.toLowerCase(),
    note_hi: c.noteHi,
    note_en: c.noteEn,
    published_at: iso(c.publishedAt),
    rating_before: rating(c.from),
    rating_after: rating(c.to),
  };
}

export function apiCorrectionListItem(
  c: ApiCorrectionSource & { claim: { slug: string; textHi: string; textEn: string | null } },
  baseUrl: string,
) {
  return {
    ...apiCorrection(c),
    claim: {
      slug: c.claim.slug,
      url: `${baseUrl}/claims/${c.claim.slug}#correction-${c.id}`,
      hi: c.claim.textHi,
      en: c.claim.textEn,
    },
  };
}

type ApiEntityName = { slug: string; nameHi: string | null; nameEn: string | null };
/** An entity as every v1 route names it (the same shape as a chain link's entity). */
const apiEntityName = (e: ApiEntityName, baseUrl: string) => ({
  slug: e.slug,
  name_hi: e.nameHi,
  name_en: e.nameEn,
  url: `${baseUrl}/entities/${e.slug}`,
});

/** GET /api/v1/entities/{slug}: the entity page's data (lib/public/entity-data.ts). */
export function apiEntityDetail(e: PublicEntity, baseUrl: string) {
  const ratingOf = (id: string) => e.tally.ratings.find((r) => r.id === id);
  return {
    ...apiEntityName(e, baseUrl),
    kind: e.kind.toLowerCase(),
    aliases: e.aliases,
    description: e.description,
    link: e.url,
    affiliation: e.affiliation && {
      ...apiEntityName(e.affiliation, baseUrl),
      // An organisation with no published claims has no page: its name only.
      url: e.affiliation.hasPage ? `${baseUrl}/entities/${e.affiliation.slug}` : null,
    },
    members: e.members.map((m) => ({ ...apiEntityName(m, baseUrl), kind: m.kind.toLowerCase() })),
    // Published verdicts' ratings per role; misattributed appearances are not counted.
    tally: e.tally.rows.map((row) => ({
      role: row.role,
      total: row.total,
      ratings: Object.entries(row.counts)
        .map(([id, count]) => ({ rating: ratingOf(id), count }))
        .sort((a, b) => (a.rating?.sortOrder ?? 0) - (b.rating?.sortOrder ?? 0))
        .map(({ rating, count }) => ({
          label_hi: rating?.labelHi ?? null,
          label_en: rating?.labelEn ?? null,
          count,
        })),
    })),
    roles: Object.fromEntries(
      e.roles.map((list) => [
        list.role,
        {
          total: list.total,
          claims: list.items.map((c) => ({
            slug: c.slug,
            url: `${baseUrl}/claims/${c.slug}`,
            claim: { hi: c.textHi, en: c.textEn },
            rating: { label_hi: c.rating.labelHi, label_en: c.rating.labelEn },
            published_at: iso(c.at),
            retracted_at: iso(c.retractedAt),
            misattributed: c.misattributedTo && {
              originator: c.misattributedTo.originator
                ? apiEntityName(c.misattributedTo.originator, baseUrl)
                : null,
            },
          })),
          next: list.next
            ? `${baseUrl}/api/v1/entities/${e.slug}?role=${list.role}&after=${list.next}`
            : null,
        },
      ]),
    ),
  };
}

/** One entry of GET /api/v1/entities. */
export function apiEntityListItem(e: EntityIndexItem, baseUrl: string) {
  return {
    ...apiEntityName(e, baseUrl),
    kind: e.kind.toLowerCase(),
    description: e.description,
    // Each count stops above counts_capped_at: a larger number means "more than that".
    counts: e.counts,
    counts_capped_at: INDEX_COUNT_CAP,
  };
}

/**
 * What GET /api/v1/claims/{slug} carries of a claim, and why it leaves the rest out: published data
 * only. A field added to the dossier does not compile until it is declared here (lib/claim/shape.ts).
 */
export const API_CLAIM_FIELDS = {
  id: "omitted: the slug is the claim's public identifier",
  slug: "shown",
  textHi: "shown",
  textEn: "shown",
  topic: "shown",
  status: "omitted: the API answers for published claims only",
  version: "omitted: an edit counter for optimistic locking",
  createdAt: "omitted: when the desk logged it, not published data",
  publishedAt: "shown as verdict.published_at, when readers first got the verdict",
  retractedAt: "shown",
  createdBy: "omitted: desk bookkeeping, not published data",
  withdrawnAt: "omitted: withdrawn claims are never published",
  withdrawnBy: "omitted: withdrawn claims are never published",
  withdrawReason: "omitted: withdrawn claims are never published",
  mergedIntoId: "omitted: a merged claim answers as the claim it was merged into",
  verdict: {
    id: "omitted: an internal id; the claim's slug identifies its verdict",
    status: "omitted: always published here",
    version: "omitted: an edit counter for optimistic locking",
    summaryHi: "shown",
    summaryEn: "shown",
    rationale: "shown",
    reviewComment: "omitted: the reviewer's note to the writers, never public",
    originator: "shown",
    originatorId: "shown as originator.slug",
    originatorEvidenceId: "shown as the url and title of that source in misattributions[].evidence",
    originatorNote: "shown",
    misattributedMentionIds: "shown",
    submittedAt: "omitted: the desk's workflow, not published data",
    publishedAt: "shown",
    updatedAt: "omitted: corrections say what changed after publication, and when",
    author: "omitted: `authors` names every writer, the first author first",
    authors: "shown",
    reviewer: "shown",
    rating: "shown",
  },
  mentions: {
    id: "omitted: an appearance is identified by its article (misattributions name mention ids)",
    exact: "shown",
    prefix: "omitted: context for finding the words in the article's text",
    suffix: "omitted: context for finding the words in the article's text",
    context: "omitted: the API gives the quoted words; the verdict page shows their context",
    start: "omitted: offsets into the article's stored text",
    end: "omitted: offsets into the article's stored text",
    orphanedFromRevision: "omitted: a desk repair task; the quoted words stand as published",
    article: "shown",
    chain: {
      position: "shown as the chain's order, speaker first",
      role: "shown",
      verb: "shown",
      cue: "shown",
      entity: "shown",
      anonymousAs: "shown",
      affiliation: "shown",
    },
  },
  evidence: {
    id: "omitted: a source is identified by its url",
    stance: "shown",
    quote: "shown",
    note: "omitted: not in v1 yet; the verdict page shows it",
    createdAt: "omitted: when the desk attached it; `accessed` is when the source was read",
    source: {
      id: "omitted: a source is identified by its url",
      url: "shown",
      title: "shown",
      publisher: "shown",
      authors: "shown",
      lang: "omitted: not in v1 yet",
      publishedAt: "shown",
      accessedAt: "shown",
      archiveUrl: "shown",
      version: "omitted: an edit counter for optimistic locking",
      createdAt: "omitted: when the library first recorded it",
    },
  },
  corrections: {
    id: "shown",
    kind: "shown",
    noteHi: "shown",
    noteEn: "shown",
    version: "omitted: an edit counter for optimistic locking",
    createdAt: "omitted: when it was asked for; `published_at` is when readers were told",
    publishedAt: "shown",
    requestedBy: "omitted: the desk's workflow, not published data",
    approvedBy: "omitted: the desk's workflow, not published data",
    from: "shown",
    to: "shown",
  },
} satisfies ClaimFields;
