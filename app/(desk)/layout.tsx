import Link from "next/link";
import { SignOutButton } from "@/components/desk/sign-out-button";
import { SearchBox } from "@/components/search/results";
import { SiteHeader } from "@/components/site-header";
import { MAIN_ID, SkipLink } from "@/components/skip-link";
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
  return (
    <>
      <SkipLink />
      <SiteHeader>
        <SearchBox action="/desk/search" />
        <Link href="/desk/articles" className="hover:underline">
          Articles
        </Link>
        <Link href="/desk/claims" className="hover:underline">
          Claims
        </Link>
        <Link href="/desk/review" className="hover:underline">
          Review queue
          {reviewable > 0 && (
            <span
              className="ml-1 rounded-full bg-brand px-2 py-0.5 text-xs font-semibold text-white"
              data-testid="review-count"
            >
              {reviewable >= REVIEW_BADGE_CAP ? `${REVIEW_BADGE_CAP - 1}+` : reviewable}
            </span>
          )}
        </Link>
        <Link href="/desk/review/stale" className="hover:underline">
          Stale drafts
        </Link>
        <Link href="/desk/inbox" className="hover:underline" data-testid="inbox-link">
          Inbox
          {unread > 0 && (
            <span className="font-semibold" data-testid="inbox-count">
              {" "}
              ({unread >= INBOX_BADGE_CAP ? `${INBOX_BADGE_CAP - 1}+` : unread})
            </span>
          )}
        </Link>
        <Link href="/desk/entities" className="hover:underline">
          Entities
        </Link>
        <Link href="/desk/orphans" className="hover:underline">
          Orphans
        </Link>
        <Link href="/desk/reports" className="hover:underline">
          Reports
        </Link>
        <span className="text-stone-400">|</span>
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
