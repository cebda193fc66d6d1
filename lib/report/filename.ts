// Download names say what is inside: the scope's ids, the day it was made, and whether drafts are in.
import type { ReportMeta } from "./model";
import { FILTER_KEYS } from "./scope";

export function reportFilename(meta: ReportMeta, ext: string): string {
  const f = meta.scope.filters;
  const scope = FILTER_KEYS.filter((k) => f[k])
    .map(
      (k) =>
        `${k}-${String(f[k])
          .replace(/[^A-Za-z0-9_-]+/g, "_")
          .slice(0, 40)}`,
    )
    .join("-");
  const drafts = meta.includesDrafts ? "-with-drafts" : "";
  return `pramaan-${scope || "all"}-${meta.generatedAt.slice(0, 10)}${drafts}.${ext}`;
}
