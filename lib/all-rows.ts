// Reads a write must see whole: a new text places or orphans every appearance, a merge moves every
// appearance and source, an overlap check compares every neighbour. Dropping rows there would lose
// data silently, so these reads are not paged; they are still bounded. Each asks for one row past its
// cap (`take: cap + 1`), and more than the cap refuses the write with a message instead of working on
// part of the rows. The caps sit far above what one article or claim holds in practice.
import { conflict, err } from "./errors";

/** The rows, when there are at most `cap` of them; otherwise the write stops here. */
export function allRowsOrRefuse<T>(rows: T[], cap: number, what: "appearances" | "sources"): T[] {
  if (rows.length <= cap) return rows;
  throw conflict(
    err(what === "appearances" ? "rows.tooManyAppearances" : "rows.tooManySources", { cap }),
  );
}

/** Live (or orphaned) appearances of one article: dozens in the seed, a few hundred in a long piece. */
export const APPEARANCES_PER_ARTICLE = 5_000;

/** Appearances, or sources, of one claim: a claim repeated across the archive still stays far below. */
export const ROWS_PER_CLAIM = 10_000;
