// What the report builder (./build.ts) reads of a claim's dossier: a subset of ClaimDossier, so either
// the full dossier (the printable page, the PDF) or the export's narrow batch query (./report-query.ts)
// can feed it. Types only.
import type { ClaimDossier } from "../claim/dossier";

type D = ClaimDossier;
type V = NonNullable<D["verdict"]>;
type M = D["mentions"][number];
type L = M["chain"][number];
type E = D["evidence"][number];
type C = D["corrections"][number];
export type ReportDossierEntity = Pick<
  NonNullable<L["entity"]>,
  "id" | "kind" | "nameHi" | "nameEn"
>;
type Entity = ReportDossierEntity;

type ReportVerdictRow = Pick<
  V,
  | "id"
  | "status"
  | "summaryHi"
  | "summaryEn"
  | "rationale"
  | "submittedAt"
  | "publishedAt"
  | "updatedAt"
  | "authors"
  | "reviewer"
> & {
  rating: Pick<V["rating"], "labelHi" | "labelEn" | "value" | "best" | "worst">;
  originator: Pick<NonNullable<V["originator"]>, "kind" | "nameHi" | "nameEn" | "url"> | null;
};

export type ReportMentionRow = Pick<M, "id" | "exact"> & {
  article: Pick<M["article"], "id" | "title" | "url" | "publishedAt" | "eventDate" | "lang"> & {
    outlet: Entity | null;
  };
  chain: (Pick<L, "position" | "role" | "verb" | "cue" | "anonymousAs"> & {
    entity: Entity | null;
    affiliation: Entity | null;
  })[];
};

export type ReportEvidenceRow = Pick<E, "id" | "stance" | "quote" | "note"> & {
  source: Pick<
    E["source"],
    | "id"
    | "title"
    | "publisher"
    | "authors"
    | "publishedAt"
    | "accessedAt"
    | "url"
    | "archiveUrl"
    | "lang"
  >;
};

export type ReportDossier = Pick<
  D,
  | "id"
  | "slug"
  | "textHi"
  | "textEn"
  | "topic"
  | "status"
  | "createdAt"
  | "publishedAt"
  | "retractedAt"
> & {
  verdict: ReportVerdictRow | null;
  mentions: ReportMentionRow[];
  evidence: ReportEvidenceRow[];
  corrections: Pick<C, "kind" | "noteHi" | "noteEn" | "publishedAt">[];
};

/** A batch of claims for a report, and where the next one starts (the last claim read). */
export type ReportDossierBatch = {
  dossiers: ReportDossier[];
  lastId: string | null;
  done: boolean;
};
