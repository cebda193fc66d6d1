// The search page's query string. Anything malformed is dropped (its default applies), never an error.
import { z } from "zod";
import { recordId } from "../ids";
import { dayParam, lenient } from "../paging";
import { oneLine } from "../text/clean";
import { SEARCH_TYPES } from "./engine";

export const searchParamsSchema = z.object({
  q: z.string().max(200).catch("").default(""),
  type: z.enum(SEARCH_TYPES).catch("claims").default("claims"),
  status: lenient(z.enum(["open", "sent_back", "in_review", "published"])),
  topic: lenient(oneLine(80).pipe(z.string().min(1))),
  outlet: lenient(recordId),
  speaker: lenient(recordId),
  rating: lenient(recordId),
  from: dayParam,
  to: dayParam,
  // Page numbers, not cursors: results are ordered by relevance. Ranking reads at most 200
  // candidates (lib/search/engine.ts), 10 pages; past that a filter narrows the search.
  page: z.coerce.number().int().min(1).max(10).catch(1).default(1),
});
export type SearchParamsData = z.infer<typeof searchParamsSchema>;

export const SEARCH_STATUSES = {
  open: "OPEN",
  sent_back: "SENT_BACK",
  in_review: "IN_REVIEW",
  published: "PUBLISHED",
} as const;
