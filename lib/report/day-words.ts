// Newsroom days (YYYY-MM-DD) in words for a heading: "1 Oct – 31 Dec 2023", "1 अक्टूबर – 31 दिसंबर
// 2023". Days are printed as the days they are, never through a Date and a zone (which could move
// them: lib/calendar).
import { monthNames } from "../calendar/date-parts";
import type { Lang } from "../i18n/locale";
import { translator } from "../i18n/translator";

const MONTHS_EN = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];
// Hindi papers write the month whole ("1 अक्टूबर"); the abbreviations ICU has ("अक्टू॰") are rare in print.
const MONTHS_HI = monthNames("hi-IN");

function parts(day: string, lang: Lang) {
  const [y = "", m = "", d = ""] = day.split("-");
  const months = lang === "hi" ? MONTHS_HI : MONTHS_EN;
  return { year: y, month: months[Number(m) - 1] ?? m, day: String(Number(d)) };
}

/** "1 Oct 2023". */
function dayWords(day: string, lang: Lang): string {
  const p = parts(day, lang);
  return `${p.day} ${p.month} ${p.year}`;
}

/** "1 Oct – 31 Dec 2023", "1 Dec 2023 – 31 Jan 2024", "from 1 Oct 2023", "until 31 Dec 2023". */
export function dayRangeWords(from?: string, to?: string, lang: Lang = "en"): string {
  if (from && to) {
    if (from === to) return dayWords(from, lang);
    const a = parts(from, lang);
    const b = parts(to, lang);
    const start = a.year === b.year ? `${a.day} ${a.month}` : dayWords(from, lang);
    return `${start} – ${dayWords(to, lang)}`;
  }
  const t = translator(lang);
  if (from) return t("reports.scope.from", { day: dayWords(from, lang) });
  return to ? t("reports.scope.until", { day: dayWords(to, lang) }) : "";
}
