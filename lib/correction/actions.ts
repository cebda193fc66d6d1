"use server";
import { authAction } from "../action";
import {
  approveRetraction,
  requestRetraction,
  saveCorrection,
  withdrawRetraction,
} from "./mutations";
import { requestRetractionSchema, retractionDecisionSchema, saveCorrectionSchema } from "./schema";

export const saveCorrectionAction = authAction({ schema: saveCorrectionSchema }, (input, user) =>
  saveCorrection(user, input),
);
export const requestRetractionAction = authAction(
  { schema: requestRetractionSchema },
  (input, user) => requestRetraction(user, input),
);
export const approveRetractionAction = authAction(
  { schema: retractionDecisionSchema },
  (input, user) => approveRetraction(user, input.correctionId, input.version),
);
export const withdrawRetractionAction = authAction(
  { schema: retractionDecisionSchema },
  (input, user) => withdrawRetraction(user, input.correctionId, input.version),
);
