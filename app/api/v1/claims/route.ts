import { publicBaseUrl } from "@/lib/env";
import { apiClaimSummary } from "@/lib/public/api";
import { listLatestPublished } from "@/lib/public/data";

export const dynamic = "force-dynamic"; // data comes from the public cache, expired on publish

export async function GET(request: Request) {
  const requested = Number(new URL(request.url).searchParams.get("limit") ?? 50);
  const limit = Number.isInteger(requested) && requested > 0 ? Math.min(requested, 100) : 50;
  const claims = await listLatestPublished(limit);
  const base = publicBaseUrl();
  return Response.json(
    { data: claims.map((c) => apiClaimSummary(c, base)), count: claims.length },
    { headers: { "Cache-Control": "public, max-age=60", "Access-Control-Allow-Origin": "*" } },
  );
}
