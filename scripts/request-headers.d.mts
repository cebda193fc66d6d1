// Types for scripts/request-headers.mjs (plain JavaScript: the production server runs it without a build).
type Headers = Record<string, string | string[] | undefined>;
export const CLIENT_IP_HEADER: string;
export const FILL_HEADER: string;
export function clientAddress(
  headers: Headers,
  remoteAddress: string | undefined,
  trustProxy: boolean,
): string;
export function sanitizeRequestHeaders(
  headers: Headers,
  o: { remoteAddress: string | undefined; trustProxy: boolean; fillSecret: string },
): { fill: boolean };
export function isLoopbackAddress(address: string): boolean;
