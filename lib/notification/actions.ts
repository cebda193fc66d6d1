"use server";
import { authAction } from "../action";
import { markAllNotificationsRead, markNotificationRead } from "./mutations";
import { markAllReadSchema, markReadSchema } from "./schema";

export const markNotificationReadAction = authAction({ schema: markReadSchema }, (input, user) =>
  markNotificationRead(user, input.id),
);
export const markAllNotificationsReadAction = authAction(
  { schema: markAllReadSchema },
  (input, user) => markAllNotificationsRead(user, new Date(input.seenAt)),
);
