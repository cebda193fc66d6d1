import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { MergeConfirm } from "@/components/desk/claim-lifecycle";
import { MergeSearchForm } from "@/components/desk/merge-search-form";
import { findMergeTargets } from "@/lib/claim/data";
import { type ClaimDossier, getClaimDossier } from "@/lib/claim/dossier";
import { canEditClaimContent } from "@/lib/claim/policy";
import { mergePageQuery } from "@/lib/claim/schema";
import { langAttr, wordingIn } from "@/lib/claim/wording";
import { langOf } from "@/lib/i18n/locale";
import { parseListParams, type SearchParams } from "@/lib/paging";
import { requireDeskUser } from "@/lib/require-editor";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("claims.merge");
  return { title: t("title") };
}

// Merge a duplicate into another claim: pick the survivor by words, see both, then confirm.
export default async function MergeClaimPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requireDeskUser(`/desk/claims/${id}/merge`);
  const claim = await getClaimDossier(id);
  if (!claim) notFound();
  const { q, into } = parseListParams(mergePageQuery, await searchParams);
  const [t, locale] = await Promise.all([getTranslations("claims.merge"), getLocale()]);
  const lang = langOf(locale);
  const back = (
    <Link href={`/desk/claims/${claim.id}`} className="text-sm underline">
      {t("back")}
    </Link>
  );
  if (!canEditClaimContent(user, claim))
    return (
      <div className="space-y-4">
        {back}
        <p>{t("onlyOpen")}</p>
      </div>
    );
  const target = into && into !== claim.id ? await getClaimDossier(into) : null;
  const targets = !target && q ? await findMergeTargets(q, claim.id) : [];

  return (
    <div className="space-y-6">
      {back}
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {target ? (
        <>
          <div className="grid gap-4 md:grid-cols-2" data-testid="merge-compare">
            <ClaimCard title={t("thisClaim")} claim={claim} />
            <ClaimCard title={t("intoClaim")} claim={target} />
          </div>
          {!canEditClaimContent(user, target) ? (
            <p className="text-red-800">{t("notOpen")}</p>
          ) : claim.verdict ? (
            <p className="text-red-800" data-testid="merge-blocked">
              {t("blocked")}
            </p>
          ) : (
            <>
              <p className="text-sm text-stone-600">{t("explain")}</p>
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
          <MergeSearchForm label={t("searchLabel")} q={q} />
          {q && targets.length === 0 && <p className="text-stone-600">{t("noMatch")}</p>}
          <ul className="space-y-2" data-testid="merge-targets">
            {targets.map((target) => {
              const [first, second] = wordingIn(target, lang);
              return (
                <li key={target.id}>
                  <Link
                    href={`/desk/claims/${claim.id}/merge?into=${target.id}`}
                    lang={langAttr(first.lang, lang)}
                    className="font-semibold hover:underline"
                  >
                    {first.text}
                  </Link>
                  {second && (
                    <span
                      lang={langAttr(second.lang, lang)}
                      className="ml-2 text-sm text-stone-600"
                    >
                      {second.text}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}

async function ClaimCard({ title, claim }: { title: string; claim: ClaimDossier }) {
  const [t, locale] = await Promise.all([getTranslations("claims.merge"), getLocale()]);
  const lang = langOf(locale);
  const [first, second] = wordingIn(claim, lang);
  const rating = claim.verdict?.rating;
  return (
    <section className="space-y-1 rounded-lg border border-stone-200 bg-white p-4">
      <h2 className="text-sm font-semibold text-stone-600">{title}</h2>
      <p lang={langAttr(first.lang, lang)} className="font-semibold">
        {first.text}
      </p>
      {second && (
        <p lang={langAttr(second.lang, lang)} className="text-sm text-stone-600">
          {second.text}
        </p>
      )}
      <p className="text-sm">
        {t("summary", {
          appearances: claim.mentions.length,
          sources: claim.evidence.length,
          verdict: rating ? (lang === "hi" ? rating.labelHi : rating.labelEn) : t("noVerdict"),
        })}
      </p>
    </section>
  );
}
