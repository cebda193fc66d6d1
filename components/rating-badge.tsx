import { useLocale } from "next-intl";
import { langOf } from "@/lib/i18n/locale";

/** A verdict's rating in the page's language (the scale's labels are typed in both). */
export function RatingBadge({
  rating,
  size = "md",
}: {
  rating: { labelHi: string; labelEn: string; colour: string };
  size?: "sm" | "md" | "lg";
}) {
  const lang = langOf(useLocale());
  const pad =
    size === "lg"
      ? "px-4 py-2 text-xl"
      : size === "sm"
        ? "px-2 py-0.5 text-xs"
        : "px-3 py-1 text-sm";
  return (
    <span
      className={`inline-flex items-baseline gap-2 rounded-full font-semibold text-white ${pad}`}
      style={{ backgroundColor: rating.colour }}
      data-testid="rating-badge"
    >
      {lang === "en" ? rating.labelEn : rating.labelHi}
    </span>
  );
}
