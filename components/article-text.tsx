import Link from "next/link";
import { type Highlight, segment } from "@/lib/article/segments";

export interface ArticleHighlight extends Highlight {
  href: string;
  title: string;
  colour?: string;
  /** A withdrawn claim's appearance: still marked (the words were logged), greyed and labelled. */
  withdrawn?: boolean;
}

/** A spotter suggestion in the editors' reader: marked apart from logged mentions, not a link. */
export interface SuggestionHighlight extends Highlight {
  title: string;
}

/**
 * The article body exactly as imported, with mentions (and, for editors, suggestions) marked. Only the body's own characters are
 * rendered inside the container, so offsets computed from a selection index straight into the body.
 */
export function ArticleText({
  body,
  highlights,
  suggestions = [],
  id = "article-body",
}: {
  body: string;
  highlights: ArticleHighlight[];
  suggestions?: SuggestionHighlight[];
  id?: string;
}) {
  const marks = [
    ...highlights.map((h) => ({ ...h, kind: "mention" as const })),
    ...suggestions.map((h) => ({ ...h, kind: "suggestion" as const })),
  ];
  return (
    <div
      id={id}
      lang="hi"
      className="whitespace-pre-wrap text-lg leading-9"
      data-testid="article-body"
    >
      {segment(body, marks).map((s) => {
        // A logged mention wins over a suggestion on the same words (the loader leaves none).
        const h = s.highlights.find((x) => x.kind === "mention") ?? s.highlights[0];
        if (!h) return <PlainText key={s.start} text={s.text} />;
        if (h.kind === "suggestion") {
          return (
            <mark key={s.start} className="suggestion" title={h.title} data-suggestion={h.id}>
              {s.text}
            </mark>
          );
        }
        return (
          <Link
            key={s.start}
            href={h.href}
            title={h.title}
            id={s.start === h.start ? `m-${h.id}` : undefined}
            className="no-underline"
            data-mention={h.id}
          >
            <mark
              className={h.withdrawn ? "claim withdrawn" : "claim"}
              data-withdrawn={h.withdrawn ? "" : undefined}
              style={h.colour ? ({ "--claim-colour": h.colour } as React.CSSProperties) : undefined}
            >
              {s.text}
            </mark>
          </Link>
        );
      })}
    </div>
  );
}

// Imported pages often carry runs of blank and NBSP-only lines between paragraphs. They stay in the
// DOM (selection offsets count them) but are drawn as one paragraph gap.
const BLANK_RUN = /(\n[ \t\u00A0]*(?:\n[ \t\u00A0]*)+)/;

function PlainText({ text }: { text: string }) {
  return (
    <span>
      {text.split(BLANK_RUN).map((part, i) =>
        i % 2 === 1 ? (
          // The parts of one fixed string, never reordered: their position is their identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <span key={i} className="paragraph-gap">
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </span>
  );
}
