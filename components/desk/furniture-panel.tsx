"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { editFurnitureAction } from "@/lib/article/actions";
import type { FurnitureRange } from "@/lib/text/furniture";
import { FormMessage } from "./field";
import { useAction } from "./use-action";

function toggleQuery(shown: boolean, part: number): string {
  const q = new URLSearchParams();
  if (!shown) q.set("furniture", "show");
  if (part > 1) q.set("part", String(part));
  return q.size ? `?${q}` : "";
}

/**
 * The desk's list of an article's page furniture: what the detector (or an editor) marked, with
 * "Not furniture" to show a range to readers again and "Confirm" to say the detection is right.
 * Marking a line is done by selecting it in the text (SelectionLogger's "Mark as page furniture").
 */
export function FurniturePanel({
  articleId,
  version,
  ranges,
  shown,
  part = 1,
}: {
  articleId: string;
  version: number;
  /** The furniture of the part of the article on the page. */
  ranges: (FurnitureRange & { text: string })[];
  shown: boolean;
  /** The part on the page (`?part=`): showing or hiding furniture stays on it. */
  part?: number;
}) {
  const router = useRouter();
  const t = useTranslations("articles");
  const edit = useAction(editFurnitureAction);
  const unconfirmed = ranges.filter((r) => !r.confirmed).length;
  const done = () => router.refresh();
  return (
    <section className="mt-8" data-testid="furniture-panel">
      <h2 className="font-semibold">{t("furniture.heading", { count: ranges.length })}</h2>
      <p className="mt-1 text-xs text-stone-600">
        {t("furniture.hint")}{" "}
        <Link
          href={`/desk/articles/${articleId}${toggleQuery(shown, part)}`}
          className="underline"
          data-testid="toggle-furniture"
          scroll={false}
        >
          {shown ? t("furniture.hide") : t("furniture.show")}
        </Link>
      </p>
      <FormMessage result={edit.result} />
      <ul className="mt-3 space-y-2 text-sm">
        {ranges.map((r) => (
          <li key={r.start} className="flex items-start gap-2" data-testid="furniture-item">
            <span className="min-w-0 flex-1">
              <span className="text-xs font-semibold text-stone-600">
                {t(`furnitureKind.${r.kind}`)} ·{" "}
                {r.confirmed ? t("furniture.confirmed") : t("furniture.detected")}
              </span>
              <span className="block truncate text-stone-600" lang="hi">
                {r.text}
              </span>
            </span>
            <Button
              type="button"
              disabled={edit.pending}
              onClick={() => edit.run({ op: "unmark", articleId, version, start: r.start }, done)}
              variant="subtle"
              size="xs"
              className="shrink-0"
              data-testid="unmark-furniture"
            >
              {t("furniture.notFurniture")}
            </Button>
          </li>
        ))}
      </ul>
      {unconfirmed > 0 && (
        <Button
          type="button"
          disabled={edit.pending}
          onClick={() => edit.run({ op: "confirm", articleId, version }, done)}
          variant="dark"
          size="sm"
          className="mt-3 text-sm"
          data-testid="confirm-furniture"
        >
          {t("furniture.confirmAll", { count: unconfirmed })}
        </Button>
      )}
    </section>
  );
}
