"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { ARTICLE_KEYS_HELP_ID } from "@/components/article-text";
import { editFurnitureAction } from "@/lib/article/actions";
import { reattachMentionAction, reselectMentionAction } from "@/lib/claim/mention-actions";
import { HeldForReview } from "./change-decision";
import { FormMessage } from "./field";
import { useAction } from "./use-action";
import { useDragSelection } from "./use-drag-selection";
import { useWordCaret } from "./use-word-caret";

/**
 * Offsets of a DOM range into the article body: counted in the container's text (one part of the
 * body, exactly as stored), plus where that part starts in the body (`data-offset`).
 */
function offsetsWithin(container: HTMLElement, range: Range): { start: number; end: number } {
  const before = document.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length + Number(container.dataset.offset ?? 0);
  return { start, end: start + range.toString().length };
}

/**
 * Wraps the article text: selecting words in it offers "Log claim" with the quote pre-filled.
 * Works with mouse, touch and keyboard selection (it listens to selectionchange); the article text
 * is focusable and arrow keys choose words in it (`useWordCaret`), Enter takes the action shown.
 */
export function SelectionLogger({
  articleId,
  articleVersion,
  reselect,
  reattach,
  children,
}: {
  articleId: string;
  /** The article version the page was read at: "Mark as page furniture" names it. */
  articleVersion?: number;
  /** Set when an editor came to pick new words for an appearance: the button moves it there. */
  reselect?: { mentionId: string; claimId: string; version: number };
  /** Set when an editor re-attaches an orphan: the button places it on the selected words. */
  reattach?: { mentionId: string; revision: number };
  children: React.ReactNode;
}) {
  const router = useRouter();
  const t = useTranslations("articles.selection");
  const move = useAction(reselectMentionAction);
  const attach = useAction(reattachMentionAction);
  const mark = useAction(editFurnitureAction);
  const crossed = !!move.errors?.confirmCrossing;
  const attachCrossed = !!attach.errors?.confirmCrossing;
  const ref = useRef<HTMLDivElement>(null);
  const [sel, setSel] = useState<{ start: number; end: number; text: string; top: number } | null>(
    null,
  );
  const [ready, setReady] = useState(false);
  // The one action the chosen words offer (log, use these words, re-attach): Enter presses it.
  const primary = useRef<HTMLAnchorElement & HTMLButtonElement>(null);
  const announce = useWordCaret(ref, () => primary.current?.click());
  useDragSelection(ref);

  useEffect(() => {
    const onChange = () => {
      const s = document.getSelection();
      const container = ref.current?.querySelector<HTMLElement>("[data-testid=article-body]");
      if (!s || s.isCollapsed || s.rangeCount === 0 || !container) return setSel(null);
      const range = s.getRangeAt(0);
      if (!container.contains(range.commonAncestorContainer)) return setSel(null);
      const text = range.toString();
      if (text.trim().length < 3) return setSel(null);
      const rect = range.getBoundingClientRect();
      const host = ref.current?.getBoundingClientRect();
      if (!host) return setSel(null);
      setSel({ ...offsetsWithin(container, range), text, top: rect.bottom - host.top + 8 });
    };
    document.addEventListener("selectionchange", onChange);
    // The button sits under the selection: a new width (a phone turned, a window resized) moves it.
    window.addEventListener("resize", onChange);
    setReady(true);
    onChange(); // a selection made before hydration counts too
    return () => {
      document.removeEventListener("selectionchange", onChange);
      window.removeEventListener("resize", onChange);
    };
  }, []);

  return (
    <div ref={ref} className="relative" data-selection-ready={ready}>
      <p id={ARTICLE_KEYS_HELP_ID} className="mb-2 text-xs text-stone-600">
        {t("keys")}
      </p>
      {children}
      <p className="sr-only" aria-live="polite" data-testid="chosen-words">
        {announce}
      </p>
      {mark.result && !mark.result.ok && (
        <div className="sticky top-2 z-20 mb-2">
          <FormMessage result={mark.result} />
        </div>
      )}
      {reselect && move.result && !move.result.ok && (
        <div className="sticky top-2 z-20 mb-2">
          <FormMessage result={move.result} />
        </div>
      )}
      {sel && reselect && (
        <div className="absolute left-0 right-0 z-10 flex justify-center" style={{ top: sel.top }}>
          <button
            ref={primary}
            type="button"
            disabled={move.pending}
            // Pressing the button must not clear the selection it is about to use.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() =>
              move.run(
                {
                  ...reselect,
                  start: sel.start,
                  end: sel.end,
                  confirmCrossing: crossed || undefined,
                },
                () => router.push(`/desk/claims/${reselect.claimId}`),
              )
            }
            className="rounded-full bg-brand px-4 py-2 font-semibold text-white shadow-lg hover:bg-orange-900 disabled:opacity-60"
            data-testid="use-these-words"
          >
            {crossed ? t("useAnyway") : t("useTheseWords")}{" "}
            {t("chars", { count: sel.text.trim().length })}
          </button>
        </div>
      )}
      {reattach && attach.result && !attach.result.ok && (
        <div className="sticky top-2 z-20 mb-2">
          <FormMessage result={attach.result} />
        </div>
      )}
      {reattach && attach.result?.ok && "review" in attach.result.data && (
        <div className="sticky top-2 z-20 mb-2">
          <HeldForReview published={attach.result.data.review.published} />
        </div>
      )}
      {sel && reattach && (
        <div className="absolute left-0 right-0 z-10 flex justify-center" style={{ top: sel.top }}>
          <button
            ref={primary}
            type="button"
            disabled={attach.pending}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() =>
              attach.run(
                {
                  ...reattach,
                  start: sel.start,
                  end: sel.end,
                  confirmCrossing: attachCrossed || undefined,
                },
                (data) => {
                  // Held for a second editor: the message below says so; the orphan stays queued.
                  if ("review" in data) return;
                  router.push(`/desk/articles/${articleId}`);
                  router.refresh();
                },
              )
            }
            className="rounded-full bg-brand px-4 py-2 font-semibold text-white shadow-lg hover:bg-orange-900 disabled:opacity-60"
            data-testid="reattach-here"
          >
            {attachCrossed ? t("reattachAnyway") : t("reattachHere")}{" "}
            {t("chars", { count: sel.text.trim().length })}
          </button>
        </div>
      )}
      {sel && !reselect && !reattach && (
        <div className="absolute left-0 right-0 z-10 flex justify-center" style={{ top: sel.top }}>
          <Link
            ref={primary}
            href={`/desk/articles/${articleId}/log?start=${sel.start}&end=${sel.end}`}
            className="rounded-full bg-brand px-4 py-2 font-semibold text-white shadow-lg hover:bg-orange-900"
            data-testid="log-claim"
          >
            {t("logClaim")} {t("chars", { count: sel.text.trim().length })}
          </Link>
          {articleVersion !== undefined && (
            <button
              type="button"
              disabled={mark.pending}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() =>
                mark.run(
                  {
                    op: "mark",
                    articleId,
                    version: articleVersion,
                    start: sel.start,
                    end: sel.end,
                  },
                  () => {
                    document.getSelection()?.removeAllRanges();
                    router.refresh();
                  },
                )
              }
              className="ml-2 rounded-full border border-stone-400 bg-white px-4 py-2 text-sm text-stone-700 shadow-lg hover:bg-stone-100 disabled:opacity-60"
              data-testid="mark-furniture"
            >
              {t("markFurniture")}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
