"use server";
import { authAction } from "../action";
import { listImportMatches } from "./data";
import { dismissSuggestion, restoreSuggestion } from "./mutations";
import { importMatchesSchema, suggestionSpanSchema } from "./schema";

export const dismissSuggestionAction = authAction({ schema: suggestionSpanSchema }, (input, user) =>
  dismissSuggestion(user, input),
);
export const restoreSuggestionAction = authAction({ schema: suggestionSpanSchema }, (input, user) =>
  restoreSuggestion(user, input),
);
/** The upload report asks, batch by batch, whether the matching of what it imported is done yet. */
export const importMatchesAction = authAction({ schema: importMatchesSchema }, (input) =>
  listImportMatches(input.articleIds),
);
