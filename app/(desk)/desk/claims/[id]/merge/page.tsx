import Link from "next/link";
import { notFound } from "next/navigation";
import { MergeConfirm } from "@/components/desk/claim-lifecycle";
import { MergeSearchForm } from "@/components/desk/merge-search-form";
import { findMergeTargets } from "@/lib/claim/data";
import { type ClaimDossier, getClaimDossier } from "@/lib/claim/dossier";
import { canEditClaimContent } from "@/lib/claim/policy";
import { mergePageQuery } from "@/lib/claim/schema";
import { parseListParams, type SearchParams } from "@/lib/paging";
import { requireDeskUser } from "@/lib/require-editor";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

// Merge a duplicate into another claim: pick the survivor by words, see both, then confirm.
export default async function MergeClaimPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requireDeskUser(`/desk/claims/${id}/merge`);
  const claim = await getClaimDossier(id);
  if (!claim) notFound();
  const { q, into } = parseListParams(mergePageQuery, await searchParams);
  const back = (
    <Link href={`/desk/claims/${claim.id}`} className="text-sm underline">
      ← Back to the claim
    </Link>
  );
  if (!canEditClaimContent(user, claim))
    return (
      <div className="space-y-4">
        {back}
        <p>Only an open claim can be merged into another.</p>
      </div>
    );
  const target = into && into !== claim.id ? await getClaimDossier(into) : null;
  const targets = !target && q ? await findMergeTargets(q, claim.id) : [];

  return (
    <div className="space-y-6">
      {back}
      <h1 className="text-2xl font-bold">Merge into another claim</h1>
      {target ? (
        <>
          <div className="grid gap-4 md:grid-cols-2" data-testid="merge-compare">
            <ClaimCard title="This claim (merged away)" claim={claim} />
            <ClaimCard title="Into this claim (kept)" claim={target} />
          </div>
          {!canEditClaimContent(user, target) ? (
            <p className="text-red-800">That claim is not open; pick an open one.</p>
          ) : claim.verdict ? (
            <p className="text-red-800" data-testid="merge-blocked">
              This claim has a verdict draft. Discard it (or copy what you need into the other
              claim's verdict) before merging.
            </p>
          ) : (
            <>
              <p className="text-sm text-stone-600">
                Appearances and sources move to the kept claim, except exact duplicates (the same
                words of the same article; the same source with the same stance), which are recorded
                in the history. This claim's address will lead to the kept one.
              </p>
              <MergeConfirm
                claimId={claim.id}
                version={claim.version}
                intoId={target.id}
                intoVersion={target.version}
              />
            </>
          )}
        </>
      ) : (
        <>
          <MergeSearchForm label="Find the claim to keep, by words" q={q} />
          {q && targets.length === 0 && <p className="text-stone-500">No open claim matches.</p>}
          <ul className="space-y-2" data-testid="merge-targets">
            {targets.map((t) => (
              <li key={t.id}>
                <Link
                  href={`/desk/claims/${claim.id}/merge?into=${t.id}`}
                  lang="hi"
                  className="font-semibold hover:underline"
                >
                  {t.textHi}
                </Link>
                {t.textEn && <span className="ml-2 text-sm text-stone-500">{t.textEn}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function ClaimCard({ title, claim }: { title: string; claim: ClaimDossier }) {
  return (
    <section className="space-y-1 rounded-lg border border-stone-200 bg-white p-4">
      <h2 className="text-sm font-semibold text-stone-500">{title}</h2>
      <p lang="hi" className="font-semibold">
        {claim.textHi}
      </p>
      {claim.textEn && <p className="text-sm text-stone-600">{claim.textEn}</p>}
      <p className="text-sm">
        {claim.mentions.length} appearance(s) · {claim.evidence.length} source(s) · verdict:{" "}
        {claim.verdict ? claim.verdict.rating.labelEn : "none"}
      </p>
    </section>
  );
}
