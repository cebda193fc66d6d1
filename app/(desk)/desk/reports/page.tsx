import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ReportDownloads } from "@/components/desk/report-builder-downloads";
import { ReportBuilderForm } from "@/components/desk/report-builder-form";
import { ReportPreviewView } from "@/components/desk/report-builder-preview";
import { entitiesByIds } from "@/lib/entity/data";
import { langOf } from "@/lib/i18n/locale";
import { listRatings } from "@/lib/rating/data";
import { readBuilderQuery, toSearchParams } from "@/lib/report/builder-query";
import { previewReport } from "@/lib/report/data";
import { REPORT_FORMATS } from "@/lib/report/formats";
import { requireDeskUser } from "@/lib/require-editor";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Functions (the writers) cannot cross to the client: the download buttons get names only.
const FORMATS = Object.entries(REPORT_FORMATS).map(([id, f]) => ({
  id,
  label: f.label,
  ext: f.ext,
}));

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports.page");
  return { title: t("title") };
}

/** The report builder: filters in the URL, a preview of what they cover, and every download. */
export default async function ReportsPage({ searchParams }: Props) {
  const params = toSearchParams(await searchParams);
  await requireDeskUser(params.size ? `/desk/reports?${params}` : "/desk/reports");
  const q = readBuilderQuery(params);
  const [t, locale] = await Promise.all([getTranslations("reports.page"), getLocale()]);
  const lang = langOf(locale);
  const [ratings, [entity], preview] = await Promise.all([
    listRatings(),
    entitiesByIds(q.values.entity ? [q.values.entity] : []),
    q.ok ? previewReport(q.filters, { includeDrafts: q.includeDrafts, lang }) : null,
  ]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <div className="grid gap-6 lg:grid-cols-[20rem_1fr]">
        <ReportBuilderForm
          values={q.values}
          includeDrafts={q.includeDrafts}
          errors={q.ok ? {} : q.fieldErrors}
          ratings={ratings}
          entity={entity ?? null}
        />
        <div className="space-y-6">
          {q.ok && preview ? (
            <>
              <ReportPreviewView preview={preview} includeDrafts={q.includeDrafts} />
              <ReportDownloads
                query={q.query}
                formats={FORMATS}
                claims={preview.claims}
                includeDrafts={q.includeDrafts}
              />
            </>
          ) : (
            <p
              role="status"
              className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800"
              data-testid="preview-invalid"
            >
              {t("invalid")}
            </p>
          )}
        </div>
      </div>
    </div>
  );
}
