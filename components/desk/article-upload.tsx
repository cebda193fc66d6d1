"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { ImportReport } from "@/lib/article/import-report";
import { decodeImportFile, parseImportFile, type RawItem } from "@/lib/article/parse";
import type { AlreadyLogged } from "@/lib/claim/match";
import { type ErrorSay, wordError } from "@/lib/error-words";
import type { ErrorDescriptor } from "@/lib/errors";
import { importMatchesAction } from "@/lib/suggestion/actions";
import { importArticleItems } from "./article-writes";
import { FormMessage } from "./field";
import { callAction } from "./use-action";

const empty = (): ImportReport => ({ imported: [], skipped: [], revised: [], failed: [] });

// A request carries at most this many articles, or this much text: small enough that the count moves
// every second or so, large enough that a 1,000-row CSV is not a thousand requests.
const BATCH_ITEMS = 10;
const BATCH_CHARS = 1_000_000;

function batches(items: RawItem[]): RawItem[][] {
  const out: RawItem[][] = [];
  let cur: RawItem[] = [];
  let size = 0;
  for (const item of items) {
    const chars = JSON.stringify(item.fields).length;
    if (cur.length && (cur.length >= BATCH_ITEMS || size + chars > BATCH_CHARS)) {
      out.push(cur);
      cur = [];
      size = 0;
    }
    cur.push(item);
    size += chars;
  }
  if (cur.length) out.push(cur);
  return out;
}

/** Per imported article: its already-logged passages, or "pending" while the server still matches. */
type Matches = Record<string, AlreadyLogged[] | "pending" | "failed">;
// Matching runs after the upload returns (lib/match-job): ask every couple of seconds, for a while.
const MATCH_POLL_MS = 2_000;
const MATCH_POLL_TRIES = 90;
const MATCH_IDS_PER_ASK = 50; // importMatchesSchema's bound

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Asks until every article's matching is done (or the tries run out), reporting each answer. */
async function followMatches(ids: string[], onAnswer: (m: Matches) => void) {
  let waiting = ids;
  for (let tries = 0; waiting.length > 0 && tries < MATCH_POLL_TRIES; tries++) {
    const next: string[] = [];
    for (let i = 0; i < waiting.length; i += MATCH_IDS_PER_ASK) {
      const part = waiting.slice(i, i + MATCH_IDS_PER_ASK);
      const r = await callAction(importMatchesAction, { articleIds: part });
      if (!r.ok) {
        next.push(...part);
        continue;
      }
      const answer: Matches = {};
      for (const m of r.data) {
        if (m.status === "done") answer[m.articleId] = m.alreadyLogged;
        else if (m.status === "failed") answer[m.articleId] = "failed";
        else next.push(m.articleId);
      }
      onAnswer(answer);
    }
    waiting = next;
    if (waiting.length > 0) await sleep(MATCH_POLL_MS);
  }
}

/**
 * Upload .txt, .json and .csv files. The browser splits them into articles (the same parser as
 * `npm run import`) and sends a few at a time, so the count moves as the server answers, and a bad
 * item costs only itself.
 */
export function ArticleUpload() {
  const t = useTranslations("articles.upload");
  const [files, setFiles] = useState<File[]>([]);
  const [total, setTotal] = useState(0);
  const [done, setDone] = useState(0);
  const [current, setCurrent] = useState<string | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<{
    ok: false;
    error?: ErrorDescriptor;
    message: string;
    code: string;
  } | null>(null);
  const [matches, setMatches] = useState<Matches>({});

  const start = async () => {
    const all = empty();
    setError(null);
    setDone(0);
    setCurrent(files[0]?.name ?? "");
    setMatches({});
    const items: RawItem[] = [];
    for (const file of files) {
      // Strict decoding: file.text() would turn bytes that are not UTF-8 into U+FFFD unseen.
      const decoded = decodeImportFile(file.name, new Uint8Array(await file.arrayBuffer()));
      if ("failed" in decoded) {
        all.failed.push(decoded.failed);
        continue;
      }
      const parsed = parseImportFile(file.name, decoded.text);
      items.push(...parsed.items);
      all.failed.push(...parsed.failed);
    }
    setTotal(items.length);
    setReport({ ...all });
    let count = 0;
    const imported: string[] = [];
    for (const batch of batches(items)) {
      setCurrent(batch[0].file);
      const r = await callAction(importArticleItems, { items: batch });
      if (r.ok) {
        const fresh = r.data.imported.map((a) => a.id);
        setMatches((m) => ({ ...m, ...Object.fromEntries(fresh.map((id) => [id, "pending"])) }));
        imported.push(...fresh);
        all.imported.push(...r.data.imported);
        all.skipped.push(...r.data.skipped);
        all.revised.push(...r.data.revised);
        all.failed.push(...r.data.failed);
      } else {
        for (const item of batch)
          all.failed.push({
            file: item.file,
            line: item.line,
            message: r.message,
            reasons: [{ reason: r.error }],
          });
        if (r.code === "UNAUTHENTICATED") setError(r);
      }
      count += batch.length;
      setReport({ ...all });
      setDone(count);
    }
    setCurrent(null);
    await followMatches(imported, (answer) => setMatches((m) => ({ ...m, ...answer })));
  };

  const running = current !== null;
  return (
    <div className="space-y-3" data-testid="article-upload">
      <FormMessage result={error} />
      <label className="block text-sm font-semibold">
        {t("files")}
        <input
          type="file"
          multiple
          accept=".txt,.json,.csv"
          onChange={(e) => setFiles([...(e.target.files ?? [])])}
          className="mt-1 block text-sm"
          name="files"
        />
      </label>
      <Button
        type="button"
        onClick={start}
        disabled={running || files.length === 0}
        variant="dark"
        size="md"
      >
        {t("start", { count: files.length })}
      </Button>
      {report && (
        <div role="status" aria-live="polite" data-testid="import-progress">
          <progress value={done} max={total} className="w-full" />
          <p className="text-sm">
            {[
              t("done", { done, total }),
              ...(current ? [t("now", { file: current })] : []),
              t("imported", { count: report.imported.length }),
              t("revised", { count: report.revised.length }),
              t("skipped", { count: report.skipped.length }),
              t("failed", { count: report.failed.length }),
            ].join(" · ")}
          </p>
        </div>
      )}
      {report && <ImportReportView report={report} matches={matches} />}
    </div>
  );
}

function ImportReportView({ report, matches }: { report: ImportReport; matches: Matches }) {
  const t = useTranslations("articles.upload");
  const say = useTranslations("errors") as unknown as ErrorSay;
  // The server's reasons in the page's language; a file that did not parse says it in English.
  const why = (f: ImportReport["failed"][number]) =>
    f.reasons
      ? f.reasons.map((r) => `${r.at ? `${r.at}: ` : ""}${wordError(say, r.reason)}`).join("; ")
      : f.message;
  return (
    <div className="space-y-2 text-sm" data-testid="import-report">
      {report.failed.length > 0 && (
        <ul className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {report.failed.map((f) => (
            <li key={`${f.file}:${f.line}:${f.message}`}>
              {f.line
                ? t("failedAt", { file: f.file, line: f.line, message: why(f) })
                : t("failedFile", { file: f.file, message: why(f) })}
            </li>
          ))}
        </ul>
      )}
      {report.revised.length > 0 && (
        <ul data-testid="import-revised">
          {report.revised.map((a) => (
            <li key={`${a.file}:${a.line}`}>
              {t.rich("revisedItem", {
                title: a.title,
                reanchored: a.reanchored,
                orphaned: a.orphaned,
                link: (chunks) => (
                  <Link href={`/desk/articles/${a.id}`} className="underline" lang="hi">
                    {chunks}
                  </Link>
                ),
              })}
              {a.orphaned > 0 && (
                <>
                  {" "}
                  (
                  <Link href={`/desk/articles/${a.id}#orphans`} className="underline">
                    {t("reattachOrRetire")}
                  </Link>
                  )
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <ul>
        {[...report.imported, ...report.skipped].map((a) => (
          <li key={`${a.file}:${a.line}`}>
            <Link href={`/desk/articles/${a.id}`} className="underline" lang="hi">
              {a.title}
            </Link>{" "}
            <span className="text-stone-600">
              (
              {[
                a.file,
                ...(report.skipped.includes(a) ? [t("alreadyImported")] : []),
                ...(a.furnitureLines > 0 ? [t("furnitureLines", { count: a.furnitureLines })] : []),
                ...(a.bidiRemoved > 0 ? [t("bidiRemoved", { count: a.bidiRemoved })] : []),
              ].join(", ")}
              )
            </span>
            <MatchState found={matches[a.id] ?? a.alreadyLogged} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function MatchState({ found }: { found: Matches[string] | undefined }) {
  const t = useTranslations("articles.upload");
  if (found === "pending")
    return (
      <span className="ml-2 text-stone-600" data-testid="match-pending">
        {t("matchPending")}
      </span>
    );
  if (found === "failed")
    return (
      <span className="ml-2 text-amber-800" data-testid="match-failed">
        {t("matchFailed")}
      </span>
    );
  return found && found.length > 0 ? <AlreadyLoggedList found={found} /> : null;
}

/** The new article's passages that state claims already logged, each with where to attach it. */
function AlreadyLoggedList({ found }: { found: AlreadyLogged[] }) {
  const t = useTranslations("articles.upload");
  return (
    <details className="ml-4" data-testid="already-logged">
      <summary className="cursor-pointer">{t("alreadyLogged", { count: found.length })}</summary>
      <ul className="mt-1 space-y-2">
        {found.map((m) => (
          <li key={`${m.start}:${m.claimId}`} className="rounded border border-stone-200 p-2">
            <span className="block" lang="hi">
              “{m.text}”
            </span>
            <span className="block text-stone-600">
              ={" "}
              <Link href={`/desk/claims/${m.claimId}`} className="underline" lang="hi">
                {m.claimText}
              </Link>
            </span>
            {m.attachable ? (
              <Link href={m.logHref} className="text-brand underline">
                {t("logAnother")}
              </Link>
            ) : (
              <span className="text-stone-600">{t("notOpen")}</span>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
