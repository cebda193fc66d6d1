import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClaimAppearances } from "@/components/claim-appearances";
import { AppearanceActions } from "@/components/desk/appearance-actions";
import { AuditTrail } from "@/components/desk/audit-trail";
import { ClaimBanners, ClaimDeskHeader } from "@/components/desk/claim-desk-header";
import { EvidenceControls } from "@/components/desk/evidence-controls";
import { EvidenceForm } from "@/components/desk/evidence-form";
import { ReviewThread } from "@/components/desk/review-thread";
import { VerdictPanel } from "@/components/desk/verdict-panel";
import { MisattributionNote } from "@/components/misattribution-note";
import { SourceList } from "@/components/source-list";
import { authorsOf } from "@/lib/author/schema";
import { getClaimAssignee, listAssignableEditors } from "@/lib/claim/data";
import { getClaimDossier } from "@/lib/claim/dossier";
import { canEditClaimContent } from "@/lib/claim/policy";
import { claimPageQuery } from "@/lib/claim/schema";
import { claimCredits } from "@/lib/history/credits";
import { describeHistory, listClaimHistory } from "@/lib/history/data";
import { langOf } from "@/lib/i18n/locale";
import { parseListParams, type SearchParams } from "@/lib/paging";
import { listRatings } from "@/lib/rating/data";
import { requireDeskUser } from "@/lib/require-editor";
import { getReviewView } from "@/lib/review/data";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("claims.page");
  return { title: t("metaTitle") };
}

export default async function DeskClaimPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requireDeskUser(`/desk/claims/${id}`);
  const claim = await getClaimDossier(id);
  if (!claim) notFound();
  // A merged duplicate's address leads to the claim it was merged into, which says so.
  if (claim.mergedIntoId) redirect(`/desk/claims/${claim.mergedIntoId}?merged=${claim.id}`);
  const { merged } = parseListParams(claimPageQuery, await searchParams);
  const [t, locale] = await Promise.all([getTranslations("claims.page"), getLocale()]);
  const lang = langOf(locale);
  const [ratings, history, review, assignee, editors] = await Promise.all([
    listRatings(),
    listClaimHistory(claim).then((events) => describeHistory(events, lang)),
    getReviewView(claim),
    getClaimAssignee(claim.id),
    listAssignableEditors(),
  ]);
  const editable = canEditClaimContent(user, claim);

  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
      <div className="space-y-8">
        <ClaimBanners claim={claim} merged={merged} />
        <ClaimDeskHeader
          claim={claim}
          credits={claimCredits(claim, history, lang)}
          editable={editable}
          assignment={{ assignee, editors, me: { id: user.id, name: user.name } }}
        />

        <section>
          <h2 className="mb-3 text-lg font-semibold">{t("appearancesTitle")}</h2>
          <ClaimAppearances
            mentions={claim.mentions}
            articleHref={(m) =>
              // An orphan opens the article ready to re-attach its words; others open the part
              // of a long article that holds them.
              m.orphanedFromRevision === null
                ? `/desk/articles/${m.article.id}?m=${m.id}#m-${m.id}`
                : `/desk/articles/${m.article.id}?reattach=${m.id}`
            }
            notes={(m) =>
              claim.verdict && (
                <MisattributionNote mention={m} verdict={claim.verdict} evidence={claim.evidence} />
              )
            }
            actions={
              editable
                ? (m) => (
                    <AppearanceActions
                      mention={m}
                      version={claim.version}
                      onlyOne={claim.mentions.length === 1}
                    />
                  )
                : undefined
            }
          />
        </section>

        <section className="space-y-4">
          <h2 className="text-lg font-semibold">{t("sourcesTitle")}</h2>
          <SourceList
            evidence={claim.evidence}
            actions={
              editable
                ? (e) => (
                    <EvidenceControls
                      evidence={{
                        ...e,
                        source: { ...e.source, authors: authorsOf(e.source.authors) },
                      }}
                      claimVersion={claim.version}
                    />
                  )
                : undefined
            }
          />
          {editable && <EvidenceForm claimId={claim.id} />}
        </section>

        <section className="space-y-4">
          <h2 className="text-lg font-semibold">{t("verdictTitle")}</h2>
          {claim.withdrawnAt ? (
            <p className="text-stone-600">{t("restoreToWork")}</p>
          ) : (
            <VerdictPanel
              claim={claim}
              user={user}
              ratings={ratings}
              changes={review.changes}
              editors={editors}
            />
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
