import { getLocale, getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/calendar/format";
import type { ClaimCredits } from "@/lib/history/credits";

/** "Logged by Asha Verma on …; verdict by …; sent back by Ravi Kumar on …; published by …". */
export async function ClaimCreditsLine({ credits }: { credits: ClaimCredits }) {
  const [t, locale] = await Promise.all([getTranslations("claims.credits"), getLocale()]);
  const { logged, verdict, review, published } = credits;
  const b = (chunks: React.ReactNode) => <strong>{chunks}</strong>;
  const when = (at: Date | null) => (at ? ` ${t("on", { date: formatDateTime(at, locale) })}` : "");
  return (
    <ul className="flex flex-wrap gap-x-4 text-xs text-stone-600" data-testid="claim-credits">
      <li data-testid="credit-logged">
        {t.rich("logged", { name: logged.name, b })}
        {when(logged.at)}
      </li>
      {verdict && (
        <li data-testid="credit-verdict">
          {t.rich("verdict", { name: verdict.name, b })}{" "}
          {verdict.at ? t("submitted", { date: formatDateTime(verdict.at, locale) }) : t("draft")}
        </li>
      )}
      {review && (
        <li data-testid="credit-review">
          {t.rich(review.outcome === "sent back" ? "sentBack" : "approved", {
            name: review.name,
            b,
          })}
          {when(review.at)}
        </li>
      )}
      {published && (
        <li data-testid="credit-published">
          {t.rich("published", { name: published.name, b })}
          {when(published.at)}
        </li>
      )}
    </ul>
  );
}
