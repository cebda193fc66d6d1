import { publicBaseUrl } from "@/lib/env";
import { apiClaimDetail } from "@/lib/public/api";
import { getPublishedClaim } from "@/lib/public/data";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const claim = await getPublishedClaim((await params).slug);
  // Unpublished claims answer exactly like claims that do not exist.
  if (!claim) return Response.json({ error: "not_found" }, { status: 404 });
  return Response.json({ data: apiClaimDetail(claim, publicBaseUrl()) }, { headers: { "Cache-Control": "public, max-age=60", "Access-Control-Allow-Origin": "*" } });
}
