import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
// The search box of the merge pages (claims and entities): a plain GET form, so the found list is
// the page's address.
export async function MergeSearchForm({ label, q }: { label: string; q?: string }) {
  const t = await getTranslations("entities.merge");
  return (
    <form method="get" className="flex gap-2">
      <label className="flex-1">
        <span className="block text-sm font-semibold">{label}</span>
        <input
          name="q"
          defaultValue={q}
          className="mt-1 w-full rounded border border-stone-300 bg-white px-3 py-2"
        />
      </label>
      <Button type="submit" variant="dark" size="md" className="self-end">
        {t("search")}
      </Button>
    </form>
  );
}
