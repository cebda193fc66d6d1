"use server";
import { authAction } from "../action";
import { addEvidence, removeEvidence } from "./mutations";
import { addEvidenceSchema, removeEvidenceSchema } from "./schema";

export const addEvidenceAction = authAction({ schema: addEvidenceSchema }, (input, user) =>
  addEvidence(user, input),
);
export const removeEvidenceAction = authAction({ schema: removeEvidenceSchema }, (input, user) =>
  removeEvidence(user, input.evidenceId),
);
