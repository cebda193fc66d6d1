// The desk's "whose text is this" setting. One editor decides, audited, with no second editor:
// the two-person rule guards what readers see of a published fact check (verdict, claim, quote and
// its context, sources), and this changes none of those — it says whether the newsroom holds the
// rights to an article's text, a fact the desk knows rather than a judgement to review. Withdrawing
// a text (a licence ending, a mistaken "own") must also take effect at once, not wait for a reviewer.
import { recordAudit } from "../audit";
import { db } from "../db";
import { conflict, notFound } from "../errors";
import { invalidatePublicArticle } from "../public-cache";
import type { SessionUser } from "../user/session-user";
import type { SetTextRightsInput, TextRightsValue } from "./text-rights";

/**
 * Sets the article's text rights, checked against the value the editor saw (`from`): CONFLICT if
 * someone changed it since. It does not bump the article's `version`, which guards its details and
 * furniture: a rights change must not make an editor's open details form look stale.
 */
export async function setTextRights(
  actor: SessionUser,
  input: SetTextRightsInput,
): Promise<{ textRights: TextRightsValue }> {
  const changed = await db().$transaction(async (tx) => {
    const before = await tx.article.findUnique({
      where: { id: input.articleId },
      select: { id: true, textRights: true },
    });
    if (!before) throw notFound("article");
    if (before.textRights === input.textRights) return false;
    const { count } = await tx.article.updateMany({
      where: { id: before.id, textRights: input.from },
      data: { textRights: input.textRights },
    });
    if (count === 0) throw conflict("stale.textRights");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "article.text-rights",
      entityType: "Article",
      entityId: before.id,
      before: { textRights: before.textRights },
      after: { textRights: input.textRights },
    });
    return true;
  });
  // Readers' cached copies of the article page (every part) go now: the next one sees the text
  // shown or withheld. Verdict pages only link to it, so they stay.
  if (changed) invalidatePublicArticle(input.articleId, []);
  return { textRights: input.textRights };
}
