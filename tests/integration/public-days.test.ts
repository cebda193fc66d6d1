// One newsroom calendar on the public pages: an article published at 2023-10-01T20:00Z (01:30 on
// 2 October in Kolkata) is dated 2 October on its public page, in a process that runs in New York
// (vitest.config.mts), where that instant is still 1 October; an article known only by its event
// day is dated by that day, unshifted. (The desk filters, search and reports: newsroom-calendar.test.ts.)
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import PublicArticlePage from "@/app/(public)/articles/[id]/page";
import { db } from "@/lib/db";

let late: string;
let dated: string;

async function makeArticle(data: { publishedAt?: Date; eventDate?: Date }) {
  const a = await db().article.create({
    data: {
      title: "सार्वजनिक पन्ने की तारीख",
      body: "सार्वजनिक पन्ने पर लेख की तारीख न्यूज़रूम के दिन से छपती है।",
      lang: "hi",
      contentHash: `public-days-${Date.now()}-${Math.random()}`,
      textRights: "OWN",
      ...data,
    },
  });
  return a.id;
}

async function publicPage(id: string) {
  const page = await PublicArticlePage({
    params: Promise.resolve({ id }),
    searchParams: Promise.resolve({}),
  });
  return renderToStaticMarkup(createElement("div", null, page));
}

beforeAll(async () => {
  late = await makeArticle({ publishedAt: new Date("2023-10-01T20:00:00Z") });
  dated = await makeArticle({ eventDate: new Date("2023-09-14T00:00:00Z") });
});
afterAll(async () => {
  await db().article.deleteMany({ where: { id: { in: [late, dated] } } });
});

describe("public pages print the newsroom's day", () => {
  it("an article published late at night in Kolkata is dated by Kolkata's day", async () => {
    const html = await publicPage(late);
    expect(html).toContain("2 Oct 2023");
    expect(html).not.toContain("1 Oct 2023");
  });

  it("an article known only by its event day is dated by that day, unshifted", async () => {
    const html = await publicPage(dated);
    expect(html).toContain("14 Sept 2023");
    expect(html).not.toContain("13 Sept 2023");
  });
});
