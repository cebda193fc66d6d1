"use server";
import { authAction } from "../action";
import { assignClaim } from "./assign-mutations";
import { searchOpenClaims } from "./data";
import { mergeClaim, restoreClaim, withdrawClaim } from "./lifecycle-mutations";
import { logClaim, updateClaim } from "./mutations";
import {
  assignClaimSchema,
  findOpenClaimsSchema,
  logClaimSchema,
  mergeClaimSchema,
  restoreClaimSchema,
  updateClaimSchema,
  withdrawClaimSchema,
} from "./schema";

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
export const withdrawClaimAction = authAction({ schema: withdrawClaimSchema }, (input, user) =>
  withdrawClaim(user, input),
);
export const restoreClaimAction = authAction({ schema: restoreClaimSchema }, (input, user) =>
  restoreClaim(user, input),
);
export const mergeClaimAction = authAction({ schema: mergeClaimSchema }, (input, user) =>
  mergeClaim(user, input),
);
export const assignClaimAction = authAction({ schema: assignClaimSchema }, (input, user) =>
  assignClaim(user, input),
);
