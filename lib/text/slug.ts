// Public claim URLs: readable ASCII from the English wording when there is one, and a short random
// tail so two claims with the same words never collide.
import crypto from "node:crypto";

export function slugify(words: string | null | undefined, maxWords = 8): string {
  const base = (words ?? "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean)
    .slice(0, maxWords)
    .join("-");
  return base || "claim";
}

export function claimSlug(textEn: string | null | undefined): string {
  return `${slugify(textEn)}-${crypto.randomBytes(3).toString("hex")}`;
}
