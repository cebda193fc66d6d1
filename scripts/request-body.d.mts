// Types for scripts/request-body.mjs (plain JavaScript: the production server runs it without a build).
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";

export const ANON_BODY_BYTES: number;
export const MAX_NESTING: number;
export function sameOrigin(headers: IncomingHttpHeaders, trustProxy: boolean): boolean;
export function nestsDeeperThan(buf: Uint8Array, limit: number): boolean;
export function admitBody(
  req: IncomingMessage,
  res: ServerResponse,
  options: { trustProxy: boolean; secret: string | undefined },
): Promise<IncomingMessage | null>;
