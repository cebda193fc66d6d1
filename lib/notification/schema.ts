import { z } from "zod";
import { recordId } from "../ids";
import { cursorParams } from "../paging";

export const inboxQuery = z.object({ ...cursorParams });
export type InboxQuery = z.infer<typeof inboxQuery>;

export const markReadSchema = z.object({ id: recordId });

// "Mark all read" marks what the editor had in front of them: a notice that arrived after the page
// was drawn stays unread.
export const markAllReadSchema = z.object({ seenAt: z.iso.datetime() });
