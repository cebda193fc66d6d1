"use server";
import { authAction } from "../action";
import {
  approveRetraction,
  discardCorrectionDraft,
  requestRetraction,
  saveCorrection,
  withdrawRetraction,
} from "./mutations";
import { pendingCorrectionSchema, requestRetractionSchema, saveCorrectionSchema } from "./schema";

export const saveCorrectionAction = authAction({ schema: saveCorrectionSchema }, (input, user) =>
  saveCorrection(user, input),
);
export const requestRetractionAction = authAction(
  { schema: requestRetractionSchema },
  (input, user) => requestRetraction(user, input),
);
export const approveRetractionAction = authAction(
  { schema: pendingCorrectionSchema },
  (input, user) => approveRetraction(user, input.correctionId, input.version),
);
export const withdrawRetractionAction = authAction(
  { schema: pendingCorrectionSchema },
  (input, user) => withdrawRetraction(user, input.correctionId, input.version),
);
export const discardCorrectionAction = authAction(
  { schema: pendingCorrectionSchema },
  (input, user) => discardCorrectionDraft(user, input.correctionId, input.version),
);
