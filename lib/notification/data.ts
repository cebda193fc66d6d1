import "server-only";
import { db } from "../db";
import { keyset, pageOf, pageStart } from "../paging";
import { requireEditor } from "../require-editor";
import { type InboxQuery, inboxQuery } from "./schema";

/**
 * One page of the signed-in editor's inbox, newest first. A notice is what happened (kind, who, which
 * claim), worded when it is shown in the reader's language (lib/i18n/messages/desk.ts inbox.notice).
 */
export async function listInbox(query: InboxQuery = inboxQuery.parse({})) {
  const me = await requireEditor();
  const start = pageStart(query, "date");
  const page = keyset("createdAt", "desc", start);
  const rows = await db().notification.findMany({
    where: { AND: [{ userId: me.id }, page.where] },
    orderBy: page.orderBy,
    take: page.take,
    select: {
      id: true,
      kind: true,
      createdAt: true,
      readAt: true,
      actor: { select: { name: true } },
      claim: { select: { id: true, textHi: true, textEn: true } },
    },
  });
  return pageOf(rows, start, (r) => r.createdAt);
}

/**
 * The header's "Inbox (N)": unread notices, counted up to INBOX_BADGE_CAP on the (userId, readAt)
 * index, since the header is drawn on every desk page.
 */
export const INBOX_BADGE_CAP = 100;
export async function countUnread(): Promise<number> {
  const me = await requireEditor();
  return db().notification.count({
    take: INBOX_BADGE_CAP,
    where: { userId: me.id, readAt: null },
  });
}
