import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ArticlePartsNav } from "@/components/article-parts-nav";
import { ArticleText } from "@/components/article-text";
import {
  ArticleDeskHeader,
  ArticleModeBanner,
  LoggedInArticle,
} from "@/components/desk/article-desk-parts";
import { ArticleTextRights } from "@/components/desk/article-text-rights";
import { AuditTrail } from "@/components/desk/audit-trail";
import { FurniturePanel } from "@/components/desk/furniture-panel";
import { SelectionLogger } from "@/components/desk/selection-logger";
import { SpotSuggestions } from "@/components/desk/spot-suggestions";
import { getArticleForDesk } from "@/lib/article/data";
import { articleParts, partAt, partNamed } from "@/lib/article/parts";
import { listArticleOrphans } from "@/lib/claim/mention-data";
import { canEditClaimContent } from "@/lib/claim/policy";
import { describeHistory, listArticleHistory } from "@/lib/history/data";
import { langOf } from "@/lib/i18n/locale";
import { requireDeskUser } from "@/lib/require-editor";
import { SIGNAL_LABELS } from "@/lib/spot/labels";
import { listSpotSuggestions } from "@/lib/suggestion/data";
import { furnitureOf } from "@/lib/text/furniture";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{
    reselect?: string;
    reattach?: string;
    furniture?: string;
    part?: string;
    m?: string;
  }>;
};

export default async function DeskArticlePage({ params, searchParams }: Props) {
  const [{ id }, q] = await Promise.all([params, searchParams]);
  const user = await requireDeskUser(`/desk/articles/${id}`);
  const article = await getArticleForDesk(id);
  if (!article) notFound();
  // A long article is read in parts (lib/article/parts.ts): the page draws, spots and lists one
  // bounded window. `?part=` names it; else the part of the appearance being re-selected or
  // linked to (`?m=`, from the claim page), else the first.
  const parts = articleParts(article.body);
  const focus = article.mentions.find((m) => m.id === (q.reselect ?? q.m));
  const part = partNamed(parts, q.part) ?? (focus ? partAt(parts, focus.start) : parts[0]);
  const inPart = <S extends { start: number; end: number }>(s: S) =>
    s.start < part.end && s.end > part.start;
  const [t, te, lang] = await Promise.all([
    getTranslations("articles.page"),
    getTranslations("enums"),
    getLocale().then(langOf),
  ]);
  const [history, suggestions, orphans] = await Promise.all([
    listArticleHistory(article.id).then(describeHistory),
    listSpotSuggestions(article.id, part),
    listArticleOrphans(article.id),
  ]);
  // "Re-attach" from the orphan banner or queue: only one of this article's orphans.
  const orphan = orphans.find((o) => o.id === q.reattach);
  const reattach = orphan ? { mentionId: orphan.id, revision: article.revision } : undefined;
  const open = suggestions?.open ?? [];
  // "Re-select the words" of an appearance: only one of this article's, on a claim still editable.
  const moving = article.mentions.find((m) => m.id === q.reselect);
  const reselect =
    moving && canEditClaimContent(user, moving.claim)
      ? { mentionId: moving.id, claimId: moving.claim.id, version: moving.claim.version }
      : undefined;
  const highlights = article.mentions.filter(inPart).map((m) => ({
    id: m.id,
    start: m.start,
    end: m.end,
    href: `/desk/claims/${m.claim.id}`,
    title: t("highlight", {
      status: m.claim.withdrawnAt ? t("withdrawn") : te(`ClaimStatus.${m.claim.status}`),
      claim: m.claim.textHi,
    }),
    withdrawn: !!m.claim.withdrawnAt,
  }));
  const furniture = furnitureOf(article).filter(inPart);
  const showFurniture = q.furniture === "show";
  // Moving between parts keeps what the editor is doing (re-selecting, re-attaching, furniture).
  const partHref = (n: number) => {
    const keep = new URLSearchParams();
    for (const k of ["reselect", "reattach", "furniture"] as const) {
      const v = q[k];
      if (v) keep.set(k, v);
    }
    keep.set("part", String(n));
    return `/desk/articles/${article.id}?${keep}`;
  };
  const suggested = open.map((s) => ({
    id: s.key,
    start: s.start,
    end: s.end,
    title: t("suggested", { signals: s.signals.map((n) => SIGNAL_LABELS[n][lang]).join(", ") }),
  }));
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_22rem]">
      <div>
        <ArticleDeskHeader article={article} />
        <ArticleModeBanner
          articleId={article.id}
          orphans={orphans}
          reattaching={orphan}
          reselectClaimId={reselect?.claimId}
        />
        <ArticlePartsNav n={part.n} count={parts.length} href={partHref} position="top" />
        <div className="mt-4 rounded-lg bg-white p-6 shadow-sm">
          <SelectionLogger
            articleId={article.id}
            articleVersion={article.version}
            reselect={orphan ? undefined : reselect}
            reattach={reattach}
          >
            {/* Hidden furniture stays in the DOM: selection offsets are counted over the body. */}
            <ArticleText
              body={article.body}
              highlights={highlights}
              suggestions={suggested}
              furniture={furniture}
              furnitureMode={showFurniture ? "show" : "hide"}
              part={part}
              selectable
            />
          </SelectionLogger>
        </div>
        <ArticlePartsNav n={part.n} count={parts.length} href={partHref} position="bottom" />
      </div>
      <aside>
        <SpotSuggestions
          articleId={article.id}
          open={open}
          dismissed={suggestions?.dismissed ?? []}
        />
        <LoggedInArticle mentions={article.mentions} />
        <FurniturePanel
          articleId={article.id}
          version={article.version}
          ranges={furniture.map((f) => ({ ...f, text: article.body.slice(f.start, f.end) }))}
          shown={showFurniture}
          part={part.n}
        />
        <ArticleTextRights articleId={article.id} textRights={article.textRights} />
        <div className="mt-8">
          <AuditTrail events={history} now={new Date()} />
        </div>
      </aside>
    </div>
  );
}
