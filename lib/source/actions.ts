"use server";
import { authAction } from "../action";
import { findLibrarySource } from "./data";
import { addEvidence, removeEvidence } from "./mutations";
import { addEvidenceSchema, findLibrarySourceSchema, removeEvidenceSchema } from "./schema";

export const addEvidenceAction = authAction({ schema: addEvidenceSchema }, (input, user) =>
  addEvidence(user, input),
);
export const removeEvidenceAction = authAction({ schema: removeEvidenceSchema }, (input, user) =>
  removeEvidence(user, input.evidenceId),
);
// A read, but asked from the browser as the editor leaves the address field: the same gate.
export const findLibrarySourceAction = authAction({ schema: findLibrarySourceSchema }, (input) =>
  findLibrarySource(input.url),
);
