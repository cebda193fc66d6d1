import { notFound } from "next/navigation";
import { CitationReportView } from "@/components/desk/citation-report";
import { loadReport } from "@/lib/report/data";
import { requireDeskUser } from "@/lib/require-editor";

type Props = { params: Promise<{ kind: string; id: string }> };

export default async function ReportPage({ params }: Props) {
  const { kind, id } = await params;
  await requireDeskUser(`/desk/reports/${kind}/${id}`);
  if (kind !== "claim" && kind !== "article") notFound();
  const report = await loadReport(kind, id);
  if (!report) notFound();
  return <CitationReportView report={report} downloadBase={`/api/reports/${kind}/${id}`} />;
}
