// The report builder's address, read once: what the editor typed (kept as typed, so a bad value can be
// shown next to its error and corrected), the filters when they are valid, and the query string the
// preview, the downloads and the printable page share. Plain module: no framework imports.
import type { ErrorDescriptor } from "../errors";
import { fieldErrorsOf } from "../form-errors";
import { FILTER_KEYS, filtersToParams, parseReportFilters, type ReportFilters } from "./scope";

export type FilterKey = (typeof FILTER_KEYS)[number];

export type BuilderQuery = {
  /** Each filter as it was typed ("" when absent). */
  values: Record<FilterKey, string>;
  includeDrafts: boolean;
} & (
  | { ok: true; filters: ReportFilters; query: string }
  | { ok: false; fieldErrors: Partial<Record<FilterKey, ErrorDescriptor[]>> }
);

/** A page's search params (Next's record of strings or arrays) as URLSearchParams, first value wins. */
export function toSearchParams(raw: Record<string, string | string[] | undefined>) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(raw)) {
    const first = Array.isArray(v) ? v[0] : v;
    if (first !== undefined) params.set(k, first);
  }
  return params;
}

export function readBuilderQuery(params: URLSearchParams): BuilderQuery {
  const values = Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) ?? ""])) as Record<
    FilterKey,
    string
  >;
  const includeDrafts = params.get("drafts") === "1";
  const parsed = parseReportFilters(params);
  if (!parsed.success) {
    // One message a field: a date typed as "1/9/2023" fails both the shape and the calendar check,
    // and the shape is the one worth reading.
    const fieldErrors: Partial<Record<FilterKey, ErrorDescriptor[]>> = {};
    for (const [k, messages] of Object.entries(fieldErrorsOf(parsed.error)))
      if (messages?.length) fieldErrors[k as FilterKey] = messages.slice(0, 1);
    return { values, includeDrafts, ok: false, fieldErrors };
  }
  const query = filtersToParams(parsed.data);
  if (includeDrafts) query.set("drafts", "1");
  return { values, includeDrafts, ok: true, filters: parsed.data, query: query.toString() };
}
