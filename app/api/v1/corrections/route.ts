import { listPublishedCorrections } from "@/lib/correction/data";
import { publicBaseUrl } from "@/lib/env";
import { issueEnglish } from "@/lib/form-errors";
import { apiCorrectionListItem } from "@/lib/public/api";
import type { ApiError, CorrectionList } from "@/lib/public/api-schema";
import { correctionsQuerySchema } from "@/lib/public/params";

// Rendered per request: one indexed page query, bounded by `limit` ≤ 50.
export const dynamic = "force-dynamic";

const CORS = { "Access-Control-Allow-Origin": "*" };

export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const query = correctionsQuerySchema.safeParse({
    page: params.get("page") ?? undefined,
    limit: params.get("limit") ?? undefined,
  });
  if (!query.success) {
    return Response.json(
      {
        error: "bad_request",
        message: issueEnglish(query.error.issues[0].message),
      } satisfies ApiError,
      { status: 400, headers: CORS },
    );
  }
  const { items, total, page, pages } = await listPublishedCorrections(
    query.data.page,
    query.data.limit,
  );
  const base = publicBaseUrl();
  return Response.json(
    {
      data: items.map((c) => apiCorrectionListItem(c, base)),
      count: items.length,
      total,
      page,
      pages,
    } satisfies CorrectionList,
    { headers: { ...CORS, "Cache-Control": "public, max-age=60" } },
  );
}
