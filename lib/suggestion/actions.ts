"use server";
import { authAction } from "../action";
import { dismissSuggestion, restoreSuggestion } from "./mutations";
import { suggestionSpanSchema } from "./schema";

export const dismissSuggestionAction = authAction({ schema: suggestionSpanSchema }, (input, user) =>
  dismissSuggestion(user, input),
);
export const restoreSuggestionAction = authAction({ schema: suggestionSpanSchema }, (input, user) =>
  restoreSuggestion(user, input),
);
