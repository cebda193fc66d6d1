// Article writes whose bodies are too large for a server action (an article may be 2M characters,
// 6 MB of Devanagari): upload batches, the paste form, "import a new version". Next decodes an
// action's body before any of our code runs, so these come here instead: the session is checked
// before a byte of the body is read, the body is read with a cap, and then the same gated action
// runs (session → role → zod → mutation), answering the same ActionResult as JSON.
import {
  addArticleAction,
  importArticleItemsAction,
  reviseArticleAction,
} from "@/lib/article/actions";
import { type ActionResult, err, failure } from "@/lib/errors";
import { readBodyText } from "@/lib/request-body";
import { getSessionUser } from "@/lib/user/session-user";

/** The old serverActions.bodySizeLimit for imports: one 2M-character article with room to spare. */
const MAX_BODY_BYTES = 8 * 2 ** 20;

const ACTIONS: Record<string, (input: never) => Promise<ActionResult<unknown>>> = {
  import: importArticleItemsAction,
  add: addArticleAction,
  revise: reviseArticleAction,
};

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID: 400,
  CONFLICT: 409,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

const answer = (result: ActionResult<unknown>) =>
  Response.json(result, {
    status: result.ok ? 200 : (STATUS[result.code] ?? 500),
    headers: { "cache-control": "no-store" },
  });

type Context = { params: Promise<{ op: string }> };

export async function POST(request: Request, { params }: Context) {
  const { op } = await params;
  const action = Object.hasOwn(ACTIONS, op) ? ACTIONS[op] : undefined;
  if (!action) return answer(failure("NOT_FOUND", err("gate.noSuchUpload")));

  // Before reading: a stranger costs one cookie check, never the body.
  let user: Awaited<ReturnType<typeof getSessionUser>>;
  try {
    user = await getSessionUser();
  } catch {
    return answer(failure("UNAVAILABLE", err("gate.unavailableNow")));
  }
  if (!user) return answer(failure("UNAUTHENTICATED", err("gate.signedOut")));

  const body = await readBodyText(request, MAX_BODY_BYTES);
  if (!body.ok) {
    return Response.json(
      failure(
        "INVALID",
        body.status === 413
          ? err("gate.tooLarge", { mb: Math.floor(MAX_BODY_BYTES / 2 ** 20) })
          : err("gate.notUtf8"),
      ),
      { status: body.status, headers: { "cache-control": "no-store" } },
    );
  }
  let input: unknown;
  try {
    input = JSON.parse(body.text);
  } catch {
    return answer(failure("INVALID", err("gate.notJson")));
  }
  // The gate again: it checks the role, parses with zod and turns failures into results.
  return answer(await action(input as never));
}
