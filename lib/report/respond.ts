// One way to answer a report download, for the editors' route and the public API alike: streamed
// formats go out as they are written; a PDF is collected (it has a claim cap), laid out by typst in a
// child process, one or two at a time (each layout takes seconds and hundreds of MB), then sent.
import { BusyError, ConcurrencyLimit } from "../user/concurrency-limit";
import { reportFilename } from "./filename";
import type { ReportFormatSpec } from "./formats";
import type { ReportMeta } from "./model";
import { streamText } from "./stream";

const layouts = new ConcurrencyLimit(2, 4);

type OpenReport = { meta: ReportMeta; total: number; stream: ReadableStream<Uint8Array> };

export async function reportResponse(
  format: ReportFormatSpec,
  report: OpenReport,
  headers: Record<string, string>,
): Promise<Response> {
  const fileHeaders = {
    ...headers,
    "Content-Type": format.contentType,
    "Content-Disposition": `attachment; filename="${reportFilename(report.meta, format.ext)}"`,
    "X-Report-Claims": String(report.total),
  };
  if (format.kind === "stream") return new Response(report.stream, { headers: fileHeaders });

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
  try {
    const bytes = await layouts.run(async () => format.render(await streamText(report.stream)));
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
