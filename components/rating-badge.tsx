export function RatingBadge({
  rating,
  size = "md",
}: {
  rating: { labelHi: string; labelEn: string; colour: string };
  size?: "sm" | "md" | "lg";
}) {
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
      <span lang="hi">{rating.labelHi}</span>
      <span className="font-normal opacity-90">{rating.labelEn}</span>
    </span>
  );
}
