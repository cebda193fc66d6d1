import Link from "next/link";
import { QuoteInContext } from "@/components/quote-in-context";
import { RatingBadge } from "@/components/rating-badge";
import type { PublicArticle } from "@/lib/article/data";

type Mention = Extract<PublicArticle, { full: false }>["mentions"][number];

/**
 * Another outlet's article as readers see it: each published claim with its quote and the few words
 * around it, and its verdict — never the article's paragraphs. Each item carries the appearance's
 * anchor (`#m-…`), so "where it appeared" links from a verdict page land on it.
 */
export function ClaimsInContext({ mentions }: { mentions: Mention[] }) {
  if (mentions.length === 0)
    return (
      <p className="mt-6 text-stone-600">
        <span lang="hi">इस लेख के किसी दावे की जांच अभी प्रकाशित नहीं हुई है।</span> · No claim in this
        article has a published fact check yet.
      </p>
    );
  return (
    <section className="mt-6" aria-labelledby="checked-claims">
      <h2 id="checked-claims" className="mb-3 text-lg font-semibold">
        <span lang="hi">इस लेख में जांचे गए दावे</span> · Claims checked in this article
      </h2>
      <ol className="space-y-4" data-testid="claims-in-context">
        {mentions.map((m) => (
          <ClaimItem key={m.id} m={m} />
        ))}
      </ol>
    </section>
  );
}

function ClaimItem({ m }: { m: Mention }) {
  const rating = m.claim.verdicts[0]?.rating;
  const href = `/claims/${m.claim.slug}`;
  return (
    <li id={`m-${m.id}`} className="rounded-lg border border-stone-200 bg-white p-4">
      <QuoteInContext prefix={m.prefix} exact={m.exact} suffix={m.suffix} context={m.context} />
      <p lang="hi" className="mt-3 font-semibold">
        <Link href={href} className="text-brand hover:underline">
          {m.claim.textHi}
        </Link>
      </p>
      <p className="mt-2">
        <Link
          href={href}
          className="inline-flex items-center gap-2 hover:underline"
          data-testid="verdict-link"
        >
          {rating ? (
            <RatingBadge rating={rating} size="sm" />
          ) : (
            <span className="text-sm text-stone-600">
              <span lang="hi">जांच देखें</span> · See the fact check
            </span>
          )}
          <span className="text-sm">
            <span lang="hi">पूरी जांच</span> · Read the fact check →
          </span>
        </Link>
      </p>
    </li>
  );
}
