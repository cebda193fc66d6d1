// The desk claim page's top: notices (merged into here, withdrawn) and the header with status,
// credits, wording, assignment and the claim's lifecycle actions. Kept apart so the page stays a
// list of sections.
import Link from "next/link";
import type { ComponentProps } from "react";
import { StatusBadge } from "@/components/status-badge";
import { formatDateTime } from "@/lib/calendar/format";
import type { ClaimDossier } from "@/lib/claim/dossier";
import type { ClaimCredits } from "@/lib/history/credits";
import { ClaimAssignee } from "./claim-assignee";
import { ClaimCreditsLine } from "./claim-credits";
import { RestoreClaimButton, WithdrawClaimForm } from "./claim-lifecycle";
import { ClaimWordingForm } from "./claim-wording-form";

type Assignment = Omit<ComponentProps<typeof ClaimAssignee>, "claimId" | "version">;

export function ClaimBanners({ claim, merged }: { claim: ClaimDossier; merged?: string }) {
  return (
    <>
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
    </>
  );
}

export function ClaimDeskHeader({
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
  return (
    <header className="space-y-2">
      <p className="text-sm">
        <StatusBadge status={claim.status} withdrawn={!!claim.withdrawnAt} testId="claim-status" />
        <span className="ml-3">
          <Link href={`/desk/reports?claim=${claim.id}`} className="underline">
            Citation report
          </Link>
        </span>
        {claim.status === "PUBLISHED" && (
          <Link href={`/claims/${claim.slug}`} className="ml-3 underline" data-testid="public-link">
            Public page
          </Link>
        )}
      </p>
      <ClaimCreditsLine credits={credits} />
      <h1 lang="hi" className="text-2xl font-bold" data-testid="claim-text">
        {claim.textHi}
      </h1>
      {claim.textEn && <p className="text-stone-600">{claim.textEn}</p>}
      <p className="text-xs text-stone-500">
        Public address{claim.status === "PUBLISHED" ? "" : " once published"}:{" "}
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
            Merge into another claim…
          </Link>
        </div>
      )}
    </header>
  );
}
