// One way to answer a report download, for the editors' route and the public API alike: streamed
// formats go out as they are written; a PDF is collected (it has a claim cap), laid out by typst in a
// child process (each layout takes seconds and hundreds of MB), then sent.
//
// Readers and editors lay out PDFs in separate pools, so anonymous requests can never take the
// capacity an editor's desk PDF needs (16 requests from 8 addresses used to leave an editor "busy").
// A reader's PDF of the same scope and published state is laid out once: the route passes a key
// naming both (lib/report/public.ts), and identical requests share the first one's bytes.
import { BusyError, ConcurrencyLimit } from "../user/concurrency-limit";
import { reportFilename } from "./filename";
import type { ReportFormatSpec } from "./formats";
import { MadeOnce } from "./made-once";
import type { ReportMeta } from "./model";
import { streamText } from "./stream";

type LayoutCapacity = "readers" | "editors";

/** Each pool: layouts at once, then how many may wait; beyond that the answer is "busy". */
const layouts: Record<LayoutCapacity, ConcurrencyLimit> = {
  editors: new ConcurrencyLimit(2, 4),
  // One at a time: readers' PDFs are mostly the same few scopes, served from `madeOnce`.
  readers: new ConcurrencyLimit(1, 3),
};

// A PDF of a few hundred claims is a few MB: 32 MB holds dozens of scopes.
const madeOnce = new MadeOnce({ maxBytes: 32 * 2 ** 20, ttlMs: 5 * 60_000 });

type OpenReport = { meta: ReportMeta; total: number; stream: ReadableStream<Uint8Array> };

export type ReportResponseOptions = {
  /** Whose pool a layout runs in. */
  capacity: LayoutCapacity;
  /** Set for readers' reports: identical keys are laid out once (scope + published-state stamp). */
  onceKey?: string;
};

export async function reportResponse(
  format: ReportFormatSpec,
  report: OpenReport,
  headers: Record<string, string>,
  { capacity, onceKey }: ReportResponseOptions,
): Promise<Response> {
  const fileHeaders = {
    ...headers,
    "Content-Type": format.contentType,
    "Content-Disposition": `attachment; filename="${reportFilename(report.meta, format.ext)}"`,
    "X-Report-Claims": String(report.total),
  };
  if (format.kind !== "whole") return new Response(report.stream, { headers: fileHeaders });

  const json = (status: number, body: object, extra: Record<string, string> = {}) =>
    Response.json(body, { status, headers: { ...headers, ...extra } });
  if (report.total > format.maxClaims) {
    await report.stream.cancel();
    return json(413, {
      error: "too_large",
      message: `A ${format.label} holds at most ${format.maxClaims.toLocaleString("en")} claims; this report has ${report.total.toLocaleString("en")}. Narrow the filters, or download CSV or JSON, which have no limit.`,
      limit: format.maxClaims,
      claims: report.total,
    });
  }
  const layout = () =>
    layouts[capacity].run(async () => format.render(await streamText(report.stream)));
  try {
    if (!onceKey) return new Response(await layout(), { headers: fileHeaders });
    const { bytes, fresh } = await madeOnce.get(`${format.ext}\n${onceKey}`, layout);
    // Served from another request's layout: this one's database reads stop here.
    if (!fresh) await report.stream.cancel().catch(() => {});
    return new Response(bytes, { headers: fileHeaders });
  } catch (error) {
    if (!(error instanceof BusyError)) throw error;
    await report.stream.cancel().catch(() => {});
    return json(
      503,
      { error: "busy", message: "Other PDFs are being laid out. Try again in a minute." },
      { "Retry-After": "30" },
    );
  }
}
