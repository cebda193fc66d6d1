import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { formatDateTime } from "@/lib/calendar/format";

type SentBack = {
  id: string;
  textHi: string;
  sentBack: { body: string; createdAt: Date; author: { name: string } } | null;
};

/** The top of the desk: verdicts of yours a reviewer sent back, with their reason. */
export function SentBackToYou({ claims }: { claims: SentBack[] }) {
  const t = useTranslations("review.sentBack");
  const locale = useLocale();
  if (claims.length === 0) return null;
  return (
    <section
      className="mb-8 space-y-3 rounded-lg border-2 border-amber-500 bg-amber-50 p-4"
      data-testid="sent-back-to-you"
    >
      <h2 className="text-lg font-semibold">{t("title", { count: claims.length })}</h2>
      <ul className="space-y-2">
        {claims.map((c) => (
          <li key={c.id} className="rounded bg-white p-3 text-sm">
            <Link href={`/desk/claims/${c.id}`} lang="hi" className="font-semibold underline">
              {c.textHi}
            </Link>
            {c.sentBack && (
              <p className="mt-1 text-stone-700">
                {t("by", {
                  name: c.sentBack.author.name,
                  when: formatDateTime(c.sentBack.createdAt, locale),
                })}{" "}
                <span lang="hi" className="whitespace-pre-line">
                  {c.sentBack.body}
                </span>
              </p>
            )}
          </li>
        ))}
      </ul>
      <p className="text-xs">
        <Link href="/desk/claims?status=sent_back" className="underline">
          {t("all")}
        </Link>
      </p>
    </section>
  );
}
