"use server";
import { authAction } from "../action";
import { editAttribution, removeMention, reselectMention } from "./mutations";
import { editAttributionSchema, removeMentionSchema, reselectMentionSchema } from "./schema";

export const removeMentionAction = authAction({ schema: removeMentionSchema }, (input, user) =>
  removeMention(user, input),
);
export const reselectMentionAction = authAction({ schema: reselectMentionSchema }, (input, user) =>
  reselectMention(user, input),
);
export const editAttributionAction = authAction({ schema: editAttributionSchema }, (input, user) =>
  editAttribution(user, input),
);
