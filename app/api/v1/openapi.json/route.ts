import { publicBaseUrl } from "@/lib/env";
import { openApiDocument } from "@/lib/public/openapi";

// The document changes only with a deploy, but names this site's own address (read at run time), so
// it is built on first request and kept for the life of the server process.
export const dynamic = "force-dynamic";

let document: string | undefined;

/** The v1 API as OpenAPI 3.1 (lib/public/openapi.ts): public, and cacheable for an hour. */
export async function GET() {
  document ??= JSON.stringify(openApiDocument(publicBaseUrl()));
  return new Response(document, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": "public, max-age=3600",
      "Access-Control-Allow-Origin": "*",
    },
  });
}
