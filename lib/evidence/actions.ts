"use server";
import { authAction } from "../action";
import { deleteEvidence, editEvidence } from "./mutations";
import { deleteEvidenceSchema, editEvidenceSchema } from "./schema";

export const editEvidenceAction = authAction({ schema: editEvidenceSchema }, (input, user) =>
  editEvidence(user, input),
);
export const deleteEvidenceAction = authAction({ schema: deleteEvidenceSchema }, (input, user) =>
  deleteEvidence(user, input),
);
