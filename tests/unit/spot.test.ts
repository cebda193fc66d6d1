// The Hindi claim spotter: segmentation, each named signal, attribution against the registry, the
// normalisation and guards used for grouping, the evaluation arithmetic and the CLI contract.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isFurnitureLine } from "@/lib/article/furniture";
import { guessTitle } from "@/lib/article/import";
import { attribute, entityMatcher } from "@/lib/spot/attribution";
import { type AnnotatedClaim, claimantKey, evaluate } from "@/lib/spot/evaluate";
import { sameClaimVeto } from "@/lib/spot/group";
import { spotFiles, spotSentences } from "@/lib/spot/index";
import { claimNumbers, claimTokens, isNegated } from "@/lib/spot/normalise";
import { scoreSignals } from "@/lib/spot/score";
import { splitSentences } from "@/lib/spot/segment";
import { detectSignals, SIGNAL_NAMES } from "@/lib/spot/signals";
import { ENTITIES } from "@/prisma/demo-data";

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe("sentence splitting", () => {
  it("ends sentences at danda, double danda, ?, ! and a Latin full stop", () => {
    expect(texts("पहला वाक्य। दूसरा॥ तीसरा? चौथा! पांचवां. छठा")).toEqual([
      "पहला वाक्य।",
      "दूसरा॥",
      "तीसरा?",
      "चौथा!",
      "पांचवां.",
      "छठा",
    ]);
  });

  it("treats an ASCII | typed as a danda like the danda", () => {
    expect(texts("रूस ने कहा | अमेरिका चुप रहा |")).toEqual(["रूस ने कहा |", "अमेरिका चुप रहा |"]);
  });

  it("keeps abbreviations, initials and decimals inside the sentence", () => {
    expect(texts("डॉ. मनमोहन सिंह ने 3.5 प्रतिशत कहा। J. Kirby आए।")).toEqual([
      "डॉ. मनमोहन सिंह ने 3.5 प्रतिशत कहा।",
      "J. Kirby आए।",
    ]);
  });

  it("keeps a closing quote with its sentence and marks quoted sentences", () => {
    const s = splitSentences('पुतिन ने कहा, "हम मिलेंगे। समय बहुत है।" फिर बैठक हुई।');
    expect(s.map((x) => x.text)).toEqual(['पुतिन ने कहा, "हम मिलेंगे।', 'समय बहुत है।"', "फिर बैठक हुई।"]);
    expect(s.map((x) => x.quoted)).toEqual([true, true, false]);
    expect(splitSentences("उसने कहा ‘ठीक है।’ बस।").map((x) => x.text)).toEqual([
      "उसने कहा ‘ठीक है।’",
      "बस।",
    ]);
  });

  it("ends a sentence at a line break, numbers paragraphs and skips furniture", () => {
    const text = "शीर्षक बिना विराम\n\nAdvertisement\nपहला वाक्य। दूसरा\r\nLeave A Reply\nअंत";
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual(["शीर्षक बिना विराम", "पहला वाक्य।", "दूसरा", "अंत"]);
    expect(s.map((x) => x.paragraph)).toEqual([0, 1, 1, 2]);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });
});

describe("page furniture", () => {
  it("recognises app promotion, paywall counters, ads, read times and comment boxes", () => {
    for (const line of [
      "Move to Jagran APP",
      "5/5शेष फ्री लेख",
      "Read Time: 21 mins",
      "Advertisement",
      "विज्ञापन",
      "Leave A Reply",
      "Your email address will not be published.",
      " Featured Video Of The Day ",
      "Wed Sep 13 , 2023",
    ]) {
      expect(isFurnitureLine(line), line).toBe(true);
    }
    expect(isFurnitureLine("BBC के मुताबिक ट्रेन धीमी है।")).toBe(false);
  });

  it("is what import skips when it guesses a title", () => {
    expect(guessTitle("Read Time: 21 mins\nAdvertisement\nकिम जोंग उन रूस पहुंचे")).toBe(
      "किम जोंग उन रूस पहुंचे",
    );
  });
});

const signalsOf = (text: string, quoted = false, reported = false) =>
  detectSignals({ text, quoted, reported });

describe("named signals", () => {
  it("finds numbers in Latin and Devanagari digits and as number words", () => {
    expect(signalsOf("ट्रेन में 20 गाड़ियां हैं")).toContain("number");
    expect(signalsOf("ट्रेन में २० गाड़ियां हैं")).toContain("number");
    expect(signalsOf("लाखों की संख्या में शेल हैं")).toContain("number");
    expect(signalsOf("हजारों लोग आए")).toContain("number");
    expect(signalsOf("पांच करोड़ रुपये")).toContain("number");
    expect(signalsOf("दोनों नेता मिले")).not.toContain("number");
    // A year alone is a date, not a figure.
    expect(signalsOf("यह 2019 में हुआ")).not.toContain("number");
  });

  it("finds quantities with units", () => {
    expect(signalsOf("59 किलोमीटर प्रति घंटा की रफ्तार")).toContain("quantity");
    expect(signalsOf("सीमा से 127 मील दूर")).toContain("quantity");
    expect(signalsOf("दस लाख टन अनाज")).toContain("quantity");
    expect(signalsOf("40% वोट")).toContain("quantity");
    expect(signalsOf("ट्रेन धीमी चलती है")).not.toContain("quantity");
  });

  it("finds dates and years", () => {
    expect(signalsOf("यह १९४९ में हुआ")).toContain("date");
    expect(signalsOf("सितंबर में भेजे गए")).toContain("date");
    expect(signalsOf("पिछले साल ही दिए")).toContain("date");
    expect(signalsOf("वे कल मिले")).not.toContain("date");
  });

  it("finds superlatives and records", () => {
    expect(signalsOf("सबसे ज्यादा अनाज")).toContain("superlative");
    expect(signalsOf("नया रिकॉर्ड बना")).toContain("superlative");
    expect(signalsOf("पहली बार ऐसा हुआ")).toContain("superlative");
    expect(signalsOf("अनाज उगाया")).not.toContain("superlative");
  });

  it("finds attribution cues", () => {
    for (const cue of [
      "BBC के मुताबिक ट्रेन धीमी है",
      "रिपोर्ट के अनुसार",
      "अधिकारी के हवाले से",
      "पुतिन ने कहा",
      "पेस्कोव ने बताया",
      "किर्बी का दावा है",
      "उन पर आरोप लगा",
    ]) {
      expect(signalsOf(cue), cue).toContain("attribution");
    }
    expect(signalsOf("ट्रेन धीमी है")).not.toContain("attribution");
    expect(signalsOf("ट्रेन धीमी है", false, true)).toContain("reported");
  });

  it("finds direct quotes: quotation marks, a quoted context, or speech opened by a dash", () => {
    expect(signalsOf('उन्होंने "हम जीतेंगे" कहा')).toContain("quote");
    expect(signalsOf("हम जीतेंगे", true)).toContain("quote");
    expect(signalsOf("किम जोंग ने कहा- रूस के साथ रिश्ते अहम हैं")).toContain("quote");
    expect(signalsOf("किम जोंग ने रूस का दौरा किया")).not.toContain("quote");
  });

  it("finds accusations and denials", () => {
    expect(signalsOf("उन्होंने आरोपों से इनकार किया")).toContain("accusation");
    expect(signalsOf("मंत्रालय ने खबर का खंडन किया")).toContain("accusation");
    expect(signalsOf("मंत्रालय ने खबर साझा की")).not.toContain("accusation");
  });

  it("finds comparisons", () => {
    expect(signalsOf("59 की रफ्तार से ज्यादा तेज नहीं")).toContain("comparison");
    expect(signalsOf("पिछले साल की तुलना में")).toContain("comparison");
    expect(signalsOf("ट्रेन आई")).not.toContain("comparison");
  });

  it("scores signals in one function, more signals never scoring less", () => {
    expect(scoreSignals([])).toBe(0);
    for (const name of SIGNAL_NAMES) {
      expect(scoreSignals(["number", name])).toBeGreaterThan(scoreSignals([name]));
    }
  });
});

const matcher = entityMatcher(ENTITIES);

describe("claimant and relays", () => {
  it("reads the source of के मुताबिक from the registry", () => {
    expect(attribute("BBC के मुताबिक ट्रेन में 20 गाड़ियां हैं।", matcher)).toMatchObject({
      claimant: "BBC",
      claimantId: "ent_bbc",
      via: [],
    });
    expect(attribute("बीबीसी के मुताबिक ट्रेन धीमी है।", matcher).claimantId).toBe("ent_bbc");
  });

  it("separates the one quoted (के हवाले से) from the outlet that relays it", () => {
    const a = attribute(
      "NK न्यूज ने रूसी विदेश मंत्रालय के अधिकारी के हवाले से बताया है कि ट्रेन में फ्रेंच वाइन के केस हैं।",
      matcher,
    );
    expect(a.claimantId).toBe("ent_ru_mfa");
    expect(a.claimant).toBe("Russian Ministry of Foreign Affairs official");
    expect(a.via).toEqual(["NK News"]);
    expect(a.viaIds).toEqual(["ent_nknews"]);
  });

  it("reads the speaker of ने कहा / ने बताया, past a title before the name", () => {
    expect(attribute("क्रेमलिन के प्रवक्ता दिमित्री पेस्कोव ने बताया कि चर्चा हुई।", matcher).claimantId).toBe(
      "ent_peskov",
    );
    expect(attribute("जॉन किर्बी ने 30 अगस्त को बताया था कि बात आगे बढ़ी।", matcher).claimantId).toBe(
      "ent_kirby",
    );
  });

  it("keeps a source the registry does not know as the words of the text", () => {
    expect(attribute("कुछ विशेषज्ञों का कहना है कि यह गलत है।", matcher).claimant).toBe("कुछ विशेषज्ञों");
    expect(attribute("ट्रेन धीमी है।", matcher).claimant).toBeNull();
  });

  it("carries a source through its paragraph until a named person acts", () => {
    const text =
      "BBC के मुताबिक ट्रेन में 20 गाड़ियां हैं। वो 59 किलोमीटर प्रति घंटा से तेज नहीं चलती। " +
      "इसके बाद किम जोंग ने पुतिन को धन्यवाद दिया। यह 2019 में हुआ था।\nनया अनुच्छेद 1949 का है।";
    const s = spotSentences(text, matcher);
    expect(s.map((x) => x.claimantId)).toEqual(["ent_bbc", "ent_bbc", null, null, null]);
    expect(s[1].signals).toContain("reported");
  });
});

describe("normalisation for grouping", () => {
  it("folds transliteration variants, loanwords, nukta and Devanagari digits", () => {
    expect(claimTokens("नॉर्थ कोरिया")).toEqual(claimTokens("उत्तर कोरिया"));
    expect(claimTokens("आर्टिलरी")).toEqual(claimTokens("आर्टिलेरी"));
    expect(claimTokens("ऑर्टिलरी")).toEqual(claimTokens("आर्टिलरी"));
    expect(claimTokens("टेक्नोलॉजी")).toEqual(claimTokens("तकनीक"));
    expect(claimTokens("ज़मीन")).toEqual(claimTokens("जमीन"));
    expect(claimTokens("हैँ, २०१७!")).toEqual(claimTokens("हैं 2017"));
    expect(claimNumbers("५९ किमी")).toEqual(["59"]);
  });

  const same = (a: string, b: string, entityIds: [string[], string[]] = [[], []]) =>
    sameClaimVeto(
      { id: "a", text: a, entityIds: entityIds[0] },
      { id: "b", text: b, entityIds: entityIds[1] },
    );

  it("links the same claim written by two outlets", () => {
    expect(
      same(
        "BBC के मुताबिक नॉर्थ कोरिया के पास लाखों की संख्या में आर्टिलेरी शेल और रॉकेट हैं।",
        "-BBC के मुताबिक, उत्तर कोरिया के पास लाखों की संख्या में आर्टिलरी शेल और रॉकेट हैं.",
      ),
    ).toBeNull();
  });

  it("keeps apart sentences with different numbers, entities or polarity", () => {
    const base = "किम जोंग उन की बख्तरबंद ट्रेन में 20 बुलेटप्रूफ गाड़ियां भी हैं";
    expect(same(base, base)).toBeNull();
    expect(same(base, base.replace("20", "30"))).toBe("numbers");
    expect(same(base, base.replace("20", "३०"))).toBe("numbers");
    expect(same(base, "किम जोंग उन की बख्तरबंद ट्रेन में 20 बुलेटप्रूफ गाड़ियां भी नहीं हैं")).toBe("polarity");
    expect(same(base, base, [["ent_kim"], ["ent_putin"]])).toBe("entities");
    expect(
      same("रूस ने पिछले साल ही रॉकेट और मिसाइलें दी थीं", "चीन ने पिछले साल ही रॉकेट और मिसाइलें दी थीं"),
    ).toBe("entities");
    expect(same(base, "रूस ने 2017 में अनाज उगाने का रिकॉर्ड बनाया")).toBe("words");
    expect(isNegated("वो नहीं चलती")).toBe(true);
    expect(isNegated("वो चलती है")).toBe(false);
  });
});

describe("evaluation arithmetic", () => {
  it("counts a claim found when one candidate covers half its span, and scores pairs", () => {
    const claims: AnnotatedClaim[] = [
      { file: "a", start: 0, end: 10, claimant: "BBC", cluster: "x" },
      { file: "a", start: 20, end: 30, claimant: "", cluster: "y" },
      { file: "b", start: 0, end: 10, claimant: "New York Times", cluster: "x" },
    ];
    const candidate = (id: string, start: number, end: number, claimant: string | null) => ({
      id,
      start,
      end,
      text: "",
      score: 1,
      signals: [],
      claimant,
      via: [],
    });
    const scores = evaluate(
      claims,
      {
        files: [
          {
            file: "a",
            candidates: [candidate("a1", 5, 15, "बीबीसी"), candidate("a2", 26, 40, null)],
          },
          { file: "b", candidates: [candidate("b1", 0, 10, "The New York Times")] },
        ],
        groups: [["a1", "b1"]],
      },
      { a: 8, b: 2 },
      ENTITIES,
    );
    expect(scores.found).toBe(2); // a2 covers 4 of 10 characters: not enough
    expect(scores.flagRate).toBe(3 / 10);
    expect(scores.claimantAccuracy).toBe(1);
    expect(scores.groupingF1).toBe(1);
    expect(claimantKey("Russian foreign ministry official", ENTITIES)).toBe(
      claimantKey("Russian Ministry of Foreign Affairs official", ENTITIES),
    );
    expect(claimantKey("United States government", ENTITIES)).toBe("ent_us_gov|");
  });

  it("holds the goals on the development annotations", () => {
    const dev = JSON.parse(fs.readFileSync("tests/fixtures/dev-claims.json", "utf8"));
    const names: string[] = [...new Set<string>(dev.claims.map((c: AnnotatedClaim) => c.file))];
    const files = names.map((file) => ({
      file,
      text: fs.readFileSync(path.join("seeds", file), "utf8"),
    }));
    const counts = Object.fromEntries(files.map((f) => [f.file, splitSentences(f.text).length]));
    const scores = evaluate(dev.claims, spotFiles(files, ENTITIES), counts, ENTITIES);
    expect(scores.recall).toBeGreaterThanOrEqual(0.9);
    expect(scores.flagRate).toBeLessThanOrEqual(0.5);
    expect(scores.claimantAccuracy).toBeGreaterThanOrEqual(0.8);
  });
});

describe("purity", () => {
  it("lib/spot imports nothing but itself, text folding and furniture detection", () => {
    for (const f of fs.readdirSync("lib/spot")) {
      const src = fs.readFileSync(path.join("lib/spot", f), "utf8");
      const imports = [...src.matchAll(/from "([^"]+)"/g)].map((m) => m[1]);
      for (const i of imports) {
        expect(i, `${f} imports ${i}`).toMatch(
          /^\.\/|^\.\.\/text\/fold\.ts$|^\.\.\/article\/furniture\.ts$/,
        );
      }
    }
  });
});

describe("spot CLI", () => {
  it("prints one JSON document whose offsets index each file's text exactly as read", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "spot-"));
    // An emoji (two UTF-16 units), CRLF line ends and a BOM: offsets must still be string indices.
    const odd = path.join(dir, "odd.txt");
    fs.writeFileSync(
      odd,
      "\uFEFF😀 शीर्षक\r\nBBC के मुताबिक नॉर्थ कोरिया के पास लाखों की संख्या में आर्टिलेरी शेल और रॉकेट हैं।\r\nAdvertisement\r\nरूस २०१७ में सबसे ज्यादा अनाज उगाने का रिकॉर्ड बना चुका है।\r\n",
    );
    const seed = "seeds/001_35a6e6f765ef245d.txt";
    const out = execFileSync(
      process.execPath,
      ["node_modules/tsx/dist/cli.mjs", "scripts/spot.ts", odd, seed],
      { encoding: "utf8" },
    );
    const doc = JSON.parse(out);
    expect(Object.keys(doc)).toEqual(["files", "groups"]);
    expect(doc.files.map((f: { file: string }) => f.file)).toEqual([odd, seed]);
    const ids = new Set<string>();
    for (const f of doc.files) {
      const text = fs.readFileSync(f.file, "utf8");
      expect(f.candidates.length).toBeGreaterThan(0);
      for (const c of f.candidates) {
        expect(Object.keys(c)).toEqual([
          "id",
          "start",
          "end",
          "text",
          "score",
          "signals",
          "claimant",
          "via",
        ]);
        expect(text.slice(c.start, c.end)).toBe(c.text);
        expect(ids.has(c.id)).toBe(false);
        ids.add(c.id);
      }
    }
    const [oddFile] = doc.files;
    expect(oddFile.candidates.map((c: { claimant: string | null }) => c.claimant)).toEqual([
      "BBC",
      null,
    ]);
    // Both odd.txt claims are also in the seed article: the groups link them across files.
    for (const g of doc.groups) for (const id of g) expect(ids.has(id)).toBe(true);
    const linked = doc.groups.filter((g: string[]) => g.some((id) => id.startsWith("f0")));
    expect(linked.length).toBe(2);
    expect(linked.every((g: string[]) => g.some((id) => id.startsWith("f1")))).toBe(true);
  });
});
