import { englishFieldErrors } from "@/lib/form-errors";
import type { ApiError } from "@/lib/public/api-schema";
import { RateLimit } from "@/lib/rate-limit";
import { isReportFormat, REPORT_FORMATS } from "@/lib/report/formats";
import { openPublicReport, publicReportKey } from "@/lib/report/public";
import { reportResponse } from "@/lib/report/respond";
import { parseReportFilters } from "@/lib/report/scope";

export const dynamic = "force-dynamic";

const CORS = { "Access-Control-Allow-Origin": "*" };
const CLIENT_IP_HEADER = "x-pramaan-client-ip"; // set by scripts/serve.mjs from the socket

// Exports read the database for as long as they stream: 10 in a burst, then one every 6 seconds,
// and two at a time, per client address.
const limit = new RateLimit({ burst: 10, perSecond: 1 / 6, concurrent: 2 });

const bad = (body: ApiError, status = 400, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { ...CORS, ...headers } });

/**
 * Published fact-checks as a citation report: the same filters as the desk's report builder
 * (`claim`, `article`, `entity`, `topic`, `rating`, `from`, `to`; `status` can only be PUBLISHED)
 * and `format=` one of the report formats. Streamed; drafts never appear.
 */
export async function GET(request: Request) {
  const search = new URL(request.url).searchParams;
  const format = search.get("format") ?? "json";
  if (!isReportFormat(format))
    return bad({ error: "unsupported_format", formats: Object.keys(REPORT_FORMATS) });
  if (search.has("drafts") || (search.get("status") ?? "PUBLISHED") !== "PUBLISHED")
    return bad({ error: "bad_request", message: "The public API has published fact-checks only." });
  const filters = parseReportFilters(search);
  if (!filters.success)
    return bad({ error: "bad_request", fields: englishFieldErrors(filters.error) });

  const decision = limit.take(request.headers.get(CLIENT_IP_HEADER) ?? "unknown");
  if (!decision.ok)
    return bad(
      { error: "rate_limited", reason: decision.reason, retry_after: decision.retryAfterSeconds },
      429,
      { "Retry-After": String(decision.retryAfterSeconds) },
    );
  try {
    const spec = REPORT_FORMATS[format];
    // Stamped before any claim is read, so the bytes kept under it are at least this new.
    const onceKey = spec.kind === "whole" ? await publicReportKey(filters.data) : undefined;
    const report = await openPublicReport(filters.data, spec.writer, (_, state) => {
      if (state !== "running") decision.release();
    });
    // Readers' layouts run in their own pool; the same scope and published state is laid out once.
    return await reportResponse(
      spec,
      report,
      { ...CORS, "Cache-Control": "public, max-age=60" },
      { capacity: "readers", onceKey },
    );
  } catch (error) {
    decision.release();
    throw error;
  }
}
