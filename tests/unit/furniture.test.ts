// Page furniture as ranges over the untouched body: found in each seed, exact line offsets, the
// editor's adjustments, and rendering without it while highlights keep their body offsets.
import fs from "node:fs";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ArticleText } from "@/components/article-text";
import {
  confirmFurniture,
  detectFurniture,
  furnitureOverlapping,
  linesCovering,
  markFurniture,
  parseFurniture,
  unmarkFurniture,
} from "@/lib/text/furniture";

const seed = (prefix: string) => {
  const dir = path.join(process.cwd(), "seeds");
  const file = fs.readdirSync(dir).find((f) => f.startsWith(prefix) && f.endsWith(".txt"));
  return fs.readFileSync(path.join(dir, file as string), "utf8");
};
const slices = (body: string) => detectFurniture(body).map((r) => body.slice(r.start, r.end));

describe("detecting furniture in the seeds", () => {
  it("000: the comment box", () => {
    expect(slices(seed("000"))).toEqual([
      "Leave A Reply",
      "Your email address will not be published.",
    ]);
  });

  it("001: ad labels, read time, the video box", () => {
    expect(slices(seed("001"))).toEqual([
      "विज्ञापन",
      "Read Time: 21 mins",
      "Advertisement",
      "Advertisement",
      "Advertisement",
      "Featured Video Of The Day",
    ]);
  });

  it("002: share line, then everything from Next Post to the end is another story", () => {
    const body = seed("002");
    const found = detectFurniture(body);
    expect(found.map((r) => r.kind)).toEqual(["share", "other-stories"]);
    const tail = body.slice(found[1].start, found[1].end);
    expect(tail.startsWith("Next Post\n")).toBe(true);
    expect(tail).toContain("Manipur: अब तक नहीं थमी हिंसक घटनाएं");
    expect(tail).toContain("Wed Sep 13 , 2023");
    // The tail runs to the last line with text: nothing of the teaser is left for readers.
    expect(body.slice(found[1].end).trim()).toBe("");
  });

  it("003: app promotion, paywall counter, byline", () => {
    const found = slices(seed("003"));
    expect(found.slice(0, 2)).toEqual(["Move to Jagran APP", "5/5शेष फ्री लेख"]);
    expect(found[2]).toMatch(/^By Jagran News.*Updated: Thu, 27 Jul 2023/);
  });

  it("ranges are whole lines, unconfirmed, and never include the newline", () => {
    for (const p of ["000", "001", "002", "003"]) {
      const body = seed(p);
      for (const r of detectFurniture(body)) {
        expect(r.confirmed).toBe(false);
        expect(r.start === 0 || body[r.start - 1] === "\n").toBe(true);
        expect(r.end === body.length || body[r.end] === "\n").toBe(true);
      }
    }
  });
});

describe("an editor's adjustments", () => {
  const body = "Headline\n\nText one.\nAdvertisement\nTeaser of another story\n";
  const detected = detectFurniture(body);

  it("marks the whole lines a selection touches", () => {
    const at = body.indexOf("of another");
    const after = markFurniture(detected, body, at, at + 3);
    expect(after.map((r) => body.slice(r.start, r.end))).toEqual([
      "Advertisement",
      "Teaser of another story",
    ]);
    expect(after[1]).toMatchObject({ kind: "editor", confirmed: true });
  });

  it("a selection over two ranges folds them into one", () => {
    const from = body.indexOf("Advert");
    const after = markFurniture(detected, body, from, body.indexOf("story"));
    expect(after).toHaveLength(1);
    expect(body.slice(after[0].start, after[0].end)).toBe("Advertisement\nTeaser of another story");
  });

  it("a selection of blank lines only marks nothing", () => {
    expect(linesCovering(body, body.indexOf("\n\n") + 1, body.indexOf("\n\n") + 2)).toBeNull();
  });

  it("a passage touching furniture is found, one beside it is not", () => {
    const ad = body.indexOf("Advertisement");
    expect(furnitureOverlapping(detected, ad - 3, ad + 1)?.kind).toBe("advertisement");
    expect(furnitureOverlapping(detected, ad - 3, ad - 1)).toBeUndefined();
  });

  it("un-marks by start, confirms all", () => {
    expect(unmarkFurniture(detected, detected[0].start)).toEqual([]);
    expect(confirmFurniture(detected).every((r) => r.confirmed)).toBe(true);
  });

  it("stored JSON out of the body's bounds is dropped, null means not detected yet", () => {
    expect(parseFurniture(null, body)).toBeNull();
    expect(
      parseFurniture(
        [
          { start: 0, end: 999, kind: "advertisement" },
          { start: 0, end: 2 },
        ],
        body,
      ),
    ).toEqual([]);
  });
});

describe("rendering without furniture", () => {
  const body = seed("001");
  const furniture = detectFurniture(body);
  const claimText = "अमेरिकी नौसेना";
  const start = body.indexOf(claimText);
  const html = (mode: "omit" | "hide" | "show") =>
    renderToStaticMarkup(
      createElement(ArticleText, {
        body,
        highlights: [{ id: "m1", start, end: start + claimText.length, href: "/c", title: "t" }],
        furniture,
        furnitureMode: mode,
      }),
    );
  const text = (markup: string) => markup.replace(/<[^>]+>/g, "");

  it("omits every furniture range and keeps the highlight on its own words", () => {
    const out = html("omit");
    expect(out).not.toContain("Featured Video Of The Day");
    expect(out).not.toContain("Advertisement");
    expect(out).toMatch(new RegExp(`<mark class="claim">${claimText}</mark>`));
    // What is left is the body with exactly the furniture ranges cut out.
    let expected = "";
    let at = 0;
    for (const r of furniture) {
      expected += body.slice(at, r.start);
      at = r.end;
    }
    expected += body.slice(at);
    expect(
      text(out).replaceAll("&quot;", '"').replaceAll("&#x27;", "'").replaceAll("&amp;", "&"),
    ).toBe(expected);
  });

  it("hides it in the DOM for the desk, so selection offsets still count the whole body", () => {
    const out = html("hide");
    expect(out).toContain('hidden="" class="furniture" data-furniture="video"');
    expect(
      text(out).replaceAll("&quot;", '"').replaceAll("&#x27;", "'").replaceAll("&amp;", "&"),
    ).toBe(body);
  });

  it("shows it greyed and labelled, the label outside the text", () => {
    const out = html("show");
    expect(out).toContain('data-furniture-label="Advertisement — page furniture"');
    expect(out).not.toContain("hidden");
  });
});
