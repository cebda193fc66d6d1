import { useLocale, useTranslations } from "next-intl";
import { originatorValues } from "@/lib/attribution/originator";
import { formatDateTime, joinNames } from "@/lib/calendar/format";
import type { ClaimDossier, DossierCorrection } from "@/lib/claim/dossier";
import { isBeingWorkedOn } from "@/lib/claim/policy";
import { canApproveRetraction, canChangePublished } from "@/lib/correction/policy";
import type { RatingChoice } from "@/lib/rating/data";
import type { DiffSection } from "@/lib/review/snapshot";
import type { SessionUser } from "@/lib/user/session-user";
import {
  canEditVerdict,
  canHandOverVerdict,
  canReviewVerdict,
  isStaleDraft,
} from "@/lib/verdict/policy";
import { staleBefore } from "@/lib/verdict/stale";
import { OriginatorLine } from "../misattribution-note";
import { RatingBadge } from "../rating-badge";
import { DiscardCorrection, RetractionForm, RetractionReview } from "./correction-controls";
import type { OriginatorForm } from "./originator-fields";
import { PublishPreview } from "./publish-preview";
import { ReviewChanges } from "./review-changes";
import { ReviewPanel } from "./review-panel";
import { VerdictForm } from "./verdict-form";
import { VerdictHandOver } from "./verdict-hand-over";

/** What the verdict section shows depends on where the verdict is in its workflow and who is looking. */
export function VerdictPanel({
  claim,
  user,
  ratings,
  changes,
  editors = [],
}: {
  claim: ClaimDossier;
  user: SessionUser;
  ratings: RatingChoice[];
  /** Active editors a draft can be handed to (the claim page's assignable list). */
  editors?: { id: string; name: string }[];
  /** Since the last send-back of the verdict in review, if it was sent back before. */
  changes?: { sections: DiffSection[]; since: Date; by: string } | null;
}) {
  const t = useTranslations("verdicts.panel");
  const tc = useTranslations("corrections");
  const locale = useLocale();
  const v = claim.verdict;
  const parts = { evidence: claim.evidence, mentions: claim.mentions };
  const policyView = v && {
    status: v.status,
    authorId: v.author.id,
    contributorIds: v.authors.map((a) => a.id),
  };
  if (!v || !policyView)
    return isBeingWorkedOn(claim.status) ? (
      // Where the draft's form will stand (the second child of the same div): after the first save
      // the page refreshes into the draft branch, and React keeps this form, with whatever was typed
      // meanwhile, instead of mounting a fresh one from the saved row.
      <div className="space-y-4">
        {null}
        <VerdictForm claimId={claim.id} ratings={ratings} draft={null} parts={parts} />
      </div>
    ) : null;
  const pending = claim.corrections.find((c) => !c.publishedAt);
  if (v.status === "PUBLISHED") {
    if (pending?.kind === "RETRACTION") {
      return (
        <div className="space-y-4">
          <VerdictSummary verdict={v} evidence={claim.evidence} />
          <div
            className="space-y-2 rounded-lg border-2 border-red-700 bg-red-50 p-4"
            data-testid="pending-retraction"
          >
            <p className="font-semibold">
              {tc("retract.asks", { name: pending.requestedBy.name })}
            </p>
            <p lang="hi">{pending.noteHi}</p>
            {pending.noteEn && <p>{pending.noteEn}</p>}
            <RetractionReview
              correctionId={pending.id}
              version={pending.version}
              canApprove={canApproveRetraction(user, {
                ...pending,
                requestedById: pending.requestedBy.id,
              })}
            />
          </div>
        </div>
      );
    }
    return (
      <div className="space-y-4">
        {claim.retractedAt && (
          <p className="rounded bg-red-50 p-3 font-semibold text-red-800" data-testid="retracted">
            {tc("retract.retracted", { when: formatDateTime(claim.retractedAt, locale) })}
          </p>
        )}
        <VerdictSummary verdict={v} evidence={claim.evidence} />
        {canChangePublished(claim) && (
          <>
            <details className="rounded-lg border border-stone-200 bg-white p-4">
              <summary className="cursor-pointer font-semibold">{tc("correct.summary")}</summary>
              <p className="my-2 text-sm text-stone-600">{tc("correct.hint")}</p>
              <VerdictForm
                claimId={claim.id}
                ratings={ratings}
                draft={null}
                start={{ ...v, ratingId: v.rating.id }}
                origin={originOf(claim, v)}
                parts={parts}
                correction={{ kind: "CORRECTION", noteHi: "", noteEn: null }}
              />
            </details>
            <details className="rounded-lg border border-stone-200 bg-white p-4">
              <summary className="cursor-pointer font-semibold">{tc("retract.summary")}</summary>
              <RetractionForm claimId={claim.id} />
            </details>
          </>
        )}
      </div>
    );
  }
  const correcting = pending && pending.to?.id === v.id ? pending : undefined;
  if (v.status === "DRAFT") {
    const dayBegan = staleBefore();
    const draftView = { ...policyView, updatedAt: v.updatedAt };
    const handOver = canHandOverVerdict(user, draftView, dayBegan) && {
      holder: v.author,
      me: { id: user.id, name: user.name },
      editors,
      canTake: isStaleDraft(draftView, dayBegan),
    };
    if (canEditVerdict(user, policyView)) {
      return (
        <div className="space-y-4">
          {correcting && <CorrectionCompare c={correcting} verdict={v} />}
          <VerdictForm
            claimId={claim.id}
            ratings={ratings}
            draft={{ ...v, ratingId: v.rating.id }}
            origin={originOf(claim, v)}
            parts={parts}
            handOver={handOver || undefined}
            correction={
              correcting && correcting.kind !== "RETRACTION"
                ? { kind: correcting.kind, noteHi: correcting.noteHi, noteEn: correcting.noteEn }
                : undefined
            }
          />
          {correcting && (
            <DiscardCorrection correctionId={correcting.id} version={correcting.version} />
          )}
        </div>
      );
    }
    return (
      <div className="space-y-2">
        <p className="text-sm text-stone-600" data-testid="draft-holder">
          {t("drafting", { name: v.author.name, when: formatDateTime(v.updatedAt, locale) })}
          {!handOver && ` ${t("onlyHolder", { name: v.author.name })}`}
        </p>
        <VerdictSummary verdict={v} evidence={claim.evidence} />
        {handOver && <VerdictHandOver {...handOver} verdictId={v.id} version={v.version} />}
      </div>
    );
  }
  return (
    <div className="space-y-4">
      {correcting && <CorrectionCompare c={correcting} verdict={v} />}
      {changes && <ReviewChanges {...changes} />}
      <VerdictSummary verdict={v} evidence={claim.evidence} />
      {canReviewVerdict(user, policyView) ? (
        <ReviewPanel
          verdictId={v.id}
          version={v.version}
          preview={<PublishPreview claim={claim} reviewer={{ id: user.id, name: user.name }} />}
        />
      ) : (
        <p className="rounded bg-stone-100 p-3 text-sm" data-testid="awaiting-review">
          {t("awaitingReview")}
        </p>
      )}
    </div>
  );
}

/** The form's origin fields from a verdict: a draft's own, or the published one a correction starts from. */
function originOf(claim: ClaimDossier, v: NonNullable<ClaimDossier["verdict"]>): OriginatorForm {
  const o = originatorValues(v);
  // An appearance retired since has no checkbox to untick: it is not carried into the form.
  const current = new Set(claim.mentions.map((m) => m.id));
  return {
    originator: o.originatorId ? v.originator : null,
    originatorEvidenceId: o.originatorEvidenceId ?? "",
    originatorNote: o.originatorNote ?? "",
    misattributedMentionIds: o.misattributedMentionIds.filter((id) => current.has(id)),
  };
}

function VerdictSummary({
  verdict: v,
  evidence,
}: {
  verdict: NonNullable<ClaimDossier["verdict"]>;
  evidence: ClaimDossier["evidence"];
}) {
  const t = useTranslations("verdicts.panel");
  const te = useTranslations("enums");
  const locale = useLocale();
  const en = locale.startsWith("en");
  return (
    <div
      className="space-y-3 rounded-lg border border-stone-200 bg-white p-4"
      data-testid="verdict-summary"
    >
      <div className="flex items-center gap-3">
        <RatingBadge rating={v.rating} />
        <span className="rounded bg-stone-200 px-2 py-0.5 text-xs font-semibold">
          {te(`VerdictStatus.${v.status}`)}
        </span>
      </div>
      {en && v.summaryEn ? (
        <p className="text-lg">{v.summaryEn}</p>
      ) : (
        <p lang="hi" className="text-lg">
          {v.summaryHi}
        </p>
      )}
      <p lang="hi" className="whitespace-pre-line text-stone-700">
        {v.rationale}
      </p>
      <OriginatorLine verdict={v} evidence={evidence} />
      <p className="text-xs text-stone-600">
        {[
          t("by", { names: joinNames(v.authors, locale) }),
          v.submittedAt && t("submitted", { when: formatDateTime(v.submittedAt, locale) }),
          v.reviewer && t("reviewedBy", { name: v.reviewer.name }),
          v.publishedAt && t("published", { when: formatDateTime(v.publishedAt, locale) }),
        ]
          .filter(Boolean)
          .join(" · ")}
      </p>
    </div>
  );
}

/** The reviewer approves a change knowing what it changes: the published version next to the new one. */
function CorrectionCompare({
  c,
  verdict: v,
}: {
  c: DossierCorrection;
  verdict: NonNullable<ClaimDossier["verdict"]>;
}) {
  const t = useTranslations("corrections.correct");
  const te = useTranslations("enums");
  return (
    <div
      className="space-y-3 rounded-lg border-2 border-amber-400 bg-amber-50 p-4"
      data-testid="correction-compare"
    >
      <p className="font-semibold">
        {t("compare", { kind: te(`CorrectionKind.${c.kind}`), name: c.requestedBy.name })}
      </p>
      <p lang="hi" className="whitespace-pre-line" data-testid="correction-note">
        {c.noteHi}
      </p>
      {c.noteEn && <p className="whitespace-pre-line text-stone-700">{c.noteEn}</p>}
      <div className="grid gap-3 md:grid-cols-2">
        <div className="space-y-1 rounded bg-white p-3" data-testid="compare-before">
          <p className="text-xs font-semibold uppercase text-stone-600">{t("publishedNow")}</p>
          {c.from && <RatingBadge rating={c.from.rating} size="sm" />}
          <p lang="hi">{c.from?.summaryHi}</p>
        </div>
        <div className="space-y-1 rounded bg-white p-3" data-testid="compare-after">
          <p className="text-xs font-semibold uppercase text-stone-600">{t("proposed")}</p>
          <RatingBadge rating={v.rating} size="sm" />
          <p lang="hi">{v.summaryHi}</p>
        </div>
      </div>
    </div>
  );
}
