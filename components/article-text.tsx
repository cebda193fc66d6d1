import { useTranslations } from "next-intl";
import { Fragment } from "react";
import { type Highlight, type Segment, segment } from "@/lib/article/segments";
import { FURNITURE_LABELS, type FurnitureRange } from "@/lib/text/furniture";
import { MentionLink } from "./mention-link";

/** The keyboard hint a selectable article text names in aria-describedby (the desk's SelectionLogger). */
export const ARTICLE_KEYS_HELP_ID = "article-keys-help";

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
 * How page furniture is drawn. "omit": not sent at all (readers). "hide": in the DOM but hidden, so
 * a selection's offsets, counted in the container's text, still index the body (the desk reader).
 * "show": greyed and labelled (the desk's "Show page furniture").
 */
export type FurnitureMode = "omit" | "hide" | "show";

type Mark =
  | (ArticleHighlight & { kind: "mention" })
  | (SuggestionHighlight & { kind: "suggestion" });

/**
 * The article body exactly as imported, with mentions (and, for editors, suggestions) marked. Only the body's own characters are
 * rendered inside the container, so offsets computed from a selection index straight into the body.
 * Furniture ranges cut the text into runs of their own; highlights keep their body offsets because
 * nothing is removed from the string, only runs from the page.
 */
export function ArticleText({
  body,
  highlights,
  suggestions = [],
  furniture = [],
  furnitureMode = "omit",
  id = "article-body",
  part = { start: 0, end: body.length },
  selectable = false,
}: {
  body: string;
  highlights: ArticleHighlight[];
  suggestions?: SuggestionHighlight[];
  furniture?: FurnitureRange[];
  furnitureMode?: FurnitureMode;
  id?: string;
  /**
   * The window of the body drawn (one part of a long article, `lib/article/parts.ts`). Its start
   * is on the container as `data-offset`: a selection's offsets in the container's text plus it
   * index the body.
   */
  part?: { start: number; end: number };
  /**
   * The desk reader: the text takes focus (a read-only text box to assistive technology, so screen
   * readers pass the arrow keys through) and the SelectionLogger around it moves a word caret.
   */
  selectable?: boolean;
}) {
  const t = useTranslations("verdict");
  const marks: Mark[] = [
    ...highlights.map((h) => ({ ...h, kind: "mention" as const })),
    ...suggestions.map((h) => ({ ...h, kind: "suggestion" as const })),
  ];
  const inPart = furniture.filter((f) => f.start < part.end && f.end > part.start);
  const segments = segment(
    body,
    marks,
    inPart.flatMap((f) => [f.start, f.end]),
    part,
  );
  const runs = groupByFurniture(segments, inPart);
  return (
    <div
      id={id}
      lang="hi"
      className="whitespace-pre-wrap text-lg leading-9 focus-visible:rounded focus-visible:outline-3 focus-visible:outline-offset-4 focus-visible:outline-brand"
      data-testid="article-body"
      {...(selectable && {
        tabIndex: 0,
        role: "textbox",
        "aria-readonly": true,
        "aria-multiline": true,
        "aria-label": t("articleText"),
        "aria-describedby": ARTICLE_KEYS_HELP_ID,
      })}
      data-offset={part.start}
    >
      {runs.map(({ range, segments }) => {
        const content = segments.map((s) => <SegmentText key={s.start} s={s} />);
        if (!range) return <Fragment key={segments[0].start}>{content}</Fragment>;
        if (furnitureMode === "omit") return null;
        return (
          <span
            key={`f-${range.start}`}
            hidden={furnitureMode === "hide"}
            className="furniture"
            data-furniture={range.kind}
            data-furniture-start={range.start}
            data-furniture-label={`${FURNITURE_LABELS[range.kind]} — page furniture`}
          >
            {content}
          </span>
        );
      })}
    </div>
  );
}

/** Consecutive segments grouped by the furniture range they lie in (none: the article's text). */
function groupByFurniture<S extends Segment<Mark>>(segments: S[], furniture: FurnitureRange[]) {
  const runs: { range: FurnitureRange | undefined; segments: S[] }[] = [];
  for (const s of segments) {
    const range = furniture.find((f) => f.start <= s.start && s.start < f.end);
    const last = runs.at(-1);
    if (last && last.range === range) last.segments.push(s);
    else runs.push({ range, segments: [s] });
  }
  return runs;
}

function SegmentText({ s }: { s: Segment<Mark> }) {
  // A logged mention wins over a suggestion on the same words (the loader leaves none).
  const h = s.highlights.find((x) => x.kind === "mention") ?? s.highlights[0];
  if (!h) return <PlainText text={s.text} />;
  if (h.kind === "suggestion") {
    return (
      <mark className="suggestion" title={h.title} data-suggestion={h.id}>
        {s.text}
      </mark>
    );
  }
  return (
    <MentionLink
      href={h.href}
      title={h.title}
      id={s.start === h.start ? `m-${h.id}` : undefined}
      mentionId={h.id}
    >
      <mark
        className={h.withdrawn ? "claim withdrawn" : "claim"}
        data-withdrawn={h.withdrawn ? "" : undefined}
        style={h.colour ? ({ "--claim-colour": h.colour } as React.CSSProperties) : undefined}
      >
        {s.text}
      </mark>
    </MentionLink>
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
