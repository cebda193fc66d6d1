"use server";
import { authAction } from "../action";
import { handOverVerdict } from "./hand-over-mutations";
import {
  publishVerdict,
  saveVerdictDraft,
  sendVerdictBack,
  submitVerdictForReview,
} from "./mutations";
import {
  handOverSchema,
  saveVerdictSchema,
  sendBackSchema,
  submitVerdictSchema,
  verdictTransitionSchema,
} from "./schema";

export const saveVerdictDraftAction = authAction({ schema: saveVerdictSchema }, (input, user) =>
  saveVerdictDraft(user, input),
);
export const submitVerdictAction = authAction({ schema: submitVerdictSchema }, (input, user) =>
  submitVerdictForReview(user, input.verdictId, input.version, input.note),
);
export const publishVerdictAction = authAction({ schema: verdictTransitionSchema }, (input, user) =>
  publishVerdict(user, input.verdictId, input.version),
);
export const sendVerdictBackAction = authAction({ schema: sendBackSchema }, (input, user) =>
  sendVerdictBack(user, input.verdictId, input.version, input.comment),
);
export const handOverVerdictAction = authAction({ schema: handOverSchema }, (input, user) =>
  handOverVerdict(user, input),
);
