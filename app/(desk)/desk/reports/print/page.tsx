import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CitationReportView } from "@/components/desk/citation-report";
import { langOf } from "@/lib/i18n/locale";
import { loadReport } from "@/lib/report/data";
import { filtersToParams, parseReportFilters } from "@/lib/report/scope";
import { requireDeskUser } from "@/lib/require-editor";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const PRINT_LIMIT = 500;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports.print");
  return { title: t("metaTitle") };
}

/** The printable report for the builder's filters: what printing (or "save as PDF") gives. */
export default async function PrintReportPage({ searchParams }: Props) {
  const raw = await searchParams;
  const params = new URLSearchParams(
    Object.entries(raw).flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : [])),
  );
  await requireDeskUser(`/desk/reports/print?${params}`);
  const filters = parseReportFilters(params);
  if (!filters.success) notFound();
  const includeDrafts = params.get("drafts") === "1";
  const lang = langOf(await getLocale());
  const report = await loadReport(filters.data, { includeDrafts, limit: PRINT_LIMIT, lang });
  if (!report) notFound();
  const back = filtersToParams(filters.data);
  if (includeDrafts) back.set("drafts", "1");
  return <CitationReportView report={report} builderHref={`/desk/reports?${back}`} />;
}
