import { publicBaseUrl } from "@/lib/env";
import { issueEnglish } from "@/lib/form-errors";
import { apiClaimSummary } from "@/lib/public/api";
import type { ApiError, ClaimList } from "@/lib/public/api-schema";
import { listLatestPublished } from "@/lib/public/data";
import { claimListQuerySchema } from "@/lib/public/params";

export const dynamic = "force-dynamic"; // data comes from the public cache, expired on publish

const API_HEADERS = { "Cache-Control": "public, max-age=60", "Access-Control-Allow-Origin": "*" };

export async function GET(request: Request) {
  const query = claimListQuerySchema.safeParse({
    limit: new URL(request.url).searchParams.get("limit") ?? undefined,
  });
  if (!query.success) {
    return Response.json(
      {
        error: "bad_request",
        message: issueEnglish(query.error.issues[0].message),
      } satisfies ApiError,
      { status: 400, headers: { "Access-Control-Allow-Origin": "*" } },
    );
  }
  const claims = await listLatestPublished(query.data.limit);
  const base = publicBaseUrl();
  return Response.json(
    { data: claims.map((c) => apiClaimSummary(c, base)), count: claims.length } satisfies ClaimList,
    { headers: API_HEADERS },
  );
}
