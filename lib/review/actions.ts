"use server";
import { authAction } from "../action";
import { approveChange, rejectChange } from "./change-request-mutations";
import { addReviewComment } from "./mutations";
import { addReviewCommentSchema, decideChangeSchema } from "./schema";

export const addReviewCommentAction = authAction(
  { schema: addReviewCommentSchema },
  (input, user) => addReviewComment(user, input),
);

/** A second editor approves a held change to an entity, an article or a published appearance. */
export const approveChangeAction = authAction({ schema: decideChangeSchema }, (input, user) =>
  approveChange(user, input),
);

export const rejectChangeAction = authAction({ schema: decideChangeSchema }, (input, user) =>
  rejectChange(user, input),
);
