// Pure helpers for bringing an article's text into Pramaan. The body is kept exactly as imported
// (mention offsets index into it); only the hash and the title are derived.
import crypto from "node:crypto";
import { isFurnitureLine } from "./furniture.ts";

export function contentHash(body: string): string {
  return crypto.createHash("sha256").update(body, "utf8").digest("hex");
}

/** The headline: the first line with words in it that is not app or paywall furniture. */
export function guessTitle(body: string): string {
  for (const raw of body.split(/\r?\n/)) {
    const line = raw.replace(/\u00A0/g, " ").trim();
    if (line.length < 8 || isFurnitureLine(line)) continue;
    return line.length > 200 ? `${line.slice(0, 197)}…` : line;
  }
  return "Untitled article";
}
