// What next-auth's POST endpoints can read without throwing. Its browser client sends form-encoded
// fields (always strings); a JSON body must be an object of strings too: next-auth would crash on
// malformed JSON, and on a number or object where it expects a string (callbackUrl, csrfToken).

const MAX_AUTH_BODY_BYTES = 16 * 1024;

export function isReadableAuthBody(contentType: string | null, body: string): boolean {
  if (body.length > MAX_AUTH_BODY_BYTES) return false;
  if (!contentType?.includes("application/json")) return true;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return false;
  }
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => typeof v === "string")
  );
}
