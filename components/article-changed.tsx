import { formatDate } from "@/lib/calendar/format";

/** Readers are told when an article's text changed after its claims were checked against it. */
export function ArticleChanged({
  revision,
  revisedAt,
}: {
  revision: number;
  revisedAt: Date | null;
}) {
  if (revision <= 1 || !revisedAt) return null;
  return (
    <p className="text-sm text-amber-800" data-testid="article-changed">
      This article changed on {formatDate(revisedAt)} (version {revision}){" "}
      <span lang="hi">
        · यह लेख {formatDate(revisedAt)} को बदला गया (संस्करण {revision})
      </span>
    </p>
  );
}
