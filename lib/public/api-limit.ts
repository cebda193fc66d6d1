// The v1 entity routes read several indexes per request and are not front-cached: a per-client
// budget keeps one client from hogging the database (lib/rate-limit.ts; reports have their own).
import { RateLimit } from "../rate-limit";

const CLIENT_IP_HEADER = "x-pramaan-client-ip"; // set by scripts/serve.mjs from the socket
const CORS = { "Access-Control-Allow-Origin": "*" };

// 60 in a burst, then 5 a second, 4 at a time, per client address.
const limit = new RateLimit({ burst: 60, perSecond: 5, concurrent: 4 });

/** Runs `answer` within the client's budget, or answers 429 with Retry-After. */
export async function withinApiBudget(
  request: Request,
  answer: () => Promise<Response>,
): Promise<Response> {
  const decision = limit.take(request.headers.get(CLIENT_IP_HEADER) ?? "unknown");
  if (!decision.ok)
    return Response.json(
      { error: "rate_limited", reason: decision.reason, retry_after: decision.retryAfterSeconds },
      {
        status: 429,
        headers: { ...CORS, "Retry-After": String(decision.retryAfterSeconds) },
      },
    );
  try {
    return await answer();
  } finally {
    decision.release();
  }
}
