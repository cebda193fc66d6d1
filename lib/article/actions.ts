"use server";
import { authAction } from "../action";
import {
  addArticle,
  editFurniture,
  importUploadedItems,
  reviseArticleText,
  updateArticle,
} from "./mutations";
import {
  articleInputSchema,
  editFurnitureSchema,
  importItemsSchema,
  reviseArticleSchema,
  updateArticleSchema,
} from "./schema";
import { setTextRightsSchema } from "./text-rights";
import { setTextRights } from "./text-rights-mutations";

export const addArticleAction = authAction({ schema: articleInputSchema }, (input, user) =>
  addArticle(user, input),
);
export const importArticleItemsAction = authAction({ schema: importItemsSchema }, (input, user) =>
  importUploadedItems(user, input.items),
);
export const updateArticleAction = authAction({ schema: updateArticleSchema }, (input, user) =>
  updateArticle(user, input),
);
export const reviseArticleAction = authAction({ schema: reviseArticleSchema }, (input, user) =>
  reviseArticleText(user, input),
);
export const editFurnitureAction = authAction({ schema: editFurnitureSchema }, (input, user) =>
  editFurniture(user, input),
);
export const setTextRightsAction = authAction({ schema: setTextRightsSchema }, (input, user) =>
  setTextRights(user, input),
);
