// What readers see of a published fact check, in one place. Its page, the v1 API, its ClaimReview
// JSON-LD, the reports and its articles' public pages are all built from the claim's wording, its
// verdict, its live appearances (each quote with its attribution chain) and each appearance's
// article (headline, address, date, outlet); the chain and the verdict name registry entities
// (speakers, relays, anonymous sources' organisations, the verified originator). A change to any of
// these reaches readers only through review: a correction (lib/correction) for the claim's own
// content, and a reviewed change (lib/review/change-request-mutations.ts) for an entity, an article or an
// orphan's new place. Every route that edits those asks here first. Server only (takes a transaction).
import type { Tx } from "../db";
import type { Prisma } from "../generated/prisma/client";

const PUBLISHED = { status: "PUBLISHED" } as const;

/** Published claims that show any of `ids`: in a chain, as an affiliation, as outlet, as originator. */
export function claimsNamingEntities(ids: string[]): Prisma.ClaimWhereInput {
  return {
    ...PUBLISHED,
    OR: [
      {
        mentions: {
          some: {
            retiredAt: null,
            OR: [
              { article: { outletId: { in: ids } } },
              {
                attribution: {
                  some: { OR: [{ entityId: { in: ids } }, { affiliationId: { in: ids } }] },
                },
              },
            ],
          },
        },
      },
      { verdicts: { some: { status: "PUBLISHED", originatorId: { in: ids } } } },
    ],
  };
}

/** Published claims with an appearance (live or orphaned, not retired) in the article. */
const claimsInArticle = (articleId: string): Prisma.ClaimWhereInput => ({
  ...PUBLISHED,
  mentions: { some: { articleId, retiredAt: null } },
});

/** How many published fact checks a change to these entities would change for readers. */
export function publishedFootprintOfEntities(tx: Tx, ids: string[]): Promise<number> {
  return tx.claim.count({ where: claimsNamingEntities(ids) });
}

/** How many published fact checks show this article (its headline, address, outlet, text). */
export function publishedFootprintOfArticle(tx: Tx, articleId: string): Promise<number> {
  return tx.claim.count({ where: claimsInArticle(articleId) });
}

/** 1 when the claim is published (readers see where its quote is), else 0. */
export function publishedFootprintOfClaim(tx: Tx, claimId: string): Promise<number> {
  return tx.claim.count({ where: { ...PUBLISHED, id: claimId } });
}
