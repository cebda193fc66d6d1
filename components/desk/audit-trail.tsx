import { getLocale, getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/calendar/format";
import type { HistoryEntry } from "@/lib/history/data";
import { HISTORY_LIMIT, relativeTime } from "@/lib/history/describe";
import { langOf } from "@/lib/i18n/locale";
import type { WordPart } from "@/lib/text/word-diff";

type Words = { removed: string; added: string };

/** A word diff inline: removed words struck through and added ones underlined, each also announced
 * in words ("removed:", "added:") so the change does not rest on colour alone. */
function InlineDiff({ parts, words }: { parts: WordPart[]; words: Words }) {
  return (
    <span data-testid="history-diff">
      {parts.map((p, i) =>
        p.op === "same" ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts are a fixed sequence
          <span key={i}>{p.text}</span>
        ) : p.op === "del" ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts are a fixed sequence
          <del key={i} className="bg-red-100 text-red-900 line-through">
            <span className="sr-only">{words.removed}</span>
            {p.text}
            <span className="sr-only">]</span>
          </del>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts are a fixed sequence
          <ins key={i} className="bg-green-100 text-green-900 underline">
            <span className="sr-only">{words.added}</span>
            {p.text}
            <span className="sr-only">]</span>
          </ins>
        ),
      )}
    </span>
  );
}

async function Changes({ entry }: { entry: HistoryEntry }) {
  const t = await getTranslations("history.panel");
  const words = { removed: t("removed"), added: t("added") };
  return (
    <details className="mt-1">
      <summary className="cursor-pointer text-xs text-stone-600 underline">
        {t("showChanges")}
      </summary>
      <dl className="mt-1 space-y-1 text-xs" data-testid="history-changes">
        {entry.changes.map((c) => (
          <div key={c.field}>
            <dt className="font-semibold">{c.label}</dt>
            <dd>
              {c.diff ? (
                <InlineDiff parts={c.diff} words={words} />
              ) : (
                <>
                  <span className="text-stone-600">{t("before")}</span> {c.before ?? "—"}{" "}
                  <span aria-hidden="true">→</span>
                  <span className="sr-only">, </span>
                  <span className="text-stone-600">{t("after")}</span> {c.after ?? "—"}
                </>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

/** The history panel of an article, a claim or an entity, in the page's language. */
export async function AuditTrail({ events, now }: { events: HistoryEntry[]; now: Date }) {
  const [t, locale] = await Promise.all([getTranslations("history.panel"), getLocale()]);
  const lang = langOf(locale);
  return (
    <section data-testid="audit-trail">
      <h2 className="font-semibold">{t("title")}</h2>
      <ol className="mt-3 space-y-3 border-l border-stone-300 pl-4 text-sm">
        {events.map((e) => (
          <li key={e.id} data-testid="history-event" data-action={e.action}>
            <p data-testid="history-sentence">{e.sentence}</p>
            <time
              className="text-xs text-stone-600"
              dateTime={e.createdAt.toISOString()}
              title={formatDateTime(e.createdAt, locale)}
            >
              {relativeTime(e.createdAt, now, lang)} · {formatDateTime(e.createdAt, locale)}
            </time>
            {e.changes.length > 0 && <Changes entry={e} />}
          </li>
        ))}
      </ol>
      {events.length >= HISTORY_LIMIT && (
        <p className="mt-3 text-xs text-stone-600" data-testid="history-limited">
          {t("limited", { count: HISTORY_LIMIT })}
        </p>
      )}
    </section>
  );
}
