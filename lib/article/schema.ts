// The desk's articles list: filters and sort from the query string. No Prisma here.
import { z } from "zod";
import { recordId } from "../ids";
import { cursorParams, dayParam, lenient } from "../paging";

export const articleListQuery = z.object({
  outlet: lenient(recordId),
  lang: lenient(z.string().regex(/^[a-z]{2,3}$/)),
  // Publication day range (articles without a publication time are outside any range).
  from: dayParam,
  to: dayParam,
  sort: z.enum(["newest", "oldest", "title"]).catch("newest"),
  ...cursorParams,
});
export type ArticleListQuery = z.infer<typeof articleListQuery>;
