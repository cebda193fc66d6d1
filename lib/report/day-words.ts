// Newsroom days (YYYY-MM-DD) in words for a heading: "1 Oct – 31 Dec 2023". Days are printed as the
// days they are, never through a Date and a zone (which could move them: lib/calendar).
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function parts(day: string) {
  const [y = "", m = "", d = ""] = day.split("-");
  return { year: y, month: MONTHS[Number(m) - 1] ?? m, day: String(Number(d)) };
}

/** "1 Oct 2023". */
function dayWords(day: string): string {
  const p = parts(day);
  return `${p.day} ${p.month} ${p.year}`;
}

/** "1 Oct – 31 Dec 2023", "1 Dec 2023 – 31 Jan 2024", "from 1 Oct 2023", "until 31 Dec 2023". */
export function dayRangeWords(from?: string, to?: string): string {
  if (from && to) {
    if (from === to) return dayWords(from);
    const a = parts(from);
    const b = parts(to);
    const start = a.year === b.year ? `${a.day} ${a.month}` : dayWords(from);
    return `${start} – ${dayWords(to)}`;
  }
  if (from) return `from ${dayWords(from)}`;
  return to ? `until ${dayWords(to)}` : "";
}
