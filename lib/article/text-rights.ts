// Whose text an article is, and so what readers may see of it. A fact-checker quotes another
// outlet's article; it does not republish it: readers get the full annotated text only of the
// newsroom's own articles and of those it holds a licence for. Pure (no Prisma, no React); the choices
// and their labels live in lib/labels.ts, so the desk's client form carries no validator (CSP).
import { z } from "zod";
import { recordId } from "../ids";
import { TEXT_RIGHTS, type TextRightsValue } from "../labels";

export type { TextRightsValue };

/** True when readers may read the whole text (own or licensed); never for another outlet's. */
export const showsFullText = (rights: TextRightsValue): boolean => rights !== "OTHER";

/**
 * The desk's change: the value the editor saw (`from`) and the one chosen. A stale form — someone
 * changed it since — is refused rather than silently overwritten.
 */
export const setTextRightsSchema = z.object({
  articleId: recordId,
  from: z.enum(TEXT_RIGHTS, { error: "Reload the page: the current setting is missing" }),
  textRights: z.enum(TEXT_RIGHTS, {
    error: "Choose whose text this is (own, licensed or another outlet's)",
  }),
});
export type SetTextRightsInput = z.infer<typeof setTextRightsSchema>;
