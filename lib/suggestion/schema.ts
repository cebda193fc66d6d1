// Shapes of spotter input: dismissing a suggestion, and the prefill a suggestion hands the log page.
import { z } from "zod";
import { recordId } from "../ids";
import { nameText } from "../text/clean";

/** A suggestion is named by its article and span (offsets into the stored body). */
export const suggestionSpanSchema = z
  .object({
    articleId: recordId,
    start: z.number().int().min(0),
    end: z.number().int().min(1),
  })
  .refine((s) => s.start < s.end, { message: "Not a passage of the article", path: ["end"] });
export type SuggestionSpan = z.infer<typeof suggestionSpanSchema>;

/** The articles of one import batch whose matching the report asks after (the upload's batch size). */
export const importMatchesSchema = z.object({ articleIds: z.array(recordId).min(1).max(50) });

const MAX_RELAYS = 5;

/**
 * `?speaker=<id>&speakerAs=<role>&via=<id>,<id>` on the log page. Anything malformed is dropped rather than refused:
 * the prefill is a convenience, and the page still works without it.
 */
export const logPrefillSchema = z.object({
  speaker: recordId.optional().catch(undefined),
  /** With `speaker`: the speaker is an unnamed person of it, named so in the text ("अधिकारी"). */
  speakerAs: nameText(1, 40).optional().catch(undefined),
  via: z
    .string()
    .optional()
    .catch(undefined)
    .transform((v) =>
      (v ?? "")
        .split(",")
        .filter((id) => recordId.safeParse(id).success)
        .slice(0, MAX_RELAYS),
    ),
});
