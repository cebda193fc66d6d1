// Every download format of a report: one small serializer each over the same structured model.
import { reportBibtex, reportCslJson, reportRis } from "./citation";
import { reportCsv } from "./csv";
import { reportMarkdown } from "./markdown";
import type { CitationReport } from "./model";

type Format = { ext: string; contentType: string; label: string; write(r: CitationReport): string };

export const REPORT_FORMATS = {
  csv: { ext: "csv", contentType: "text/csv; charset=utf-8", label: "CSV", write: reportCsv },
  json: {
    ext: "json",
    contentType: "application/json; charset=utf-8",
    label: "JSON",
    write: (r) => JSON.stringify(r, null, 2),
  },
  csl: {
    ext: "csl.json",
    contentType: "application/vnd.citationstyles.csl+json; charset=utf-8",
    label: "CSL-JSON",
    write: reportCslJson,
  },
  bibtex: {
    ext: "bib",
    contentType: "application/x-bibtex; charset=utf-8",
    label: "BibTeX",
    write: reportBibtex,
  },
  ris: {
    ext: "ris",
    contentType: "application/x-research-info-systems; charset=utf-8",
    label: "RIS",
    write: reportRis,
  },
  md: {
    ext: "md",
    contentType: "text/markdown; charset=utf-8",
    label: "Markdown",
    write: reportMarkdown,
  },
} satisfies Record<string, Format>;

export type ReportFormat = keyof typeof REPORT_FORMATS;

export const isReportFormat = (f: string): f is ReportFormat => Object.hasOwn(REPORT_FORMATS, f);
