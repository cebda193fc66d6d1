// An entity's published claims, one section per role: each claim links to its verdict page with its
// rating and date. A misattributed appearance stays listed, marked with where the evidence shows the
// words came from (it is not counted in the tally above).
import { useLocale, useTranslations } from "next-intl";
import { formatDate, formatNumber } from "@/lib/calendar/format";
import { langOf } from "@/lib/i18n/locale";
import type { EntityRoleList } from "@/lib/public/entity-data";
import { inLang, langIf, nameIn } from "@/lib/public/in-lang";
import { LocalLink } from "./local-link";
import { RatingBadge } from "./rating-badge";

export function EntityRoleSection({ list, slug }: { list: EntityRoleList; slug: string }) {
  const t = useTranslations("public");
  const locale = useLocale();
  const lang = langOf(locale);
  const label = t(`roles.${list.role}`);
  return (
    <section id={`role-${list.role}`} aria-labelledby={`role-${list.role}-h`} className="mt-8">
      <h2 id={`role-${list.role}-h`} className="text-xl font-semibold">
        {label}{" "}
        <span className="text-base font-normal text-stone-600">
          ({formatNumber(list.total, locale)})
        </span>
      </h2>
      <ul className="mt-3 space-y-3" data-testid={`role-${list.role}`}>
        {list.items.map((c) => {
          const text = inLang(lang, c.textHi, c.textEn);
          const origin = c.misattributedTo?.originator;
          const originName = origin ? nameIn(origin, lang) : null;
          return (
            <li key={c.id} className="rounded border border-stone-200 bg-white p-3">
              <LocalLink
                href={`/claims/${c.slug}`}
                lang={langIf(text.lang, lang)}
                className="font-semibold hover:underline"
              >
                {text.text}
              </LocalLink>
              <p className="mt-2 flex flex-wrap items-center gap-3 text-sm text-stone-600">
                <RatingBadge rating={c.rating} size="sm" />
                <time dateTime={c.at.toISOString()}>{formatDate(c.at, locale)}</time>
                {c.retractedAt && <span>{t("entity.retracted")}</span>}
              </p>
              {c.misattributedTo && (
                <p className="mt-2 text-sm text-amber-800" data-testid="misattributed">
                  {t.rich("entity.misattributed", {
                    who: () =>
                      origin && originName ? (
                        <LocalLink
                          href={`/entities/${origin.slug}`}
                          lang={langIf(originName.lang, lang)}
                          className="underline"
                        >
                          {originName.text}
                        </LocalLink>
                      ) : (
                        t("entity.someoneElse")
                      ),
                  })}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <nav className="mt-3 flex gap-4 text-sm" aria-label={t("entity.rolePages", { role: label })}>
        {list.paged && (
          <LocalLink href={`/entities/${slug}#role-${list.role}`} className="underline">
            {t("entity.newest")}
          </LocalLink>
        )}
        {list.next && (
          <LocalLink
            href={`/entities/${slug}?role=${list.role}&after=${list.next}#role-${list.role}`}
            className="underline"
          >
            {t("entity.older")}
          </LocalLink>
        )}
      </nav>
    </section>
  );
}
