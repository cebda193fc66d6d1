import { notFound } from "next/navigation";
import { CitationReportView } from "@/components/desk/citation-report";
import { loadReport } from "@/lib/report/data";
import { requireDeskUser } from "@/lib/require-editor";

type Props = {
  params: Promise<{ kind: string; id: string }>;
  searchParams: Promise<{ drafts?: string }>;
};

export default async function ReportPage({ params, searchParams }: Props) {
  const [{ kind, id }, q] = await Promise.all([params, searchParams]);
  await requireDeskUser(`/desk/reports/${kind}/${id}`);
  if (kind !== "claim" && kind !== "article") notFound();
  const report = await loadReport(kind, id, { includeDrafts: q.drafts === "1" });
  if (!report) notFound();
  return (
    <CitationReportView
      report={report}
      pageBase={`/desk/reports/${kind}/${id}`}
      downloadBase={`/api/reports/${kind}/${id}`}
    />
  );
}
