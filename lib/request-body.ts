// Reading a request body with a ceiling: for route handlers that take large uploads, after they have
// checked who is asking. The bytes are counted as they arrive and reading stops at the cap, so a body
// costs at most `maxBytes` of memory whatever Content-Length claimed (or left out).
import "server-only";

export type BodyText =
  | { ok: true; text: string }
  | { ok: false; status: 400 | 413; message: string };

export async function readBodyText(request: Request, maxBytes: number): Promise<BodyText> {
  const tooLarge = {
    ok: false,
    status: 413,
    message: `At most ${Math.floor(maxBytes / 2 ** 20)} MB may be sent at once.`,
  } as const;
  if (Number(request.headers.get("content-length")) > maxBytes) return tooLarge;
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        return tooLarge;
      }
      chunks.push(value);
    }
  }
  try {
    // Invalid UTF-8 is refused, never stored as U+FFFD.
    return {
      ok: true,
      text: new TextDecoder("utf-8", { fatal: true }).decode(concat(chunks, size)),
    };
  } catch {
    return { ok: false, status: 400, message: "The text is not valid UTF-8." };
  }
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
