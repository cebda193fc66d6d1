import { publicBaseUrl } from "@/lib/env";
import { issueEnglish } from "@/lib/form-errors";
import { apiEntityListItem } from "@/lib/public/api";
import { withinApiBudget } from "@/lib/public/api-limit";
import type { ApiError, EntityList } from "@/lib/public/api-schema";
import { listPublicEntities } from "@/lib/public/entity-data";
import { entityApiQuerySchema } from "@/lib/public/params";

export const dynamic = "force-dynamic";

/** Entities with published claims, by name: `?q=` (Hindi, English or alias), `?kind=`, `?after=`. */
export async function GET(request: Request) {
  return withinApiBudget(request, async () => {
    const search = new URL(request.url).searchParams;
    const parsed = entityApiQuerySchema.safeParse({
      q: search.get("q") ?? undefined,
      kind: search.get("kind") ?? undefined,
      after: search.get("after") ?? undefined,
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return Response.json(
        {
          error: "bad_request",
          message: `${issue.path.join(".")}: ${issueEnglish(issue.message)}`,
        } satisfies ApiError,
        { status: 400, headers: { "Access-Control-Allow-Origin": "*" } },
      );
    }
    const query = parsed.data;
    const { items, next } = await listPublicEntities(query);
    const base = publicBaseUrl();
    const nextUrl = new URL(`${base}/api/v1/entities`);
    if (query.q) nextUrl.searchParams.set("q", query.q);
    if (query.kind) nextUrl.searchParams.set("kind", query.kind);
    if (next) nextUrl.searchParams.set("after", next);
    return Response.json(
      {
        data: items.map((e) => apiEntityListItem(e, base)),
        count: items.length,
        next: next ? nextUrl.toString() : null,
      } satisfies EntityList,
      { headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=60" } },
    );
  });
}
