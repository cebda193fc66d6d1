import { z } from "zod";
import { englishFieldErrors } from "@/lib/form-errors";
import { preferredLang } from "@/lib/i18n/negotiate.mjs";
import { openReportStream } from "@/lib/report/data";
import { isReportFormat, REPORT_FORMATS } from "@/lib/report/formats";
import { PROGRESS_TOKEN, trackExport } from "@/lib/report/progress";
import { reportResponse } from "@/lib/report/respond";
import { parseReportFilters } from "@/lib/report/scope";
import { getSessionUser } from "@/lib/user/session-user";

export const dynamic = "force-dynamic";

const options = z.object({
  format: z.string().default("json"),
  drafts: z.enum(["0", "1"]).default("0"),
  progress: z.string().regex(PROGRESS_TOKEN).optional(),
  /** The language of the human formats' headings and labels (Markdown, PDF, XLSX). */
  lang: z.enum(["hi", "en"]).optional(),
});

/**
 * Editors' report downloads, streamed: `?claim=|article=|entity=|topic=|status=|rating=|from=|to=`
 * (any combination), `format=`, `drafts=1` to include unpublished work, `lang=hi|en` for the human
 * formats' words (the builder sends the page's language; without it, the editor's chosen language,
 * then the browser's, then Hindi), and `progress=<token>` for the builder's progress bar
 * (GET /api/reports/progress?token=).
 */
export async function GET(request: Request) {
  // Reports can include drafts and reviewers' names: editors only.
  const user = await getSessionUser();
  if (!user) return Response.json({ error: "unauthenticated" }, { status: 401 });
  const search = new URL(request.url).searchParams;
  const opts = options.safeParse({
    format: search.get("format") ?? undefined,
    drafts: search.get("drafts") ?? undefined,
    progress: search.get("progress") ?? undefined,
    lang: search.get("lang") ?? undefined,
  });
  if (!opts.success)
    return Response.json(
      { error: "bad_request", fields: englishFieldErrors(opts.error) },
      { status: 400 },
    );
  if (!isReportFormat(opts.data.format))
    return Response.json(
      { error: "unsupported_format", formats: Object.keys(REPORT_FORMATS) },
      { status: 400 },
    );
  const filters = parseReportFilters(search);
  if (!filters.success)
    return Response.json(
      { error: "bad_request", fields: englishFieldErrors(filters.error) },
      { status: 400 },
    );
  const format = REPORT_FORMATS[opts.data.format];
  const token = opts.data.progress;
  let progress: ReturnType<typeof trackExport> | undefined;
  const report = await openReportStream(filters.data, format.writer, {
    includeDrafts: opts.data.drafts === "1",
    // Read from the request itself (as lib/i18n/request.ts's requestLang does from Next's headers).
    lang:
      opts.data.lang ??
      preferredLang({
        cookie: request.headers.get("cookie"),
        acceptLanguage: request.headers.get("accept-language"),
      }),
    onProgress: (written, state) => progress?.(written, state),
  });
  if (token) progress = trackExport(user.id, token, report.total);
  return reportResponse(
    format,
    report,
    { "Cache-Control": "private, no-store" },
    { capacity: "editors" },
  );
}
