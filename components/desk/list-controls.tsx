// The desk lists' filter bar and pager. Plain GET forms and links, no client script: the URL holds
// the whole state of a list, so a filtered page can be bookmarked, shared and reloaded.
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { listHref } from "@/lib/paging";

type Filters = Record<string, string | undefined>;

export function FilterBar({ path, children }: { path: string; children: ReactNode }) {
  const t = useTranslations("lists");
  return (
    <form
      method="get"
      action={path}
      className="mt-4 flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-3 text-sm"
      data-testid="list-filters"
    >
      {children}
      <Button type="submit" variant="dark" size="sm">
        {t("filter")}
      </Button>
      <Link href={path} className="px-1 py-1.5 text-stone-600 hover:underline">
        {t("clear")}
      </Link>
    </form>
  );
}

export function FilterSelect({
  name,
  label,
  value,
  options,
}: {
  name: string;
  label: string;
  value: string | undefined;
  options: { value: string; label: string }[];
}) {
  const t = useTranslations("lists");
  return (
    <label className="flex flex-col gap-1">
      <span className="font-semibold">{label}</span>
      <select
        name={name}
        defaultValue={value ?? ""}
        className="rounded border border-stone-300 bg-white px-2 py-1"
      >
        <option value="">{t("any")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function FilterInput({
  name,
  label,
  value,
  type = "text",
}: {
  name: string;
  label: string;
  value: string | undefined;
  type?: "text" | "date";
}) {
  return (
    <label className="flex flex-col gap-1">
      <span className="font-semibold">{label}</span>
      <input
        type={type}
        name={name}
        defaultValue={value ?? ""}
        className="w-36 rounded border border-stone-300 bg-white px-2 py-1"
      />
    </label>
  );
}

/** "Newer"/"Older" (or "Previous"/"Next") links that keep the list's filters; by default the
 * catalogue's "← Newer" / "Older →" in the page's language. */
export function Pager({
  path,
  filters,
  page,
  labels,
}: {
  path: string;
  filters: Filters;
  page: { prev: string | null; next: string | null };
  labels?: [string, string];
}) {
  const t = useTranslations("lists");
  if (!page.prev && !page.next) return null;
  const [prevLabel, nextLabel] = labels ?? [t("newer"), t("older")];
  return (
    <nav className="mt-4 flex justify-between text-sm" aria-label={t("pages")}>
      {page.prev ? (
        <Link
          href={listHref(path, filters, { before: page.prev })}
          rel="prev"
          className="font-semibold hover:underline"
        >
          {prevLabel}
        </Link>
      ) : (
        <span />
      )}
      {page.next && (
        <Link
          href={listHref(path, filters, { after: page.next })}
          rel="next"
          className="font-semibold hover:underline"
        >
          {nextLabel}
        </Link>
      )}
    </nav>
  );
}
