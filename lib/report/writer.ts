// Every format is written as a stream: a head, the claims a batch at a time, a tail. A report of
// 100,000 claims is never held in memory whole; the same writers also produce a small report in one go.
import type { Lang } from "../i18n/locale";
import type { CitationReport, ReportClaim, ReportMeta } from "./model";

type ReportWriter = {
  head(): string;
  /** Batches arrive in report order; a writer may remember what it has written (e.g. shared items). */
  claims(batch: ReportClaim[]): string;
  tail(): string;
};

/**
 * A format's writer for one report. `lang` is the language the editor chose for the human formats'
 * headings and labels (Markdown, PDF, XLSX; Hindi when not given); machine formats ignore it.
 */
export type WriterFactory = (meta: ReportMeta, lang?: Lang) => ReportWriter;

/**
 * A binary format (XLSX, a zip archive). Its library compresses asynchronously, so each step resolves
 * to the bytes that are ready by then; whatever is still in the compressor comes out with a later step,
 * and the tail flushes the rest.
 */
type ByteReportWriter = {
  head(): Promise<Uint8Array>;
  claims(batch: ReportClaim[]): Promise<Uint8Array>;
  tail(): Promise<Uint8Array>;
};

export type ByteWriterFactory = (meta: ReportMeta, lang?: Lang) => ByteReportWriter;

/** What the report stream can drive: a text writer or a byte writer. */
export type AnyWriterFactory = WriterFactory | ByteWriterFactory;

/** A whole report through a streaming writer: for tests and small in-memory uses. */
export function writeAll(make: WriterFactory, report: CitationReport, lang?: Lang): string {
  const { claims, ...meta } = report;
  const w = make(meta, lang);
  return w.head() + w.claims(claims) + w.tail();
}

/** A whole report through a byte writer, in one buffer: for tests and small in-memory uses. */
export async function writeAllBytes(make: ByteWriterFactory, report: CitationReport, lang?: Lang) {
  const { claims, ...meta } = report;
  const w = make(meta, lang);
  return Buffer.concat([await w.head(), await w.claims(claims), await w.tail()]);
}
