// The desk claim page's top: notices (merged into here, withdrawn) and the header with status,
// credits, wording, assignment and the claim's lifecycle actions. Kept apart so the page stays a
// list of sections.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ComponentProps } from "react";
import { LocalLink } from "@/components/local-link";
import { StatusBadge } from "@/components/status-badge";
import { formatDateTime } from "@/lib/calendar/format";
import type { ClaimDossier } from "@/lib/claim/dossier";
import { langAttr, wordingIn } from "@/lib/claim/wording";
import type { ClaimCredits } from "@/lib/history/credits";
import { langOf } from "@/lib/i18n/locale";
import { ClaimAssignee } from "./claim-assignee";
import { ClaimCreditsLine } from "./claim-credits";
import { RestoreClaimButton, WithdrawClaimForm } from "./claim-lifecycle";
import { ClaimWordingForm } from "./claim-wording-form";

type Assignment = Omit<ComponentProps<typeof ClaimAssignee>, "claimId" | "version">;

export async function ClaimBanners({ claim, merged }: { claim: ClaimDossier; merged?: string }) {
  const [t, locale] = await Promise.all([getTranslations("claims.page"), getLocale()]);
  return (
    <>
      {merged && (
        <p
          role="status"
          className="rounded border border-sky-300 bg-sky-50 px-3 py-2 text-sm text-sky-900"
          data-testid="merged-notice"
        >
          {t.rich("mergedNotice", { id: merged, code: (chunks) => <code>{chunks}</code> })}
        </p>
      )}
      {claim.withdrawnAt && (
        <div
          className="space-y-2 rounded border border-stone-400 bg-stone-100 p-4"
          data-testid="withdrawn-banner"
        >
          <p className="font-semibold">{t("withdrawn")}</p>
          <p className="text-sm">
            {t("withdrawnBy", {
              name: claim.withdrawnBy?.name ?? t("anEditor"),
              date: formatDateTime(claim.withdrawnAt, locale),
            })}{" "}
            <q>{claim.withdrawReason}</q>
          </p>
          <RestoreClaimButton claimId={claim.id} version={claim.version} />
        </div>
      )}
    </>
  );
}

export async function ClaimDeskHeader({
  claim,
  credits,
  editable,
  assignment,
}: {
  claim: ClaimDossier;
  credits: ClaimCredits;
  editable: boolean;
  assignment: Assignment;
}) {
  const [t, locale] = await Promise.all([getTranslations("claims.page"), getLocale()]);
  const lang = langOf(locale);
  const [first, second] = wordingIn(claim, lang);
  return (
    <header className="space-y-2">
      <p className="text-sm">
        <StatusBadge status={claim.status} withdrawn={!!claim.withdrawnAt} testId="claim-status" />
        <span className="ml-3">
          <Link href={`/desk/reports?claim=${claim.id}`} className="underline">
            {t("citationReport")}
          </Link>
        </span>
        {claim.status === "PUBLISHED" && (
          <LocalLink
            href={`/claims/${claim.slug}`}
            className="ml-3 underline"
            data-testid="public-link"
          >
            {t("publicPage")}
          </LocalLink>
        )}
      </p>
      <ClaimCreditsLine credits={credits} />
      <h1 lang={langAttr(first.lang, lang)} className="text-2xl font-bold" data-testid="claim-text">
        {first.text}
      </h1>
      {second && (
        <p
          lang={langAttr(second.lang, lang)}
          className="text-stone-600"
          data-testid="claim-text-other"
        >
          {second.text}
        </p>
      )}
      <p className="text-xs text-stone-600">
        {claim.status === "PUBLISHED" ? t("publicAddress") : t("publicAddressOnce")}:{" "}
        <code data-testid="claim-slug">/claims/{claim.slug}</code>
      </p>
      {!claim.withdrawnAt && (
        <ClaimAssignee claimId={claim.id} version={claim.version} {...assignment} />
      )}
      {editable && (
        <div className="flex flex-wrap items-start gap-4">
          <ClaimWordingForm claim={claim} />
          <WithdrawClaimForm claimId={claim.id} version={claim.version} />
          <Link href={`/desk/claims/${claim.id}/merge`} className="text-sm underline">
            {t("mergeInto")}
          </Link>
        </div>
      )}
    </header>
  );
}
