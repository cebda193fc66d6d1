"use server";
import { authAction } from "../action";
import { addArticle, importUploadedItems, updateArticle } from "./mutations";
import { articleInputSchema, importItemsSchema, updateArticleSchema } from "./schema";

export const addArticleAction = authAction({ schema: articleInputSchema }, (input, user) =>
  addArticle(user, input),
);
export const importArticleItemsAction = authAction({ schema: importItemsSchema }, (input, user) =>
  importUploadedItems(user, input.items),
);
export const updateArticleAction = authAction({ schema: updateArticleSchema }, (input, user) =>
  updateArticle(user, input),
);
