// Search results with the matched words marked. The pieces come from lib/search-text/fold.ts highlight()
// and are rendered as text nodes: nothing from a row is ever parsed as HTML.
import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { formatDateTime } from "@/lib/calendar/format";
import { ENTITY_KINDS, type EntityKindName } from "@/lib/entity/kinds";
import { langOf } from "@/lib/i18n/locale";
import { listHref } from "@/lib/paging";
import { langIf } from "@/lib/public/in-lang";
import type { SearchPage } from "@/lib/search/engine";
import type { Segment } from "@/lib/search-text/fold";
import { LocalLink as Link } from "../local-link";
import { StatusBadge } from "../status-badge";

// Claims and appearances carry their claim's status; entities their kind, shown as text.
const isClaimStatus = (s: string | null): s is "OPEN" | "SENT_BACK" | "IN_REVIEW" | "PUBLISHED" =>
  s === "OPEN" || s === "SENT_BACK" || s === "IN_REVIEW" || s === "PUBLISHED";

function Marked({ segments }: { segments: Segment[] }) {
  return segments.map((s, i) =>
    s.hit ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: the pieces are a fixed cut of one string
      <mark key={i} className="rounded bg-amber-200 px-0.5">
        {s.text}
      </mark>
    ) : (
      s.text
    ),
  );
}

export function SearchResults({
  page,
  path,
  filters,
  empty,
}: {
  page: SearchPage;
  path: string;
  filters: Record<string, string | number | undefined>;
  /** What to say when nothing is found (readers are told where else the words were found). */
  empty?: ReactNode;
}) {
  const t = useTranslations("public.search");
  const kindName = useKindName();
  const locale = useLocale();
  const lang = langOf(locale);
  return (
    <>
      {page.items.length === 0 ? (
        (empty ?? <p className="mt-6 text-stone-600">{t("nothing")}</p>)
      ) : (
        <ol className="mt-6 space-y-3" data-testid="search-results">
          {page.items.map((hit) => (
            <li key={hit.id} className="rounded-lg bg-white p-3 shadow-sm">
              <Link
                href={hit.href}
                lang={langIf("hi", lang)}
                className="font-semibold hover:underline"
              >
                <Marked segments={hit.title} />
              </Link>
              {hit.detail.length > 0 && (
                <p className="mt-1 text-sm text-stone-600">
                  <Marked segments={hit.detail} />
                </p>
              )}
              <p className="mt-1 text-xs text-stone-600">
                {isClaimStatus(hit.status) ? (
                  <>
                    <StatusBadge status={hit.status} />
                    {hit.date && ` · ${formatDateTime(hit.date, locale)}`}
                  </>
                ) : (
                  [kindName(hit.status), hit.date ? formatDateTime(hit.date, locale) : null]
                    .filter(Boolean)
                    .join(" · ")
                )}
              </p>
            </li>
          ))}
        </ol>
      )}
      <nav className="mt-4 flex gap-4 text-sm" aria-label={t("resultPages")}>
        {page.page > 1 && (
          <Link href={listHref(path, { ...filters, page: page.page - 1 })}>{t("previous")}</Link>
        )}
        {page.hasNext && (
          <Link href={listHref(path, { ...filters, page: page.page + 1 })}>{t("next")}</Link>
        )}
      </nav>
    </>
  );
}

/** The search box: a plain GET form, so results are a URL that can be shared. */
export function SearchBox({
  action,
  value,
  type,
}: {
  action: string;
  value?: string;
  /** Keeps the kind of result chosen when new words are searched. */
  type?: string;
}) {
  const t = useTranslations("public.search");
  return (
    <search>
      <form method="get" action={action}>
        {type && <input type="hidden" name="type" value={type} />}
        <input
          type="search"
          name="q"
          defaultValue={value}
          aria-label={t("box")}
          placeholder={t("box")}
          className="w-48 rounded border border-stone-300 px-2 py-1 text-sm"
        />
      </form>
    </search>
  );
}

const isKind = (kind: string | null): kind is EntityKindName =>
  !!kind && (ENTITY_KINDS as readonly string[]).includes(kind);

/** An entity hit's kind in the page's language (other hits carry no kind). */
function useKindName() {
  const t = useTranslations("enums");
  return (kind: string | null) => (isKind(kind) ? t(`EntityKind.${kind}`) : kind);
}

/**
 * Readers' names above the fact checks: the people and organisations the words name, each opening
 * its public page, and a link to every name when there are more.
 */
export function NameHits({ page, allHref }: { page: SearchPage; allHref: string }) {
  const t = useTranslations("public.search");
  const kindName = useKindName();
  const lang = langOf(useLocale());
  if (page.items.length === 0) return null;
  return (
    <section className="mt-6" aria-labelledby="search-names" data-testid="search-names">
      <h2 id="search-names" className="text-sm font-semibold text-stone-700">
        {t("names")}
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2">
        {page.items.map((hit) => (
          <li key={hit.id} className="rounded-lg bg-white px-3 py-2 shadow-sm">
            <Link
              href={hit.href}
              lang={langIf("hi", lang)}
              className="font-semibold hover:underline"
            >
              <Marked segments={hit.title} />
            </Link>
            {isKind(hit.status) && (
              <span className="ml-2 text-xs text-stone-600">{kindName(hit.status)}</span>
            )}
          </li>
        ))}
      </ul>
      {page.hasNext && (
        <p className="mt-2 text-sm">
          <Link href={allHref} className="underline">
            {t("allNames")}
          </Link>
        </p>
      )}
    </section>
  );
}

/** Nothing on this tab: say so, and which tabs did find the words, with how many. */
export function FoundElsewhere({
  here,
  tabs,
}: {
  /** This tab's name, in the page's language. */
  here: string;
  tabs: { href: string; label: string; count: number; more: boolean }[];
}) {
  const t = useTranslations("public.search");
  return (
    <div className="mt-6 text-stone-600" data-testid="search-empty">
      <p>{t("nothingHere", { tab: here })}</p>
      {tabs.length > 0 && (
        <p className="mt-2">
          {t("foundIn")}{" "}
          {tabs.map((tab, i) => (
            <span key={tab.href}>
              {i > 0 && " · "}
              <Link href={tab.href} className="font-semibold underline">
                {tab.more
                  ? t("tabCountMore", { tab: tab.label, count: tab.count })
                  : t("tabCount", { tab: tab.label, count: tab.count })}
              </Link>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
