// Whose text an article is, and so what readers may see of it. A fact-checker quotes another
// outlet's article; it does not republish it: readers get the full annotated text only of the
// newsroom's own articles and of those it holds a licence for. Pure (no Prisma, no React), so the
// desk's client form, the public page and the tests share one answer.
import { z } from "zod";
import { recordId } from "../ids";

export const TEXT_RIGHTS = ["OWN", "LICENSED", "OTHER"] as const;
export type TextRightsValue = (typeof TEXT_RIGHTS)[number];

/** The desk's choices, Hindi first, each saying what readers will then see. */
export const TEXT_RIGHTS_LABELS: Record<
  TextRightsValue,
  { hi: string; en: string; readers: string }
> = {
  OWN: {
    hi: "हमारा अपना लेख",
    en: "Our own article",
    readers: "पाठक पूरा लेख पढ़ेंगे · Readers see the full text",
  },
  LICENSED: {
    hi: "लाइसेंस प्राप्त",
    en: "Licensed",
    readers: "पाठक पूरा लेख पढ़ेंगे · Readers see the full text",
  },
  OTHER: {
    hi: "दूसरे संस्थान का लेख",
    en: "Another outlet's article",
    readers:
      "पाठक केवल दावे, उनके आसपास के शब्द और मूल लेख का लिंक देखेंगे · Readers see the claims in context and a link to the original",
  },
};

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
    error: "पाठ के अधिकार चुनें · Choose whose text this is (own, licensed or another outlet's)",
  }),
});
export type SetTextRightsInput = z.infer<typeof setTextRightsSchema>;
