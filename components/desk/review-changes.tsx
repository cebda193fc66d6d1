import { useLocale, useTranslations } from "next-intl";
import { formatDateTime } from "@/lib/calendar/format";
import type { DiffSection } from "@/lib/review/snapshot";

/** What changed since the reviewer sent the verdict back: per section, words added and removed. */
export function ReviewChanges({
  sections,
  since,
  by,
}: {
  sections: DiffSection[];
  since: Date;
  by: string;
}) {
  const t = useTranslations("review.changes");
  const locale = useLocale();
  return (
    <div
      className="space-y-3 rounded-lg border-2 border-sky-300 bg-sky-50 p-4"
      data-testid="review-changes"
    >
      <p className="font-semibold">
        {t("title", { name: by, when: formatDateTime(since, locale) })}
      </p>
      {sections.length === 0 && (
        <p className="text-sm" data-testid="review-no-changes">
          {t("none")}
        </p>
      )}
      {sections.map((s) => (
        <section key={s.key} data-testid={`changes-${s.key}`}>
          <h4 className="text-sm font-semibold">{t(`sections.${s.key}`)}</h4>
          <ul className="mt-1 space-y-1">
            {s.rows.map((r, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are a fixed list per render
              <li key={i} className="rounded bg-white p-2 text-sm">
                <span className="mr-2 text-xs uppercase text-stone-600">
                  {t(`labels.${r.label}`)} {t(`change.${r.change}`)}
                </span>
                <span lang="hi" className="whitespace-pre-line">
                  {r.words.map((w, j) =>
                    w.op === "same" ? (
                      // biome-ignore lint/suspicious/noArrayIndexKey: the parts are a fixed cut of one text
                      <span key={j}>{w.text}</span>
                    ) : w.op === "add" ? (
                      // biome-ignore lint/suspicious/noArrayIndexKey: as above
                      <ins key={j} className="bg-green-200 no-underline" data-testid="diff-add">
                        {w.text}
                      </ins>
                    ) : (
                      // biome-ignore lint/suspicious/noArrayIndexKey: as above
                      <del key={j} className="bg-red-200" data-testid="diff-del">
                        {w.text}
                      </del>
                    ),
                  )}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
