"use server";
import { authAction } from "../action";
import { searchOpenClaims } from "./data";
import { logClaim, updateClaim } from "./mutations";
import { findOpenClaimsSchema, logClaimSchema, updateClaimSchema } from "./schema";

export const logClaimAction = authAction({ schema: logClaimSchema }, (input, user) =>
  logClaim(user, input),
);
export const updateClaimAction = authAction({ schema: updateClaimSchema }, (input, user) =>
  updateClaim(user, input),
);
// A read, but asked from the browser as the editor types: the same gate parses and authorises it.
export const findOpenClaimsAction = authAction({ schema: findOpenClaimsSchema }, (input) =>
  searchOpenClaims(input.q),
);
