import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClaimForm } from "@/components/desk/claim-form";
import { QuoteInContext } from "@/components/quote-in-context";
import { describeRange, snapSelection } from "@/lib/anchoring";
import { getArticleForDesk } from "@/lib/article/data";
import { listClaimMatches } from "@/lib/claim/data";
import { overlapShare, SAME_SPAN, selectionCrossings } from "@/lib/claim/mention-span";
import { parseId } from "@/lib/ids";
import { requireDeskUser } from "@/lib/require-editor";
import { logChainPrefill } from "@/lib/suggestion/data";
import { furnitureOf, furnitureOverlapping } from "@/lib/text/furniture";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{
    start?: string;
    end?: string;
    speaker?: string;
    via?: string;
    claim?: string;
    speakerAs?: string;
  }>;
};

/** The page's own query, for the way back after sign-in. */
const returnQuery = (q: Record<string, string | undefined>) =>
  new URLSearchParams(
    Object.entries(q).filter((e): e is [string, string] => typeof e[1] === "string"),
  ).toString();

const offset = (raw?: string) => (raw && /^\d{1,8}$/.test(raw) ? Number(raw) : null);

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("articles.log");
  return { title: t("title") };
}

export default async function LogClaimPage({ params, searchParams }: Props) {
  const [{ id }, q] = await Promise.all([params, searchParams]);
  // Signed out mid-log (an expired session), sign-in comes back to this very selection.
  await requireDeskUser(`/desk/articles/${id}/log?${returnQuery(q)}`);
  const [article, t] = await Promise.all([getArticleForDesk(id), getTranslations("articles")]);
  if (!article) notFound();
  const [start, end] = [offset(q.start), offset(q.end)];
  // Reversed or out-of-range offsets are refused, never "fixed" into some other words of the text.
  const inside = start !== null && end !== null && start < end && end <= article.body.length;
  const span = inside ? snapSelection(article.body, start, end) : null;
  if (!span) {
    return (
      <p className="rounded bg-red-50 p-4 text-red-800" data-testid="bad-selection">
        {t.rich("log.badSelection", {
          link: (chunks) => (
            <Link href={`/desk/articles/${id}`} className="underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
    );
  }
  const anchor = describeRange(article.body, span.start, span.end);
  // Words already logged (Back after logging, or a second editor): open that claim, not a duplicate.
  const logged = article.mentions.find((m) => overlapShare(m, anchor) >= SAME_SPAN);
  if (logged) {
    return (
      <div className="max-w-3xl space-y-4" data-testid="already-logged">
        <h1 className="text-2xl font-bold">{t("log.alreadyTitle")}</h1>
        <QuoteInContext prefix={anchor.prefix} exact={anchor.exact} suffix={anchor.suffix} />
        <p>
          {t.rich("log.alreadyText", {
            claim: logged.claim.textHi,
            link: (chunks) => (
              <Link
                href={`/desk/claims/${logged.claim.id}`}
                lang="hi"
                className="font-semibold underline"
              >
                {chunks}
              </Link>
            ),
          })}
        </p>
      </div>
    );
  }
  // The import report links here with the claim it matched; anything but an id is ignored.
  const claimId = parseId(q.claim) ?? undefined;
  const [chain, matches] = await Promise.all([
    logChainPrefill(q, article.body, anchor),
    listClaimMatches(anchor.exact, claimId),
  ]);
  const inFurniture = furnitureOverlapping(furnitureOf(article), anchor.start, anchor.end);
  // The claim box starts as one clean line: the quote's line breaks and runs of spaces are layout.
  const initial = { textHi: anchor.exact.replace(/\s+/gu, " ").trim(), ...chain };
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">{t("log.title")}</h1>
      <p className="text-sm text-stone-600">
        {t.rich("log.from", {
          title: article.title,
          link: (chunks) => (
            <Link href={`/desk/articles/${id}`} lang={article.lang} className="underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
      <div data-testid="selected-quote">
        <QuoteInContext prefix={anchor.prefix} exact={anchor.exact} suffix={anchor.suffix} />
      </div>
      {inFurniture && (
        // Not refused: the detector can be wrong, and an editor may un-mark the line later.
        <p
          className="rounded bg-amber-50 px-3 py-2 text-sm text-amber-900"
          data-testid="furniture-warning"
        >
          {t("log.furnitureWarning", { kind: t(`furnitureKind.${inFurniture.kind}`) })}
        </p>
      )}
      <ClaimForm
        articleId={id}
        start={anchor.start}
        end={anchor.end}
        quote={anchor.exact}
        outlet={article.outlet}
        initial={initial}
        matches={matches}
        claimId={claimId}
        crossings={selectionCrossings(article.body, anchor.start, anchor.end)}
      />
    </div>
  );
}
