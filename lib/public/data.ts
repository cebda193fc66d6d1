// What readers may see: published claims only.
import "server-only";
import { cache } from "react";
import { getPublicArticle, listArticleChanges } from "../article/data";
import { getPublishedDossier, listPublishedDossiers } from "../claim/dossier";
import { cachedPublic } from "../public-cache";
import { publicEntity } from "./entity-data";

// The latest list has a handful of keys (limit ≤ 100) and is read on every home page: Next's data
// cache keeps it until publishing expires it.
export const listLatestPublished = cachedPublic(
  (limit: number) => listPublishedDossiers({ limit }),
  "latest-published",
);

// One claim or article: memoised per request only (page and metadata read it once between them).
// Next's data cache writes an entry per argument to disk, so every slug a stranger made up would
// stay there; the production server's front cache keeps the rendered pages of those that exist.
export const getPublishedClaim = cache((slug: string) => getPublishedDossier(slug));
export const getPublishedArticle = cache((id: string) => getPublicArticle(id));

/** Which of a verdict page's articles changed since first imported (readers are told beside each). */
export const listPublicArticleChanges = (ids: string[]) => listArticleChanges([...new Set(ids)]);

/** An entity page (or where a merged entity's slug now answers): memoised per request by value. */
export const getPublicEntity = cache((slug: string, role?: string, after?: string) =>
  publicEntity(slug, { role, after }),
);
