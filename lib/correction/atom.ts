// The corrections log as an Atom feed (RFC 4287). Pure: no framework, no database.
import { CORRECTION_KIND_LABELS } from "../labels";

export interface FeedEntry {
  id: string;
  kind: "CORRECTION" | "CLARIFICATION" | "RETRACTION";
  noteHi: string;
  noteEn: string | null;
  publishedAt: Date;
  claim: { slug: string; textHi: string };
  from: { labelHi: string; labelEn: string } | null;
  to: { labelHi: string; labelEn: string } | null;
}

/** Text and attribute content: the five XML specials, and characters XML 1.0 cannot carry at all. */
export function xmlEscape(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** What changed, in words: "भ्रामक (Misleading) → असत्य (False)". */
export function ratingChange(e: Pick<FeedEntry, "from" | "to">): string | null {
  const label = (r: { labelHi: string; labelEn: string }) => `${r.labelHi} (${r.labelEn})`;
  if (e.from && e.to && e.from.labelEn !== e.to.labelEn) return `${label(e.from)} → ${label(e.to)}`;
  return null;
}

export function correctionsAtom(
  entries: FeedEntry[],
  opts: { baseUrl: string; updated: Date },
): string {
  const { baseUrl } = opts;
  const updated = (entries[0]?.publishedAt ?? opts.updated).toISOString();
  const items = entries.map((e) => {
    const url = `${baseUrl}/claims/${e.claim.slug}#correction-${e.id}`;
    const change = ratingChange(e);
    const content = [e.noteHi, e.noteEn, change && `Rating: ${change}`]
      .filter(Boolean)
      .join("\n\n");
    const title = `${CORRECTION_KIND_LABELS[e.kind].hi} · ${CORRECTION_KIND_LABELS[e.kind].en}: ${e.claim.textHi}`;
    return `  <entry>
    <id>${xmlEscape(url)}</id>
    <title>${xmlEscape(title)}</title>
    <updated>${e.publishedAt.toISOString()}</updated>
    <link rel="alternate" type="text/html" href="${xmlEscape(url)}"/>
    <category term="${e.kind.toLowerCase()}"/>
    <content type="text" xml:lang="hi">${xmlEscape(content)}</content>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="hi">
  <id>${xmlEscape(`${baseUrl}/corrections`)}</id>
  <title>प्रमाण: सुधार · Pramaan corrections</title>
  <updated>${updated}</updated>
  <author><name>Pramaan</name></author>
  <link rel="self" type="application/atom+xml" href="${xmlEscape(`${baseUrl}/corrections/feed.xml`)}"/>
  <link rel="alternate" type="text/html" href="${xmlEscape(`${baseUrl}/corrections`)}"/>
${items.join("\n")}
</feed>
`;
}
