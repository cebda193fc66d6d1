// Every download format of a report: one small serializer each over the same structured model. Most
// stream (a head, claims a batch at a time, a tail); a PDF is laid out whole, so it has a size cap.
import { bibtexWriter, cslJsonWriter, risWriter } from "./citation";
import { claimReviewWriter } from "./claimreview-feed";
import { csvWriter } from "./csv";
import { jsonWriter } from "./json";
import { markdownWriter } from "./markdown";
import { PDF_MAX_CLAIMS, pdfFromInput, pdfInputWriter } from "./pdf";
import type { ByteWriterFactory, WriterFactory } from "./writer";
import { xlsxWriter } from "./xlsx";

type FormatInfo = { ext: string; contentType: string; label: string };
type StreamedFormat = FormatInfo & { kind: "stream"; writer: WriterFactory };
/** Streamed too, as bytes: a binary format (XLSX, a zip) written by a library that compresses as it goes. */
type BytesFormat = FormatInfo & { kind: "bytes"; writer: ByteWriterFactory };
/** Laid out whole: its writer's text is collected (at most `maxClaims` claims), then rendered. */
type WholeFormat = FormatInfo & {
  kind: "whole";
  writer: WriterFactory;
  maxClaims: number;
  render(input: string): Promise<Uint8Array<ArrayBuffer>>;
};
export type ReportFormatSpec = StreamedFormat | BytesFormat | WholeFormat;

export const REPORT_FORMATS = {
  csv: {
    kind: "stream",
    ext: "csv",
    contentType: "text/csv; charset=utf-8",
    label: "CSV",
    writer: csvWriter,
  },
  xlsx: {
    kind: "bytes",
    ext: "xlsx",
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    label: "Excel (XLSX)",
    writer: xlsxWriter,
  },
  json: {
    kind: "stream",
    ext: "json",
    contentType: "application/json; charset=utf-8",
    label: "JSON",
    writer: jsonWriter,
  },
  claimreview: {
    kind: "stream",
    ext: "claimreview.jsonld",
    contentType: "application/ld+json; charset=utf-8",
    label: "ClaimReview feed",
    writer: claimReviewWriter,
  },
  csl: {
    kind: "stream",
    ext: "csl.json",
    contentType: "application/vnd.citationstyles.csl+json; charset=utf-8",
    label: "CSL-JSON",
    writer: cslJsonWriter,
  },
  bibtex: {
    kind: "stream",
    ext: "bib",
    contentType: "application/x-bibtex; charset=utf-8",
    label: "BibTeX",
    writer: bibtexWriter,
  },
  ris: {
    kind: "stream",
    ext: "ris",
    contentType: "application/x-research-info-systems; charset=utf-8",
    label: "RIS",
    writer: risWriter,
  },
  md: {
    kind: "stream",
    ext: "md",
    contentType: "text/markdown; charset=utf-8",
    label: "Markdown",
    writer: markdownWriter,
  },
  pdf: {
    kind: "whole",
    ext: "pdf",
    contentType: "application/pdf",
    label: "PDF",
    writer: pdfInputWriter,
    maxClaims: PDF_MAX_CLAIMS,
    render: pdfFromInput,
  },
} satisfies Record<string, ReportFormatSpec>;

export type ReportFormat = keyof typeof REPORT_FORMATS;
/** Formats whose writer writes text (all but the binary ones). */
export type TextFormat = {
  [K in ReportFormat]: (typeof REPORT_FORMATS)[K]["writer"] extends ByteWriterFactory ? never : K;
}[ReportFormat];

export const isReportFormat = (f: string): f is ReportFormat => Object.hasOwn(REPORT_FORMATS, f);
