import { publicBaseUrl } from "@/lib/env";
import { apiEntityDetail } from "@/lib/public/api";
import { withinApiBudget } from "@/lib/public/api-limit";
import type { ApiError, EntityResponse } from "@/lib/public/api-schema";
import { getPublicEntity } from "@/lib/public/data";
import { entityPageQuerySchema, entitySlugSchema, parseParam } from "@/lib/public/params";

// Per request, like the entity pages (see app/(public)/entities/[slug]/page.tsx); rate-limited.
export const dynamic = "force-dynamic";

const CORS = { "Access-Control-Allow-Origin": "*" };

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return withinApiBudget(request, async () => {
    const slug = parseParam(entitySlugSchema, (await params).slug);
    const search = new URL(request.url).searchParams;
    const page = entityPageQuerySchema.parse({
      role: search.get("role") ?? undefined,
      after: search.get("after") ?? undefined,
    });
    const entity = slug === null ? null : await getPublicEntity(slug, page.role, page.after);
    // Unknown slugs, and entities with no published claims, answer exactly alike.
    if (!entity)
      return Response.json({ error: "not_found" } satisfies ApiError, {
        status: 404,
        headers: CORS,
      });
    // A merged entity: its old address moves for good to the survivor's.
    if ("redirect" in entity)
      return new Response(null, {
        status: 308,
        headers: { ...CORS, Location: `${publicBaseUrl()}/api/v1/entities/${entity.redirect}` },
      });
    return Response.json(
      { data: apiEntityDetail(entity, publicBaseUrl()) } satisfies EntityResponse,
      { headers: { ...CORS, "Cache-Control": "public, max-age=60" } },
    );
  });
}
