// The public read API's JSON (v1). Stable: other tools depend on these field names.
import { chainText } from "../attribution/render";
import type { ClaimDossier } from "../claim/dossier";
import { displayName } from "../entity/search-key";
import { isoDay as day, isoTime as iso } from "../format";
import { relaysOf, speakerOf } from "../report/build";
import { attributedTo } from "../verdict/originator";
import type { EntityIndexItem, PublicEntity } from "./entity-data";
import { INDEX_COUNT_CAP } from "./entity-sql";

/** Published dossiers only: they always carry their published verdict. */
function publishedVerdict(d: ClaimDossier) {
  if (!d.verdict) throw new Error(`claim ${d.id} has no published verdict`);
  return d.verdict;
}

type EntityRef = { slug: string; nameHi: string | null; nameEn: string | null } | null;

/** A chain link's entity as the API names it: its slug, both names and its public page. */
const apiEntityRef = (e: EntityRef, baseUrl: string) => (e ? apiEntityName(e, baseUrl) : null);

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
        date: day(m.article.publishedAt ?? m.article.eventDate),
      },
      quote: m.exact,
      speaker: m.chain.find((c) => c.role === "SPEAKER")?.entity ? speakerOf(m) : null,
      relayed_by: relaysOf(m),
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
      author: e.source.author,
      published: day(e.source.publishedAt),
      accessed: day(e.source.accessedAt),
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
