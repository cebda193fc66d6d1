// Long articles are read in parts: a 1M-character article's desk and public pages render one
// bounded window each, and a claim's words deep in the text are reached by its link.
import { createElement, isValidElement, type ReactElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import DeskArticlePage from "@/app/(desk)/desk/articles/[id]/page";
import PublicArticlePage from "@/app/(public)/articles/[id]/page";
import { ArticlePartsNav } from "@/components/article-parts-nav";
import { ArticleText } from "@/components/article-text";
import {
  ArticleDeskHeader,
  ArticleModeBanner,
  LoggedInArticle,
} from "@/components/desk/article-desk-parts";
import { articleParts, PART_CHARS, partAt } from "@/lib/article/parts";
import { db } from "@/lib/db";
import { listSpotSuggestions } from "@/lib/suggestion/data";
import { detectFurniture } from "@/lib/text/furniture";
import { makeUser, signIn } from "../support/fixtures";

// What one part may cost, whatever the article's length: a part holds at most 1.5 × PART_CHARS
// characters (≤ 3 bytes each in UTF-8) plus its markup. The whole 1M-character article drawn
// before was 2.7 MB (public) and 3.5 MB with the desk's 7,551 suggestions.
const MAX_PART_BYTES = 400_000;
const MAX_PART_TAGS = 2_000;

let id: string;
let body: string;
let mentionId: string;
let mentionStart: number;

beforeAll(async () => {
  const seed = await db().article.findUniqueOrThrow({ where: { id: "art_000" } });
  body = "";
  while (body.length < 1_000_000) body += `${seed.body}\n\n`;
  body = body.slice(0, 1_000_000);
  const a = await db().article.create({
    data: {
      title: "एक बहुत लंबा लेख",
      body,
      lang: "hi",
      contentHash: `parts-${Date.now()}`,
      furniture: detectFurniture(body) as never,
      // Readers get the full text, in parts, only of the newsroom's own or licensed articles.
      textRights: "OWN",
    },
  });
  id = a.id;
  // A published claim whose words lie in the article's third part.
  const parts = articleParts(body);
  const third = parts[2];
  const at = body.indexOf("रूस", third.start + 100);
  mentionStart = at;
  const claim = await db().claim.findFirstOrThrow({
    where: { status: "PUBLISHED" },
    select: { id: true },
  });
  const m = await db().mention.create({
    data: {
      claimId: claim.id,
      articleId: id,
      start: at,
      end: at + 3,
      exact: body.slice(at, at + 3),
      prefix: body.slice(at - 32, at),
      suffix: body.slice(at + 3, at + 35),
    },
  });
  mentionId = m.id;
});
// The appearance borrows the seed's published claim: take it back, so no later file's report of
// that claim finds an appearance it did not make (the database is shared).
afterAll(async () => {
  signIn(null);
  await db().mention.deleteMany({ where: { id: mentionId } });
});

async function publicPage(q: { part?: string; m?: string }) {
  const page = await PublicArticlePage({
    params: Promise.resolve({ id }),
    searchParams: Promise.resolve(q),
  });
  return renderToStaticMarkup(createElement("div", null, page));
}

const tags = (html: string) => html.split("<").length - 1;

describe("a 1M-character article", () => {
  it("is cut into parts of bounded size that cover every character once, at line breaks", () => {
    const parts = articleParts(body);
    expect(parts.length).toBeGreaterThan(20);
    expect(parts.map((p) => body.slice(p.start, p.end)).join("")).toBe(body);
    for (const p of parts) {
      expect(p.end - p.start).toBeLessThanOrEqual(PART_CHARS * 1.5);
      if (p.start > 0) expect(body[p.start - 1]).toMatch(/\s/);
    }
  });

  it("the public page renders one part: bytes and elements under a fixed cap", async () => {
    const html = await publicPage({});
    expect(Buffer.byteLength(html)).toBeLessThan(MAX_PART_BYTES);
    expect(tags(html)).toBeLessThan(MAX_PART_TAGS);
    expect(html).toContain("Part 1 of");
    // Rendered in English (tests/support/intl.ts): readers' links keep the /en address.
    expect(html).toContain(`href="/en/articles/${id}?part=2"`);
    const last = articleParts(body).length;
    const end = await publicPage({ part: String(last) });
    expect(Buffer.byteLength(end)).toBeLessThan(MAX_PART_BYTES);
    expect(end).toContain(`Part ${last} of ${last}`);
  });

  it("a part past the end or malformed is a 404, not another cached page", async () => {
    for (const part of ["9999", "0", "abc", "1.5"]) {
      await expect(publicPage({ part })).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
    }
  });

  it("a claim in part 3 is reachable: its link goes to part 3, whose page marks it", async () => {
    expect(partAt(articleParts(body), mentionStart).n).toBe(3);
    // The verdict page links `?m=<appearance>`: the article page sends the reader to its part.
    const sent = await publicPage({ m: mentionId }).then(
      () => "",
      (e: Error & { digest?: string }) => e.digest ?? "",
    );
    expect(sent).toContain(`/en/articles/${id}?part=3#m-${mentionId};`);
    // A made-up appearance is sent to the first part, never rendered (and cached) on its own.
    const madeUp = await publicPage({ m: "nope" }).then(
      () => "",
      (e: Error & { digest?: string }) => e.digest ?? "",
    );
    expect(madeUp).toContain(`/en/articles/${id};`);
    const html = await publicPage({ part: "3" });
    expect(html).toContain(`id="m-${mentionId}"`);
    expect(html).not.toContain(`id="m-${mentionId}"`.replace(mentionId, "x"));
    expect(await publicPage({})).not.toContain(`data-mention="${mentionId}"`);
  });

  it("the desk reader spots and draws one part, with body offsets on the container", async () => {
    signIn(await makeUser());
    const parts = articleParts(body);
    const part = parts[1];
    const spotted = await listSpotSuggestions(id, part);
    if (!spotted) throw new Error("article not found");
    expect(spotted.open.length).toBeGreaterThan(0);
    for (const s of spotted.open) {
      expect(s.start).toBeGreaterThanOrEqual(part.start);
      expect(s.end).toBeLessThanOrEqual(part.end);
      expect(s.text).toBe(body.slice(s.start, s.end));
      expect(s.key).toBe(`${s.start}-${s.end}`);
    }
    const html = renderToStaticMarkup(
      createElement(ArticleText, {
        body,
        highlights: [],
        suggestions: spotted.open.map((s) => ({ ...s, id: s.key, title: "Suggested" })),
        furniture: detectFurniture(body),
        furnitureMode: "hide",
        part,
      }),
    );
    expect(html).toContain(`data-offset="${part.start}"`);
    expect(Buffer.byteLength(html)).toBeLessThan(MAX_PART_BYTES);
    expect(tags(html)).toBeLessThan(MAX_PART_TAGS);
  });
});

// The desk page's server components, expanded by the walk below; every other component on the page
// is a client component (or Link), whose props are serialized into the page for the browser.
const SERVER_PARTS = new Set<unknown>([
  ArticleDeskHeader,
  ArticleModeBanner,
  LoggedInArticle,
  ArticleText,
  ArticlePartsNav,
]);

/** The largest props (JSON, children left out) any client component on the page receives. */
function largestClientProps(node: ReactNode): { name: string; bytes: number } {
  let largest = { name: "", bytes: 0 };
  const visit = (n: ReactNode): void => {
    if (Array.isArray(n)) {
      for (const child of n) visit(child);
      return;
    }
    if (!isValidElement(n)) return;
    const el = n as ReactElement<Record<string, unknown>>;
    if (SERVER_PARTS.has(el.type)) {
      const render = el.type as (p: unknown) => ReactNode;
      visit(render(el.props));
      return;
    }
    if (typeof el.type !== "string") {
      const { children: _, ...rest } = el.props;
      const bytes = Buffer.byteLength(JSON.stringify(rest) ?? "");
      const t = el.type as { name?: string; displayName?: string };
      if (bytes > largest.bytes) largest = { name: t.displayName ?? t.name ?? "?", bytes };
    }
    visit(el.props.children as ReactNode);
  };
  visit(node);
  return largest;
}

describe("the desk reader of a 1M-character article", () => {
  it("sends no client component the article's body (props of each under a fixed cap)", async () => {
    signIn(await makeUser());
    for (const q of [{}, { part: "3" }, { m: mentionId }]) {
      const page = await DeskArticlePage({
        params: Promise.resolve({ id }),
        searchParams: Promise.resolve(q),
      });
      const largest = largestClientProps(page);
      expect(largest.bytes, `${JSON.stringify(q)}: ${largest.name}`).toBeLessThan(MAX_PART_BYTES);
    }
  });
});
