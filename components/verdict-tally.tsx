// An entity's verdicts by role as a chart drawn on the server: one horizontal stacked bar per role,
// a segment per rating in the scale's order. Plain SVG (no chart library, no script); screen readers
// get its <title>/<desc>, and everyone gets the same numbers as a real table beside it.
import { useLocale, useTranslations } from "next-intl";
import { formatNumber } from "@/lib/calendar/format";
import { langOf } from "@/lib/i18n/locale";
import type { EntityTally } from "@/lib/public/entity-data";

const WIDTH = 640;
const BAR_X = 0;
const BAR_MAX = 560;
const ROW = 52;
const BAR_H = 20;

export function VerdictTally({ tally, id = "tally" }: { tally: EntityTally; id?: string }) {
  const t = useTranslations("public");
  const locale = useLocale();
  const lang = langOf(locale);
  const max = Math.max(1, ...tally.rows.map((r) => r.total));
  const height = tally.rows.length * ROW + 8;
  const ratingName = (r: EntityTally["ratings"][number]) => (lang === "en" ? r.labelEn : r.labelHi);
  const count = (n: number, r: EntityTally["ratings"][number]) =>
    t("tally.count", { count: n, rating: ratingName(r) });
  const description = tally.rows
    .map(
      (row) =>
        `${t(`roles.${row.role}`)}: ${tally.ratings
          .filter((r) => row.counts[r.id])
          .map((r) => count(row.counts[r.id] ?? 0, r))
          .join(", ")}`,
    )
    .join("; ");
  if (tally.rows.length === 0)
    return (
      <p className="my-6 text-stone-600" data-testid="verdict-tally-empty">
        {t("tally.empty")}
      </p>
    );
  return (
    <figure className="my-6" data-testid="verdict-tally">
      {/* Below 480 px the chart scrolls sideways in its box rather than shrinking its labels. The box
          takes focus so keyboard users can scroll it too (axe: scrollable-region-focusable). */}
      <section
        className="overflow-x-auto focus:outline-2 focus:outline-brand"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls must take focus to scroll by keyboard
        tabIndex={0}
        aria-labelledby={`${id}-title`}
      >
        <svg
          role="img"
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-desc`}
          viewBox={`0 0 ${WIDTH} ${height}`}
          className="w-full min-w-[480px] max-w-2xl"
        >
          <title id={`${id}-title`}>{t("tally.title")}</title>
          <desc id={`${id}-desc`}>{description}</desc>
          {tally.rows.map((row, i) => {
            const y = i * ROW;
            let x = BAR_X;
            return (
              <g key={row.role}>
                <text x={BAR_X} y={y + 16} fontSize="14" fill="#44403c">
                  {t(`roles.${row.role}`)}
                </text>
                {tally.ratings.map((r) => {
                  const n = row.counts[r.id] ?? 0;
                  if (!n) return null;
                  const w = (n / max) * BAR_MAX;
                  const rect = (
                    <rect
                      key={r.id}
                      x={x}
                      y={y + 24}
                      width={w}
                      height={BAR_H}
                      fill={r.colour}
                      stroke="#fff"
                      strokeWidth="1"
                    >
                      <title>{count(n, r)}</title>
                    </rect>
                  );
                  x += w;
                  return rect;
                })}
                <text x={x + 6} y={y + 39} fontSize="13" fill="#292524">
                  {formatNumber(row.total, locale)}
                </text>
              </g>
            );
          })}
        </svg>
      </section>
      <figcaption className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-hidden="true">
        {tally.ratings.map((r) => (
          <span key={r.id} className="inline-flex items-center gap-1">
            <span
              className="inline-block h-3 w-3 rounded-sm"
              style={{ backgroundColor: r.colour }}
            />
            {ratingName(r)}
          </span>
        ))}
      </figcaption>
      <table className="mt-4 text-sm" data-testid="tally-table">
        <caption className="mb-1 text-left font-semibold">{t("tally.caption")}</caption>
        <thead>
          <tr className="border-b border-stone-300 text-left">
            <th scope="col" className="py-1 pr-4">
              {t("tally.role")}
            </th>
            {tally.ratings.map((r) => (
              <th key={r.id} scope="col" className="py-1 pr-4">
                {ratingName(r)}
              </th>
            ))}
            <th scope="col" className="py-1">
              {t("tally.total")}
            </th>
          </tr>
        </thead>
        <tbody>
          {tally.rows.map((row) => (
            <tr key={row.role} className="border-b border-stone-200">
              <th scope="row" className="py-1 pr-4 text-left font-normal">
                {t(`roles.${row.role}`)}
              </th>
              {tally.ratings.map((r) => (
                <td key={r.id} className="py-1 pr-4 tabular-nums">
                  {formatNumber(row.counts[r.id] ?? 0, locale)}
                </td>
              ))}
              <td className="py-1 tabular-nums">{formatNumber(row.total, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
