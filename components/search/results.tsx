// Search results with the matched words marked. The pieces come from lib/search-text/fold.ts highlight()
// and are rendered as text nodes: nothing from a row is ever parsed as HTML.
import Link from "next/link";
import type { ReactNode } from "react";
import { formatDateTime } from "@/lib/calendar/format";
import { KIND_LABELS } from "@/lib/entity/kinds";
import { listHref } from "@/lib/paging";
import type { SearchPage } from "@/lib/search/engine";
import type { Segment } from "@/lib/search-text/fold";
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
  return (
    <>
      {page.items.length === 0 ? (
        (empty ?? <p className="mt-6 text-stone-500">Nothing found.</p>)
      ) : (
        <ol className="mt-6 space-y-3" data-testid="search-results">
          {page.items.map((hit) => (
            <li key={hit.id} className="rounded-lg bg-white p-3 shadow-sm">
              <Link href={hit.href} lang="hi" className="font-semibold hover:underline">
                <Marked segments={hit.title} />
              </Link>
              {hit.detail.length > 0 && (
                <p className="mt-1 text-sm text-stone-600">
                  <Marked segments={hit.detail} />
                </p>
              )}
              <p className="mt-1 text-xs text-stone-500">
                {isClaimStatus(hit.status) ? (
                  <>
                    <StatusBadge status={hit.status} />
                    {hit.date && ` · ${formatDateTime(hit.date)}`}
                  </>
                ) : (
                  [hit.status, hit.date ? formatDateTime(hit.date) : null]
                    .filter(Boolean)
                    .join(" · ")
                )}
              </p>
            </li>
          ))}
        </ol>
      )}
      <nav className="mt-4 flex gap-4 text-sm" aria-label="Result pages">
        {page.page > 1 && (
          <Link href={listHref(path, { ...filters, page: page.page - 1 })}>← Previous</Link>
        )}
        {page.hasNext && (
          <Link href={listHref(path, { ...filters, page: page.page + 1 })}>Next →</Link>
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
  return (
    <search>
      <form method="get" action={action}>
        {type && <input type="hidden" name="type" value={type} />}
        <input
          type="search"
          name="q"
          defaultValue={value}
          aria-label="Search"
          placeholder="खोजें · Search"
          className="w-48 rounded border border-stone-300 px-2 py-1 text-sm"
        />
      </form>
    </search>
  );
}

const kindLabel = (kind: string | null) =>
  kind && kind in KIND_LABELS ? KIND_LABELS[kind as keyof typeof KIND_LABELS] : null;

/**
 * Readers' names above the fact checks: the people and organisations the words name, each opening
 * its public page, and a link to every name when there are more.
 */
export function NameHits({ page, allHref }: { page: SearchPage; allHref: string }) {
  if (page.items.length === 0) return null;
  return (
    <section className="mt-6" aria-labelledby="search-names" data-testid="search-names">
      <h2 id="search-names" className="text-sm font-semibold text-stone-600">
        <span lang="hi">लोग और संस्थाएं</span> · People and organisations
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2">
        {page.items.map((hit) => {
          const kind = kindLabel(hit.status);
          return (
            <li key={hit.id} className="rounded-lg bg-white px-3 py-2 shadow-sm">
              <Link href={hit.href} lang="hi" className="font-semibold hover:underline">
                <Marked segments={hit.title} />
              </Link>
              {kind && (
                <span className="ml-2 text-xs text-stone-500">
                  <span lang="hi">{kind.hi}</span> · {kind.en}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {page.hasNext && (
        <p className="mt-2 text-sm">
          <Link href={allHref} className="underline">
            <span lang="hi">सभी नाम</span> · All names →
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
  /** This tab's name, in Hindi and English. */
  here: { hi: string; en: string };
  tabs: { href: string; hi: string; en: string; count: number; more: boolean }[];
}) {
  return (
    <div className="mt-6 text-stone-600" data-testid="search-empty">
      <p>
        <span lang="hi">“{here.hi}” में कुछ नहीं मिला</span> · Nothing found in “{here.en}”.
      </p>
      {tabs.length > 0 && (
        <p className="mt-2">
          <span lang="hi">यहां मिला</span> · Found in:{" "}
          {tabs.map((t, i) => (
            <span key={t.href}>
              {i > 0 && " · "}
              <Link href={t.href} className="font-semibold underline">
                {t.en} · <span lang="hi">{t.hi}</span> ({t.count}
                {t.more ? "+" : ""})
              </Link>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
