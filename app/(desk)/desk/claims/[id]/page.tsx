import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ClaimAppearances } from "@/components/claim-appearances";
import { AppearanceActions } from "@/components/desk/appearance-actions";
import { AuditTrail } from "@/components/desk/audit-trail";
import { ClaimAssignee } from "@/components/desk/claim-assignee";
import { ClaimCreditsLine } from "@/components/desk/claim-credits";
import { RestoreClaimButton, WithdrawClaimForm } from "@/components/desk/claim-lifecycle";
import { ClaimWordingForm } from "@/components/desk/claim-wording-form";
import { EvidenceControls } from "@/components/desk/evidence-controls";
import { EvidenceForm } from "@/components/desk/evidence-form";
import { ReviewThread } from "@/components/desk/review-thread";
import { VerdictPanel } from "@/components/desk/verdict-panel";
import { SourceList } from "@/components/source-list";
import { StatusBadge } from "@/components/status-badge";
import { getClaimAssignee, listAssignableEditors, listClaimHistory } from "@/lib/claim/data";
import { getClaimDossier } from "@/lib/claim/dossier";
import { canEditClaimContent } from "@/lib/claim/policy";
import { claimPageQuery } from "@/lib/claim/schema";
import { listEntityChoices } from "@/lib/entity/data";
import { formatDateTime } from "@/lib/format";
import { claimCredits } from "@/lib/history/credits";
import { describeHistory } from "@/lib/history/data";
import { parseListParams, type SearchParams } from "@/lib/paging";
import { listRatings } from "@/lib/rating/data";
import { requireDeskUser } from "@/lib/require-editor";
import { getReviewView } from "@/lib/review/data";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export default async function DeskClaimPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requireDeskUser(`/desk/claims/${id}`);
  const claim = await getClaimDossier(id);
  if (!claim) notFound();
  // A merged duplicate's address leads to the claim it was merged into, which says so.
  if (claim.mergedIntoId) redirect(`/desk/claims/${claim.mergedIntoId}?merged=${claim.id}`);
  const { merged } = parseListParams(claimPageQuery, await searchParams);
  const [ratings, history, review, entities, assignee, editors] = await Promise.all([
    listRatings(),
    listClaimHistory(claim).then(describeHistory),
    getReviewView(claim),
    listEntityChoices(),
    getClaimAssignee(claim.id),
    listAssignableEditors(),
  ]);
  const editable = canEditClaimContent(user, claim);

  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
      <div className="space-y-8">
        {merged && (
          <p
            role="status"
            className="rounded border border-sky-300 bg-sky-50 px-3 py-2 text-sm text-sky-900"
            data-testid="merged-notice"
          >
            A duplicate claim (<code>{merged}</code>) was merged into this one: its appearances and
            sources are here now, and its old address leads here.
          </p>
        )}
        {claim.withdrawnAt && (
          <div
            className="space-y-2 rounded border border-stone-400 bg-stone-100 p-4"
            data-testid="withdrawn-banner"
          >
            <p className="font-semibold">
              Withdrawn <span lang="hi">· वापस लिया गया</span>
            </p>
            <p className="text-sm">
              {claim.withdrawnBy?.name ?? "An editor"} withdrew this claim on{" "}
              {formatDateTime(claim.withdrawnAt)}: <q>{claim.withdrawReason}</q>
            </p>
            <RestoreClaimButton claimId={claim.id} version={claim.version} />
          </div>
        )}
        <header className="space-y-2">
          <p className="text-sm">
            <StatusBadge
              status={claim.status}
              withdrawn={!!claim.withdrawnAt}
              testId="claim-status"
            />
            <span className="ml-3">
              <Link href={`/desk/reports?claim=${claim.id}`} className="underline">
                Citation report
              </Link>
            </span>
            {claim.status === "PUBLISHED" && (
              <Link
                href={`/claims/${claim.slug}`}
                className="ml-3 underline"
                data-testid="public-link"
              >
                Public page
              </Link>
            )}
          </p>
          <ClaimCreditsLine credits={claimCredits(claim, history)} />
          <h1 lang="hi" className="text-2xl font-bold" data-testid="claim-text">
            {claim.textHi}
          </h1>
          {claim.textEn && <p className="text-stone-600">{claim.textEn}</p>}
          <p className="text-xs text-stone-500">
            Public address{claim.status === "PUBLISHED" ? "" : " once published"}:{" "}
            <code data-testid="claim-slug">/claims/{claim.slug}</code>
          </p>
          {!claim.withdrawnAt && (
            <ClaimAssignee
              claimId={claim.id}
              version={claim.version}
              assignee={assignee}
              me={{ id: user.id, name: user.name }}
              editors={editors}
            />
          )}
          {editable && (
            <div className="flex flex-wrap items-start gap-4">
              <ClaimWordingForm claim={claim} />
              <WithdrawClaimForm claimId={claim.id} version={claim.version} />
              <Link href={`/desk/claims/${claim.id}/merge`} className="text-sm underline">
                Merge into another claim…
              </Link>
            </div>
          )}
        </header>

        <section>
          <h2 className="mb-3 text-lg font-semibold">Appearances and attribution</h2>
          <ClaimAppearances
            mentions={claim.mentions}
            articleHref={(m) => `/desk/articles/${m.article.id}`}
            actions={
              editable
                ? (m) => (
                    <AppearanceActions
                      mention={m}
                      version={claim.version}
                      onlyOne={claim.mentions.length === 1}
                      entities={entities}
                    />
                  )
                : undefined
            }
          />
        </section>

        <section className="space-y-4">
          <h2 className="text-lg font-semibold">Sources and evidence</h2>
          <SourceList
            evidence={claim.evidence}
            actions={
              editable
                ? (e) => <EvidenceControls evidence={e} claimVersion={claim.version} />
                : undefined
            }
          />
          {editable && <EvidenceForm claimId={claim.id} />}
        </section>

        <section className="space-y-4">
          <h2 className="text-lg font-semibold">Verdict</h2>
          {claim.withdrawnAt ? (
            <p className="text-stone-500">Restore the claim to work on its verdict.</p>
          ) : (
            <VerdictPanel claim={claim} user={user} ratings={ratings} changes={review.changes} />
          )}
        </section>

        <ReviewThread claimId={claim.id} thread={review.thread} canComment={review.canComment} />
      </div>
      <aside>
        <AuditTrail events={history} now={new Date()} />
      </aside>
    </div>
  );
}
