// The article writes that carry whole articles (up to 2M characters) go to a route handler, not to a
// server action: the server caps action bodies at 1 MB (scripts/serve.mjs, next.config.js). Each
// function has its server action's signature, so forms call them through callAction/useAction alike.
import type {
  addArticleAction,
  importArticleItemsAction,
  reviseArticleAction,
} from "@/lib/article/actions";
import { type ActionResult, err, failure } from "@/lib/errors";

async function post<R>(op: string, input: unknown): Promise<ActionResult<R>> {
  const res = await fetch(`/api/desk/articles/${op}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(input),
  });
  if (res.status === 413) {
    // A reason like any other: FormMessage words it in the page's language.
    return failure("INVALID", err("gate.tooLarge", { mb: 8 }));
  }
  // Any other answer is an ActionResult; one that is not JSON throws, and callAction says so.
  return (await res.json()) as ActionResult<R>;
}

export const importArticleItems: typeof importArticleItemsAction = (input) => post("import", input);
export const addArticle: typeof addArticleAction = (input) => post("add", input);
export const reviseArticle: typeof reviseArticleAction = (input) => post("revise", input);
