import { reportCsv } from "@/lib/report/csv";
import { loadReport } from "@/lib/report/data";
import { getSessionUser } from "@/lib/session";

export const dynamic = "force-dynamic";

export async function GET(
  request: Request,
  { params }: { params: Promise<{ kind: string; id: string }> },
) {
  // Reports include drafts and reviewers' names: editors only.
  if (!(await getSessionUser()))
    return Response.json({ error: "unauthenticated" }, { status: 401 });
  const { kind, id } = await params;
  if (kind !== "claim" && kind !== "article")
    return Response.json({ error: "not_found" }, { status: 404 });
  const format = new URL(request.url).searchParams.get("format") ?? "json";
  if (format !== "csv" && format !== "json")
    return Response.json(
      { error: "unsupported_format", formats: ["csv", "json"] },
      { status: 400 },
    );
  const report = await loadReport(kind, id);
  if (!report) return Response.json({ error: "not_found" }, { status: 404 });

  const filename = `pramaan-${kind}-${id}-${report.generatedAt.slice(0, 10)}.${format}`;
  const body = format === "csv" ? reportCsv(report) : JSON.stringify(report, null, 2);
  return new Response(body, {
    headers: {
      "Content-Type":
        format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
