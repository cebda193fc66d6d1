"use server";
import { authAction } from "../action";
import { addReviewComment } from "./mutations";
import { addReviewCommentSchema } from "./schema";

export const addReviewCommentAction = authAction(
  { schema: addReviewCommentSchema },
  (input, user) => addReviewComment(user, input),
);
