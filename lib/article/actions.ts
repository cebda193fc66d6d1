"use server";
import { authAction } from "../action";
import { addArticle, importUploadedFile, updateArticle } from "./mutations";
import { articleInputSchema, importFileSchema, updateArticleSchema } from "./schema";

export const addArticleAction = authAction({ schema: articleInputSchema }, (input, user) =>
  addArticle(user, input),
);
export const importArticleFileAction = authAction({ schema: importFileSchema }, (input, user) =>
  importUploadedFile(user, input),
);
export const updateArticleAction = authAction({ schema: updateArticleSchema }, (input, user) =>
  updateArticle(user, input),
);
