// Turns the seed's published demo claim into one whose chain is an anonymous official of the Russian
// foreign ministry relayed by NK News ("रूसी विदेश मंत्रालय के एक अधिकारी ने कहा → एनके न्यूज ने बताया"),
// and back. Tests that read published output (the v1 API, ClaimReview) share the seeded database, so
// `restore` puts the seed's own chain (the article's own assertion) back exactly.

import { db } from "@/lib/db";
import { DEMO_CLAIM } from "@/prisma/demo-data";

export const DEMO_SLUG = DEMO_CLAIM.slug;

export async function makeDemoAnonymous() {
  const mention = await db().mention.findFirstOrThrow({
    where: { claimId: DEMO_CLAIM.id },
    select: { id: true },
  });
  const [ministry, nkNews] = await Promise.all(
    ["russian-ministry-of-foreign-affairs", "nk-news"].map((slug) =>
      db().entity.findUniqueOrThrow({ where: { slug }, select: { id: true } }),
    ),
  );
  const before = await db().attributionLink.findMany({ where: { mentionId: mention.id } });
  await db().$transaction([
    db().attributionLink.deleteMany({ where: { mentionId: mention.id } }),
    db().attributionLink.createMany({
      data: [
        {
          mentionId: mention.id,
          position: 0,
          role: "SPEAKER",
          verb: "SAID",
          anonymousAs: "एक अधिकारी",
          affiliationId: ministry.id,
          cue: "के एक अधिकारी ने कहा",
        },
        {
          mentionId: mention.id,
          position: 1,
          role: "RELAY",
          verb: "REPORTED",
          entityId: nkNews.id,
          cue: "के हवाले से",
        },
      ],
    }),
  ]);
  return async function restore() {
    await db().$transaction([
      db().attributionLink.deleteMany({ where: { mentionId: mention.id } }),
      db().attributionLink.createMany({ data: before }),
    ]);
  };
}
