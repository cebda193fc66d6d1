import Link from "next/link";
import { notFound } from "next/navigation";
import { ClaimAppearances } from "@/components/claim-appearances";
import { AppearanceActions } from "@/components/desk/appearance-actions";
import { AuditTrail } from "@/components/desk/audit-trail";
import { ClaimWordingForm } from "@/components/desk/claim-wording-form";
import { EvidenceForm } from "@/components/desk/evidence-form";
import { VerdictPanel } from "@/components/desk/verdict-panel";
import { SourceList } from "@/components/source-list";
import { listClaimHistory } from "@/lib/claim/data";
import { getClaimDossier } from "@/lib/claim/dossier";
import { canEditClaimContent } from "@/lib/claim/policy";
import { listEntityChoices } from "@/lib/entity/data";
import { STATUS_LABELS } from "@/lib/format";
import { listRatings } from "@/lib/rating/data";
import { requireDeskUser } from "@/lib/require-editor";

type Props = { params: Promise<{ id: string }> };

export default async function DeskClaimPage({ params }: Props) {
  const { id } = await params;
  const user = await requireDeskUser(`/desk/claims/${id}`);
  const claim = await getClaimDossier(id);
  if (!claim) notFound();
  const [ratings, history, entities] = await Promise.all([
    listRatings(),
    listClaimHistory(claim),
    listEntityChoices(),
  ]);
  const editable = canEditClaimContent(user, claim);

  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
      <div className="space-y-8">
        <header className="space-y-2">
          <p className="text-sm">
            <span
              className="rounded bg-stone-200 px-2 py-0.5 font-semibold"
              data-testid="claim-status"
            >
              {STATUS_LABELS[claim.status].en}
            </span>
            <span className="ml-3 text-stone-500">logged by {claim.createdBy.name}</span>
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
          <h1 lang="hi" className="text-2xl font-bold" data-testid="claim-text">
            {claim.textHi}
          </h1>
          {claim.textEn && <p className="text-stone-600">{claim.textEn}</p>}
          <p className="text-xs text-stone-500">
            Public address{claim.status === "PUBLISHED" ? "" : " once published"}:{" "}
            <code data-testid="claim-slug">/claims/{claim.slug}</code>
          </p>
          {editable && <ClaimWordingForm claim={claim} />}
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
          <SourceList evidence={claim.evidence} />
          {editable && <EvidenceForm claimId={claim.id} />}
        </section>

        <section className="space-y-4">
          <h2 className="text-lg font-semibold">Verdict</h2>
          <VerdictPanel claim={claim} user={user} ratings={ratings} />
        </section>
      </div>
      <aside>
        <AuditTrail events={history} />
      </aside>
    </div>
  );
}
