"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { langOf } from "@/lib/i18n/locale";
import { SIGNAL_LABELS } from "@/lib/spot/labels";
import type { Suggestion } from "@/lib/spot/suggestions";
import { dismissSuggestionAction, restoreSuggestionAction } from "@/lib/suggestion/actions";
import { FormMessage } from "./field";
import { useAction } from "./use-action";

/** The log page for this suggestion's words, with its proposed speaker and relays as a prefill. */
function logHref(articleId: string, s: Suggestion): string {
  const q = new URLSearchParams({ start: String(s.start), end: String(s.end) });
  if (s.claimant?.id) q.set("speaker", s.claimant.id);
  // An unnamed official of that body: the log page proposes an anonymous source of it.
  if (s.claimant?.id && s.claimant.role) q.set("speakerAs", s.claimant.role);
  if (s.via.length) q.set("via", s.via.map((v) => v.id).join(","));
  return `/desk/articles/${articleId}/log?${q}`;
}

function Signals({ signals }: { signals: Suggestion["signals"] }) {
  const t = useTranslations("articles.suggestions");
  const lang = langOf(useLocale());
  return (
    <ul className="mt-1 flex flex-wrap gap-1" aria-label={t("signals")}>
      {signals.map((name) => {
        const label = SIGNAL_LABELS[name];
        return (
          <li
            key={name}
            className={
              label.against
                ? "rounded-full border border-stone-300 bg-stone-50 px-2 py-0.5 text-xs text-stone-600"
                : "rounded-full border border-amber-300 bg-amber-50 px-2 py-0.5 text-xs text-amber-900"
            }
            title={label.against ? t("against") : undefined}
            data-testid="signal"
          >
            {label.against && <span className="sr-only">{t("againstShort")}</span>}
            {label.against && <span aria-hidden="true">− </span>}
            {label[lang]}
          </li>
        );
      })}
    </ul>
  );
}

function Attribution({ s }: { s: Suggestion }) {
  const t = useTranslations("articles.suggestions");
  if (!s.claimant) return null;
  return (
    <p className="mt-1 text-xs text-stone-600" data-testid="proposed-claimant">
      {t.rich("speaker", {
        name: s.claimant.name,
        strong: (chunks) => <span className="font-medium text-stone-800">{chunks}</span>,
      })}
      {!s.claimant.id && t("notInRegistry")}
      {s.via.length > 0 && t("via", { names: s.via.map((v) => v.name).join(" → ") })}
    </p>
  );
}

function SuggestionItem({
  articleId,
  s,
  dismissed,
}: {
  articleId: string;
  s: Suggestion;
  dismissed: boolean;
}) {
  const router = useRouter();
  const t = useTranslations("articles.suggestions");
  const { pending, result, run } = useAction(
    dismissed ? restoreSuggestionAction : dismissSuggestionAction,
  );
  const act = () => run({ articleId, start: s.start, end: s.end }, () => router.refresh());
  return (
    <li
      className="rounded border border-stone-200 bg-white p-2"
      data-testid={dismissed ? "dismissed-suggestion" : "suggestion"}
      data-span={s.key}
    >
      <p lang="hi" className="text-sm leading-6">
        {s.text}
      </p>
      <Signals signals={s.signals} />
      <Attribution s={s} />
      <div className="mt-2 flex gap-3 text-sm">
        {!dismissed && (
          <Link href={logHref(articleId, s)} className="font-semibold text-brand underline">
            {t("logThis")}
          </Link>
        )}
        <Button
          type="button"
          onClick={act}
          pending={pending}
          variant="link"
          className="text-stone-600"
        >
          {dismissed ? t("restore") : t("dismiss")}
        </Button>
      </div>
      {result && !result.ok && <FormMessage result={result} />}
    </li>
  );
}

/** The spotter's suggestions for one article: log one with its attribution, or dismiss it. */
export function SpotSuggestions({
  articleId,
  open,
  dismissed,
}: {
  articleId: string;
  open: Suggestion[];
  dismissed: Suggestion[];
}) {
  const [showDismissed, setShowDismissed] = useState(false);
  const t = useTranslations("articles.suggestions");
  return (
    <section data-testid="suggestions">
      <h2 className="font-semibold">{t("heading", { count: open.length })}</h2>
      <p className="mt-1 text-xs text-stone-600">{t("intro")}</p>
      {/* Scrolls on its own: a long article can have dozens, and the logged list stays in reach. */}
      <ul className="mt-3 max-h-[70vh] space-y-2 overflow-y-auto pr-1">
        {open.map((s) => (
          <SuggestionItem key={s.key} articleId={articleId} s={s} dismissed={false} />
        ))}
      </ul>
      {dismissed.length > 0 && (
        <div className="mt-3">
          <Button
            type="button"
            variant="link"
            className="text-sm text-stone-600"
            aria-expanded={showDismissed}
            onClick={() => setShowDismissed(!showDismissed)}
          >
            {t(showDismissed ? "hideDismissed" : "showDismissed", { count: dismissed.length })}
          </Button>
          {showDismissed && (
            <ul className="mt-2 space-y-2 opacity-80">
              {dismissed.map((s) => (
                <SuggestionItem key={s.key} articleId={articleId} s={s} dismissed />
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
