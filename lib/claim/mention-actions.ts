"use server";
import { authAction } from "../action";
import {
  editAttribution,
  reattachMention,
  removeMention,
  reselectMention,
  retireMention,
} from "./mention-mutations";
import {
  editAttributionSchema,
  reattachMentionSchema,
  removeMentionSchema,
  reselectMentionSchema,
  retireMentionSchema,
} from "./mention-schema";

export const removeMentionAction = authAction({ schema: removeMentionSchema }, (input, user) =>
  removeMention(user, input),
);
export const reselectMentionAction = authAction({ schema: reselectMentionSchema }, (input, user) =>
  reselectMention(user, input),
);
export const editAttributionAction = authAction({ schema: editAttributionSchema }, (input, user) =>
  editAttribution(user, input),
);
export const reattachMentionAction = authAction({ schema: reattachMentionSchema }, (input, user) =>
  reattachMention(user, input),
);
export const retireMentionAction = authAction({ schema: retireMentionSchema }, (input, user) =>
  retireMention(user, input),
);
