import type { ApiError } from "@/lib/public/api-schema";

// Any /api/v1 address no route answers: the API's JSON error, not the site's HTML not-found page,
// whatever the method (a client that reads `error` should never have to parse HTML).
export const dynamic = "force-dynamic";

function notFound(request: Request): Response {
  const body = {
    error: "not_found",
    message: `No v1 API route at ${new URL(request.url).pathname}. The routes are listed at /api/v1/openapi.json.`,
  } satisfies ApiError;
  return Response.json(body, {
    status: 404,
    headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": "no-store" },
  });
}

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
export const OPTIONS = notFound;
/** HEAD says the same without a body. */
export async function HEAD(request: Request) {
  const { status, headers } = notFound(request);
  return new Response(null, { status, headers });
}
