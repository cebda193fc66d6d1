import { checkHealth } from "@/lib/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth();
  return Response.json(
    { app: { ok: true, version: process.env.npm_package_version ?? "0.1.0" }, ...health },
    { status: health.ok ? 200 : 503 },
  );
}
