// Search results with the matched words marked. The pieces come from lib/search/fold.ts highlight()
// and are rendered as text nodes: nothing from a row is ever parsed as HTML.
import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import { listHref } from "@/lib/paging";
import type { SearchPage } from "@/lib/search/engine";
import type { Segment } from "@/lib/search/fold";
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
}: {
  page: SearchPage;
  path: string;
  filters: Record<string, string | number | undefined>;
}) {
  return (
    <>
      {page.items.length === 0 ? (
        <p className="mt-6 text-stone-500">Nothing found.</p>
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
