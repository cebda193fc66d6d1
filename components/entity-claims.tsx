// An entity's published claims, one section per role: each claim links to its verdict page with its
// rating and date. A misattributed appearance stays listed, marked with where the evidence shows the
// words came from (it is not counted in the tally above).
import Link from "next/link";
import { formatDate } from "@/lib/calendar/format";
import { displayName } from "@/lib/entity/search-key";
import type { EntityRoleList } from "@/lib/public/entity-data";
import { ROLE_LABELS } from "@/lib/public/entity-roles";
import { RatingBadge } from "./rating-badge";

export function EntityRoleSection({ list, slug }: { list: EntityRoleList; slug: string }) {
  const label = ROLE_LABELS[list.role];
  return (
    <section id={`role-${list.role}`} aria-labelledby={`role-${list.role}-h`} className="mt-8">
      <h2 id={`role-${list.role}-h`} className="text-xl font-semibold">
        <span lang="hi">{label.hi}</span> · {label.en}{" "}
        <span className="text-base font-normal text-stone-500">({list.total})</span>
      </h2>
      <ul className="mt-3 space-y-3" data-testid={`role-${list.role}`}>
        {list.items.map((c) => (
          <li key={c.id} className="rounded border border-stone-200 bg-white p-3">
            <Link href={`/claims/${c.slug}`} lang="hi" className="font-semibold hover:underline">
              {c.textHi}
            </Link>
            {c.textEn && <p className="text-sm text-stone-600">{c.textEn}</p>}
            <p className="mt-2 flex flex-wrap items-center gap-3 text-sm text-stone-500">
              <RatingBadge rating={c.rating} size="sm" />
              <time dateTime={c.at.toISOString()}>{formatDate(c.at)}</time>
              {c.retractedAt && (
                <span>
                  <span lang="hi">वापस लिया गया</span> · Retracted
                </span>
              )}
            </p>
            {c.misattributedTo && (
              <p className="mt-2 text-sm text-amber-800" data-testid="misattributed">
                <span lang="hi">गलत श्रेय</span> · Misattributed — the evidence shows it came from{" "}
                {c.misattributedTo.originator ? (
                  <Link
                    href={`/entities/${c.misattributedTo.originator.slug}`}
                    className="underline"
                  >
                    {displayName(c.misattributedTo.originator, "en")}
                  </Link>
                ) : (
                  "someone else"
                )}
                ; not counted above.
              </p>
            )}
          </li>
        ))}
      </ul>
      <nav className="mt-3 flex gap-4 text-sm" aria-label={`${label.en}: pages`}>
        {list.paged && (
          <Link href={`/entities/${slug}#role-${list.role}`} className="underline">
            Newest · <span lang="hi">सबसे नए</span>
          </Link>
        )}
        {list.next && (
          <Link
            href={`/entities/${slug}?role=${list.role}&after=${list.next}#role-${list.role}`}
            className="underline"
          >
            Older · <span lang="hi">पुराने</span>
          </Link>
        )}
      </nav>
    </section>
  );
}
