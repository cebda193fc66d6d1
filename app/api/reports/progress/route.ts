import { exportProgress, PROGRESS_TOKEN } from "@/lib/report/progress";
import { getSessionUser } from "@/lib/user/session-user";

export const dynamic = "force-dynamic";

/** How far the signed-in editor's export with this token has got: { total, written, state }. */
export async function GET(request: Request) {
  const user = await getSessionUser();
  if (!user) return Response.json({ error: "unauthenticated" }, { status: 401 });
  const token = new URL(request.url).searchParams.get("token") ?? "";
  if (!PROGRESS_TOKEN.test(token)) return Response.json({ error: "bad_request" }, { status: 400 });
  const progress = exportProgress(user.id, token);
  if (!progress) return Response.json({ error: "not_found" }, { status: 404 });
  return Response.json(progress, { headers: { "Cache-Control": "private, no-store" } });
}
