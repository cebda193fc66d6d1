import { publicBaseUrl } from "@/lib/env";
import { apiClaimDetail } from "@/lib/public/api";
import type { ApiError, ClaimResponse } from "@/lib/public/api-schema";
import { getPublishedClaim } from "@/lib/public/data";
import { claimSlugSchema, parseParam } from "@/lib/public/params";

// Rendered per request; the production server's front cache keeps the answers for published claims.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = parseParam(claimSlugSchema, (await params).slug);
  const claim = slug === null ? null : await getPublishedClaim(slug);
  // Unpublished claims, and slugs no claim could have, answer exactly like claims that do not exist.
  if (!claim)
    return Response.json({ error: "not_found" } satisfies ApiError, {
      status: 404,
      headers: { "Access-Control-Allow-Origin": "*" },
    });
  return Response.json({ data: apiClaimDetail(claim, publicBaseUrl()) } satisfies ClaimResponse, {
    headers: { "Cache-Control": "public, max-age=60", "Access-Control-Allow-Origin": "*" },
  });
}
