import { z } from "zod";
import { loadReport } from "@/lib/report/data";
import { isReportFormat, REPORT_FORMATS } from "@/lib/report/formats";
import { getSessionUser } from "@/lib/session";

export const dynamic = "force-dynamic";

const query = z.object({
  format: z.string().default("json"),
  drafts: z.enum(["0", "1"]).default("0"),
});

export async function GET(
  request: Request,
  { params }: { params: Promise<{ kind: string; id: string }> },
) {
  // Reports can include drafts and reviewers' names: editors only.
  if (!(await getSessionUser()))
    return Response.json({ error: "unauthenticated" }, { status: 401 });
  const { kind, id } = await params;
  if (kind !== "claim" && kind !== "article")
    return Response.json({ error: "not_found" }, { status: 404 });
  const search = new URL(request.url).searchParams;
  const parsed = query.safeParse({
    format: search.get("format") ?? undefined,
    drafts: search.get("drafts") ?? undefined,
  });
  if (!parsed.success)
    return Response.json({ error: "bad_request", drafts: ["0", "1"] }, { status: 400 });
  if (!isReportFormat(parsed.data.format))
    return Response.json(
      { error: "unsupported_format", formats: Object.keys(REPORT_FORMATS) },
      { status: 400 },
    );
  const report = await loadReport(kind, id, { includeDrafts: parsed.data.drafts === "1" });
  if (!report) return Response.json({ error: "not_found" }, { status: 404 });

  const format = REPORT_FORMATS[parsed.data.format];
  const drafts = report.includesDrafts ? "-with-drafts" : "";
  const filename = `pramaan-${kind}-${id}-${report.generatedAt.slice(0, 10)}${drafts}.${format.ext}`;
  return new Response(format.write(report), {
    headers: {
      "Content-Type": format.contentType,
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
