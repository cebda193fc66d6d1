// Every format is written as a stream: a head, the claims a batch at a time, a tail. A report of
// 100,000 claims is never held in memory whole; the same writers also produce a small report in one go.
import type { CitationReport, ReportClaim, ReportMeta } from "./model";

type ReportWriter = {
  head(): string;
  /** Batches arrive in report order; a writer may remember what it has written (e.g. shared items). */
  claims(batch: ReportClaim[]): string;
  tail(): string;
};

export type WriterFactory = (meta: ReportMeta) => ReportWriter;

/** A whole report through a streaming writer: for tests and small in-memory uses. */
export function writeAll(make: WriterFactory, report: CitationReport): string {
  const { claims, ...meta } = report;
  const w = make(meta);
  return w.head() + w.claims(claims) + w.tail();
}
