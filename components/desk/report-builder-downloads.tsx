"use client";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { langOf } from "@/lib/i18n/locale";
import { SignInAgain } from "./sign-in-again";

type Format = { id: string; label: string; ext: string };
type Phase = "running" | "done" | "cancelled" | "failed";
type Job = {
  label: string;
  token: string;
  phase: Phase;
  written: number;
  total: number;
  message?: string;
  /** The session ran out: the message comes with a sign-in that keeps this page and its filters. */
  signedOut?: boolean;
};

const POLL_MS = 400;
// Format names that are words, not acronyms: said in the page's language.
const NAMED_FORMATS = new Set(["claimreview", "md"]);

/** A token naming this download's progress on the server: random, and valid outside HTTPS too. */
function progressToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** The name the server gave the file (Content-Disposition), or a plain one. */
function filenameOf(res: Response, fallback: string): string {
  const match = /filename="([^"]+)"/.exec(res.headers.get("Content-Disposition") ?? "");
  return match?.[1] ?? fallback;
}

type T = ReturnType<typeof useTranslations<"reports.downloads">>;

/** Why a download was refused, in words an editor can act on, in the page's language. */
async function refusal(res: Response, t: T, signedOut: string): Promise<string> {
  if (res.status === 401) return signedOut;
  const body = (await res.json().catch(() => null)) as { error?: string } | null;
  if (res.status === 400) return t("refusedFilters", { reason: body?.error ?? "bad_request" });
  if (res.status === 413) return t("tooLarge");
  if (res.status === 503) return t("busy");
  return t("serverFailed", { status: String(res.status) });
}

function save(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // The browser has taken the file by the time the click returns; the URL is freed a little later
  // all the same, since some browsers read it asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * One download per format. Each streams through fetch so the page can show how many claims have been
 * written (the server counts them under a random token) and cancel it; the links also work without
 * JavaScript, as plain downloads.
 */
export function ReportDownloads({
  query,
  formats,
  claims,
  includeDrafts,
}: {
  query: string;
  formats: Format[];
  claims: number;
  includeDrafts: boolean;
}) {
  const t = useTranslations("reports.downloads");
  const tGate = useTranslations("errors.gate");
  const locale = useLocale();
  const lang = langOf(locale);
  const [job, setJob] = useState<Job | null>(null);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);
  // The human formats (Markdown, PDF, XLSX) are written in the language of this page.
  const href = (format: string) =>
    `/api/reports?${query}${query ? "&" : ""}format=${format}&lang=${lang}`;
  const labelOf = (f: Format) =>
    NAMED_FORMATS.has(f.id) ? t(`formats.${f.id as "claimreview" | "md"}`) : f.label;

  async function download(format: Format) {
    const controller = new AbortController();
    abort.current = controller;
    const token = progressToken();
    let job: Job = { label: labelOf(format), token, phase: "running", written: 0, total: claims };
    const show = (next: Partial<Job>) => {
      job = { ...job, ...next };
      setJob(job);
    };
    show({});
    let poll: ReturnType<typeof setInterval> | undefined;
    let streaming = false;
    try {
      const res = await fetch(`${href(format.id)}&progress=${token}`, {
        signal: controller.signal,
      });
      if (!res.ok || !res.body)
        return show({
          phase: "failed",
          message: await refusal(res, t, tGate("signedOutDownload")),
          signedOut: res.status === 401,
        });
      streaming = true;
      show({ total: Number(res.headers.get("X-Report-Claims") ?? claims) });
      poll = setInterval(async () => {
        const p = await fetch(`/api/reports/progress?token=${token}`, { signal: controller.signal })
          .then((r) => (r.ok ? (r.json() as Promise<{ written: number; total: number }>) : null))
          .catch(() => null);
        if (p && job.phase === "running") show({ written: p.written, total: p.total });
      }, POLL_MS);
      const reader = res.body.getReader();
      const chunks: Uint8Array[] = [];
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
      }
      save(
        new Blob(chunks as BlobPart[], { type: res.headers.get("Content-Type") ?? "" }),
        filenameOf(res, `pramaan-report.${format.ext}`),
      );
      show({ phase: "done", written: job.total });
    } catch (e) {
      if (controller.signal.aborted) show({ phase: "cancelled" });
      else
        show({
          phase: "failed",
          message: streaming
            ? t("brokeOff", {
                written: job.written,
                reason: e instanceof Error ? e.message : t("networkError"),
              })
            : t("unreachable"),
        });
    } finally {
      clearInterval(poll);
      if (abort.current === controller) abort.current = null;
    }
  }

  const running = job?.phase === "running";
  return (
    <section className="space-y-3 rounded-lg bg-white p-4 shadow-sm" data-testid="report-downloads">
      <h2 className="font-semibold">{t("heading")}</h2>
      <div className="flex flex-wrap gap-2">
        {formats.map((f) => (
          <a
            key={f.id}
            href={href(f.id)}
            download
            aria-disabled={running || undefined}
            onClick={(e) => {
              e.preventDefault();
              if (!running) void download(f);
            }}
            className={`rounded border border-stone-400 px-3 py-1 text-sm ${running ? "opacity-50" : "hover:bg-stone-100"}`}
            data-testid={`download-${f.id}`}
          >
            {labelOf(f)} <span className="text-stone-600">.{f.ext}</span>
          </a>
        ))}
        <a
          href={`/desk/reports/print${query ? `?${query}` : ""}`}
          className="rounded border border-stone-400 px-3 py-1 text-sm hover:bg-stone-100"
          data-testid="print-link"
        >
          {t("print")}
        </a>
      </div>
      <p className="text-xs text-stone-600" data-testid="drafts-note">
        {includeDrafts ? t("draftsIncluded") : t("publishedOnly")}
      </p>
      {job && (
        <div
          className="space-y-1 text-sm"
          data-testid="download-progress"
          data-state={job.phase}
          data-token={job.token}
        >
          <label className="block" htmlFor="report-download-progress">
            {job.label}:{" "}
            {job.phase === "running"
              ? t("progress", { written: job.written, total: job.total })
              : job.phase === "done"
                ? t("done", { total: job.total })
                : job.phase === "cancelled"
                  ? t("cancelled")
                  : t("failed")}
          </label>
          <progress
            id="report-download-progress"
            className="w-full accent-brand"
            max={Math.max(job.total, 1)}
            value={job.phase === "done" ? Math.max(job.total, 1) : job.written}
          />
          {running && (
            <Button
              type="button"
              onClick={() => abort.current?.abort()}
              variant="outline"
              size="sm"
              data-testid="download-cancel"
            >
              {t("cancel")}
            </Button>
          )}
          {job.message && (
            <p role="alert" className="text-red-700" data-testid="download-error">
              {job.message}
            </p>
          )}
          {job.signedOut && <SignInAgain />}
        </div>
      )}
    </section>
  );
}
