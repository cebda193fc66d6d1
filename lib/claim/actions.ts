"use server";
import { authAction } from "../action";
import { logClaim, updateClaim } from "./mutations";
import { logClaimSchema, updateClaimSchema } from "./schema";

export const logClaimAction = authAction({ schema: logClaimSchema }, (input, user) =>
  logClaim(user, input),
);
export const updateClaimAction = authAction({ schema: updateClaimSchema }, (input, user) =>
  updateClaim(user, input),
);
