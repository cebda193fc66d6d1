// Issue 17 item 6: "ये भी पढ़ें" teaser boxes — a heading and the headlines of other stories under it —
// are page furniture, detected in the shapes Hindi news pages are pasted in, inserted into the seed
// articles between their own paragraphs. Every line of the seeds that is the article's own text must
// stay out of every range (the list of what must stay is the seeds themselves, subheadings included).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { withTeasers } from "@/lib/article/furniture-backfill";
import { detectFurniture, isFurnitureLine } from "@/lib/text/furniture";

const seed = (prefix: string) => {
  const dir = path.join(process.cwd(), "seeds");
  const file = fs.readdirSync(dir).find((f) => f.startsWith(prefix) && f.endsWith(".txt"));
  return fs.readFileSync(path.join(dir, file as string), "utf8");
};

/**
 * The body with `box` inserted as its own lines before the line that starts with `before`, a blank
 * line between them as pages put one (`gap` "" glues the box to that line).
 */
function insertBefore(body: string, before: string, box: string, gap = "\n"): string {
  const at = body.indexOf(`\n${before}`);
  if (at < 0) throw new Error(`no line starting "${before}"`);
  return `${body.slice(0, at + 1)}${box}\n${gap}${body.slice(at + 1)}`;
}

const hidden = (body: string) =>
  detectFurniture(body)
    .filter((r) => r.kind === "also-read")
    .map((r) => body.slice(r.start, r.end));

/** Every non-blank line of the seed outside its furniture (as detected before): the article's own words. */
function ownLines(body: string): string[] {
  const ranges = detectFurniture(body);
  let at = 0;
  return body.split("\n").filter((l) => {
    const start = at;
    at += l.length + 1;
    return l.trim() !== "" && !ranges.some((r) => r.start <= start && start < r.end);
  });
}

/** No line of `lines` lies (even partly) inside a detected range of `body`. */
function visible(body: string, lines: string[]) {
  const ranges = detectFurniture(body);
  return lines.filter((l) => {
    const at = body.indexOf(l);
    return ranges.some((r) => r.start < at + l.length && at < r.end);
  });
}

// Headlines of other stories as sites print them: no sentence-ending danda, short.
const H1 = "मणिपुर: अब तक नहीं थमी हिंसक घटनाएं, उपद्रवियों ने फिर लगाई आग";
const H2 = "G20 समिट के बाद भारत-सऊदी अरब के बीच हुए कई समझौते";
const H3 = "चंद्रयान-3: प्रज्ञान रोवर ने चांद पर फिर खोजा सल्फर";

describe("teaser boxes are furniture", () => {
  const cases: [string, string, string, string[]][] = [
    // [seed, insert before the line starting with, the box, what must be hidden]
    ["001", "आखिरी बार दोनों", `ये भी पढ़ें:\n${H1}\n${H2}`, [`ये भी पढ़ें:\n${H1}\n${H2}`]],
    ["000", "क्रेमलिन के प्रवक्ता दिमित्री", `यह भी पढ़ें- ${H1}`, [`यह भी पढ़ें- ${H1}`]],
    ["002", "यूक्रेन युद्ध की वजह", `इसे भी पढ़ें\n\n${H3}`, [`इसे भी पढ़ें\n\n${H3}`]],
    ["003", "केसीएनए ने कहा कि बैठक", `Also Read: ${H2}`, [`Also Read: ${H2}`]],
    ["000", "BBC के मुताबिक किम", `Read also\n${H1}\n${H3}`, [`Read also\n${H1}\n${H3}`]],
    ["001", "उत्तर कोरिया के किम जोंग उन ने", `और पढ़ें\n${H2}`, [`और पढ़ें\n${H2}`]],
    // ढ़ precomposed (U+095D), as some CMSes store it.
    ["002", "जॉन किर्बी का दावा", `ये भी प\u095Dें -\n${H3}`, [`ये भी प\u095Dें -\n${H3}`]],
    ["003", "उत्तर कोरिया यूक्रेन", `Related:\n${H1}`, [`Related:\n${H1}`]],
  ];
  for (const [file, before, box, expected] of cases) {
    it(`${file}: ${JSON.stringify(box.split("\n")[0])} and its headlines`, () => {
      const original = seed(file);
      const body = insertBefore(original, before, box);
      expect(hidden(body)).toEqual(expected);
      // Every line of the article's own text stays for readers.
      expect(visible(body, ownLines(original))).toEqual([]);
    });
  }

  it("a subheading right under a box, with its paragraph glued to it, stays the article's", () => {
    // 001 prints "पुतिन ने क्या कहा?" with its paragraph on the very next line.
    const original = seed("001");
    const body = insertBefore(original, "पुतिन ने क्या कहा?", `ये भी पढ़ें:\n${H1}`, "");
    expect(hidden(body)).toEqual([`ये भी पढ़ें:\n${H1}`]);
    expect(visible(body, ownLines(original))).toEqual([]);
  });

  it("a box before a subheading set apart by blank lines (003) leaves the subheading", () => {
    const original = seed("003");
    const body = insertBefore(original, "रक्षा विषयों पर आम सहमति बनी", `ये भी पढ़ें\n\n${H1}`);
    expect(hidden(body)).toEqual([`ये भी पढ़ें\n\n${H1}`]);
    expect(visible(body, ownLines(original))).toEqual([]);
  });

  it("sentences that merely begin like a heading are not furniture", () => {
    const mustStay = [
      "और पढ़ें तो पता चलता है कि रूस ने यह दावा पहले भी किया था।",
      "Related to this, the ministry said nothing.",
      "Also reading from the statement, the spokesman said the talks went well.",
      `ये भी पढ़ें: ${"किम जोंग उन ने कहा कि रूस के साथ रिश्ते उनकी पहली प्राथमिकता हैं और रहेंगे, ".repeat(3)}।`,
    ];
    for (const line of mustStay) expect(isFurnitureLine(line), line).toBe(false);
    const body = `${seed("000")}\n${mustStay.join("\n\n")}`;
    expect(visible(body, [...ownLines(seed("000")), ...mustStay])).toEqual([]);
  });

  it("the four seeds as they are: no teaser box found, nothing else changes", () => {
    for (const f of ["000", "001", "002", "003"]) expect(hidden(seed(f)), f).toEqual([]);
  });
});

describe("teaser boxes for articles stored before they were detected", () => {
  const body = insertBefore(seed("001"), "आखिरी बार दोनों", `ये भी पढ़ें:\n${H1}\n${H2}`);
  const box = detectFurniture(body).find((r) => r.kind === "also-read");
  if (!box) throw new Error("no box");
  // What was stored before: the heading line alone (the old detector), unconfirmed.
  const heading = {
    start: box.start,
    end: box.start + "ये भी पढ़ें:".length,
    kind: "also-read" as const,
    confirmed: false,
  };

  it("adds the box in place of the old heading-only range, once", () => {
    const after = withTeasers(body, [heading], []);
    expect(after?.filter((r) => r.kind === "also-read")).toEqual([box]);
    expect(withTeasers(body, after ?? [], [])).toBeNull();
  });

  it("leaves a box alone where an editor confirmed a range or a quote is logged", () => {
    expect(withTeasers(body, [{ ...heading, confirmed: true }], [])).toBeNull();
    const quoteAt = body.indexOf(H2);
    expect(withTeasers(body, [heading], [{ start: quoteAt, end: quoteAt + 10 }])).toBeNull();
  });
});
