import { useLocale, useTranslations } from "next-intl";
import { formatDate } from "@/lib/calendar/format";

/** Readers are told when an article's text changed after its claims were checked against it. */
export function ArticleChanged({
  revision,
  revisedAt,
}: {
  revision: number;
  revisedAt: Date | null;
}) {
  const t = useTranslations("verdict.appearance");
  const locale = useLocale();
  if (revision <= 1 || !revisedAt) return null;
  return (
    <p className="text-sm text-amber-800" data-testid="article-changed">
      {t("articleChanged", { date: formatDate(revisedAt, locale), revision })}
    </p>
  );
}
