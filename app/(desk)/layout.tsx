import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/desk/sign-out-button";
import { SearchBox } from "@/components/search/results";
import { SiteHeader } from "@/components/site-header";
import { MAIN_ID, SkipLink } from "@/components/skip-link";
import { formatNumber } from "@/lib/calendar/format";
import { countUnread, INBOX_BADGE_CAP } from "@/lib/notification/data";
import { findDeskUser } from "@/lib/require-editor";
import { countReviewableForMe, REVIEW_BADGE_CAP } from "@/lib/verdict/data";

export default async function DeskLayout({ children }: { children: React.ReactNode }) {
  // No redirect here: each desk page asks for the editor itself and sends a signed-out reader to sign
  // in with its own path to come back to (a layout cannot know the path).
  const user = await findDeskUser();
  if (!user)
    return (
      <>
        <SkipLink />
        <main id={MAIN_ID} tabIndex={-1} className="focus:outline-none mx-auto max-w-6xl px-4 py-8">
          {children}
        </main>
      </>
    );
  const [reviewable, unread] = await Promise.all([countReviewableForMe(), countUnread()]);
  const [t, ts, locale] = await Promise.all([
    getTranslations("nav.desk"),
    getTranslations("desk.shell"),
    getLocale(),
  ]);
  // A count over the badge's cap reads "99+": the query stops counting there.
  const badge = (n: number, cap: number) =>
    n >= cap ? ts("countCapped", { count: cap - 1 }) : formatNumber(n, locale);
  return (
    <>
      <SkipLink />
      <SiteHeader>
        <SearchBox action="/desk/search" />
        <Link href="/desk/articles" className="hover:underline">
          {t("articles")}
        </Link>
        <Link href="/desk/claims" className="hover:underline">
          {t("claims")}
        </Link>
        <Link href="/desk/review" className="hover:underline">
          {t("reviewQueue")}
          {reviewable > 0 && (
            <span
              className="ml-1 rounded-full bg-brand px-2 py-0.5 text-xs font-semibold text-white"
              data-testid="review-count"
              title={ts("reviewCountLabel", { count: reviewable })}
            >
              {badge(reviewable, REVIEW_BADGE_CAP)}
            </span>
          )}
        </Link>
        <Link href="/desk/review/stale" className="hover:underline">
          {t("staleDrafts")}
        </Link>
        <Link href="/desk/inbox" className="hover:underline" data-testid="inbox-link">
          {t("inbox")}
          {unread > 0 && (
            <span
              className="font-semibold"
              data-testid="inbox-count"
              title={ts("unreadLabel", { count: unread })}
            >
              {" "}
              ({badge(unread, INBOX_BADGE_CAP)})
            </span>
          )}
        </Link>
        <Link href="/desk/entities" className="hover:underline">
          {t("entities")}
        </Link>
        <Link href="/desk/orphans" className="hover:underline">
          {t("orphans")}
        </Link>
        <Link href="/desk/reports" className="hover:underline">
          {t("reports")}
        </Link>
        <span aria-hidden="true" className="text-stone-600">
          |
        </span>
        <span className="text-stone-700" data-testid="signed-in-as">
          {user.name}
        </span>
        <SignOutButton />
      </SiteHeader>
      <main id={MAIN_ID} tabIndex={-1} className="focus:outline-none mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
