// What readers may see: published claims only, read through the public cache.
import "server-only";
import { getPublicArticle } from "../article/data";
import { getPublishedDossier, listPublishedDossiers } from "../claim/dossier";
import { cachedPublic } from "../public-cache";

export const listLatestPublished = cachedPublic((limit: number) => listPublishedDossiers({ limit }), "latest-published");
export const getPublishedClaim = cachedPublic((slug: string) => getPublishedDossier(slug), "published-claim");
export const getPublishedArticle = cachedPublic((id: string) => getPublicArticle(id), "public-article");
