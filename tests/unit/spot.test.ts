// The Hindi claim spotter: segmentation, each named signal, attribution against the registry, the
// normalisation and guards used for grouping, the evaluation arithmetic and the CLI contract.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { guessTitle } from "@/lib/article/import-mutations";
import { attribute, entityMatcher } from "@/lib/spot/attribution";
import { type AnnotatedClaim, claimantKey, evaluate } from "@/lib/spot/evaluate";
import { sameClaimVeto } from "@/lib/spot/group";
import { spotFiles, spotSentences } from "@/lib/spot/index";
import { scoreSignals } from "@/lib/spot/score";
import { splitSentences } from "@/lib/spot/segment";
import { detectSignals, SIGNAL_NAMES } from "@/lib/spot/signals";
import { isFurnitureLine } from "@/lib/text/furniture";
import { claimNumbers, claimTokens, isNegated } from "@/lib/words/normalise";
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
    // An unnamed official of the ministry, not the ministry: the desk proposes an anonymous source.
    expect(a.claimantRole).toBe("अधिकारी");
  });

  it("names a body itself, or its minister, without an unnamed-person role", () => {
    expect(attribute("बीबीसी के मुताबिक ट्रेन धीमी है।", matcher).claimantRole).toBeUndefined();
    const minister = attribute("रूस के रक्षा मंत्री ने कहा कि अभ्यास होगा।", matcher);
    expect(minister.claimantRole).toBeUndefined();
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

describe("attribution a desk editor reads across sentences", () => {
  const spot = (text: string) =>
    spotSentences(text, entityMatcher(ENTITIES)).map((s) => [s.text, s.claimant, s.via]);

  it("lets a source at the head of a list cover every item of the list", () => {
    const text =
      "एक दूसरे से क्या चाहते हैं?\n-BBC के मुताबिक, उत्तर कोरिया के पास लाखों शेल हैं.\n" +
      "-इसके बदले में उत्तर कोरिया रूस से सैटेलाइट टेक्नोलॉजी चाहता है.\n\nरूस ने जवाब नहीं दिया.";
    const got = spot(text);
    expect(got[2]).toEqual(["इसके बदले में उत्तर कोरिया रूस से सैटेलाइट टेक्नोलॉजी चाहता है.", "BBC", []]);
    // The list mark is layout: the item's sentence starts at its first word.
    expect(splitSentences(text)[1].text.startsWith("BBC")).toBe(true);
    // A paragraph that is not an item of the list is the article's own again.
    expect(got[3][1]).toBeNull();
  });

  it("reads reported speech inside a report as the inner speaker, relayed by the reporter", () => {
    const [s] = spot(
      "केसीएनए ने बताया कि एक स्वागत समारोह में शोइगु ने किम के नेतृत्व में सेना की प्रशंसा करते हुए कहा कि यह सबसे मजबूत सेना है।",
    );
    expect(s[1]).toBe("Sergei Shoigu");
    expect(s[2]).toEqual(["Korean Central News Agency"]);
  });

  it("finds a headline's speaker after the verb and an accuser past the charge", () => {
    expect(spot('"हम पूरी तरह उनके साथ": पुतिन से मिलने के बाद बोले किम जोंग उन')[0][1]).toBe(
      "Kim Jong Un",
    );
    expect(
      spot(
        "बिडेन प्रशासन ने उत्तर कोरिया पर यूक्रेन में अपनी लड़ाई में सहायता के लिए रूस को हथियार मुहैया कराने का आरोप लगाया है।",
      )[0][1],
    ).toBe("US government");
  });

  it("knows a person by one part of the name once the article has named them in full", () => {
    const got = spot(
      "अल जजीरा के मुताबिक, किम जोंग उन ने पुतिन से मुलाकात की। किम ने पुतिन को हर संभव साथ का भरोसा दिया। उन्होंने कहा कि प्योंगयांग हमेशा साथ खड़ा रहेगा।",
    );
    // "किम ने …" makes Kim the agent, so "उन्होंने कहा" is Kim, not the outlet named earlier.
    expect(got[2][1]).toBe("Kim Jong Un");
    // Not before the full name: "किम" alone in the first sentence of an article is nobody yet.
    expect(spot("किम ने कहा कि बैठक अच्छी रही।")[0][1]).toBe("किम");
  });

  it("keeps the source's own actions in its account", () => {
    const got = spot(
      "अमेरिका का दावा है कि उत्तर कोरिया ने रूस को तोपें दी थीं। अमेरिका ने सीमा की एक सैटेलाइट तस्वीर भी साझा की थी।",
    );
    expect(got[1][1]).toBe("US government");
  });
});

describe("signals that count against", () => {
  it("marks conditionals, promises in direct speech and headline lines", () => {
    const names = (text: string, extra: Partial<Parameters<typeof detectSignals>[0]> = {}) =>
      detectSignals({ text, quoted: false, reported: false, ...extra });
    expect(names("अगर ऐसा होता है तो इसके गंभीर परिणाम हो सकते हैं.")).toContain("hypothetical");
    expect(names('हम हर मुद्दे पर बातचीत करेंगे."', { quoted: true })).toContain("prediction");
    // An outlet's forecast in its own words is a report that can be checked.
    expect(names("उत्तर कोरिया टेक्नोलॉजी की मांग करेगा।", { reported: true })).not.toContain(
      "prediction",
    );
    const [heading, sentence] = splitSentences("रक्षा विषयों पर आम सहमति बनी\nदोनों देशों में बात हुई।");
    expect([heading.heading, sentence.heading]).toEqual([true, false]);
    expect(scoreSignals(["number", "heading"])).toBeLessThan(1);
  });

  it("stops at Next Post: what follows is another story's teaser", () => {
    const text = "रूस ने 2017 में रिकॉर्ड बनाया।\n\nNext Post\n\nManipur: तीन लोगों को मारी गोली";
    expect(texts(text)).toEqual(["रूस ने 2017 में रिकॉर्ड बनाया।"]);
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

  it("links one claim told with different chains, and a dated event told two ways", () => {
    const [grain000, grain001] = [
      "दरअसल, नॉर्थ कोरिया में अनाज की काफी किल्लत रहती है, जबकि रूस 2017 में दुनिया में सबसे ज्यादा अनाज उगाने का रिकॉर्ड बना चुका है।",
      "क्योंकि उत्तर कोरिया में अनाज की काफी किल्लत रहती है, वहीं, रूस 2017 में ही दुनिया में सबसे ज्यादा अनाज उगाने का रिकॉर्ड बना चुका है.",
    ];
    expect(same(grain000, grain001)).toBeNull();
    expect(
      same(
        "न्यूयॉर्क टाइम्स के मुताबिक रूस नॉर्थ कोरिया से ऑर्टिलरी शेल्स और एंटी टैंक मिसाइल चाहता है।",
        "रूस यही आर्टिलेरी शेल और रॉकेट चाहता है.",
      ),
    ).toBeNull();
    // Told two ways in two seed articles: weighed against all their sentences, the shared year and
    // "मुलाकात" outweigh the rest.
    const files = ["000_4cf5c9412929b494.txt", "002_ce10f36d29f07abf.txt"].map((file) => ({
      file,
      text: fs.readFileSync(path.join("seeds", file), "utf8"),
    }));
    const doc = spotFiles(files, ENTITIES);
    const idOf = (f: number, words: string) =>
      doc.files[f].candidates.find((c) => c.text.includes(words))?.id;
    const last = idOf(0, "आखिरी बार दोनों नेताओं");
    const first = idOf(1, "2019 के बाद यह पहली मुलाकात");
    expect(doc.groups.find((g) => g.includes(last ?? "-"))).toContain(first);
    // …and NYT's satellite-technology forecast stays apart from Kirby's claim about technology.
    const nyt = idOf(0, "न्यूक्लियर सबमरीन");
    const kirby = idOf(1, "हथियारों की बिक्री के बदले");
    expect(doc.groups.some((g) => g.includes(nyt ?? "-") && g.includes(kirby ?? "-"))).toBe(false);
  });

  it("keeps apart two claims on one topic that each add their own detail", () => {
    expect(
      same(
        "इसके बदले में नॉर्थ कोरिया रूस से सैटेलाइट और न्यूक्लियर सबमरीन टेक्नोलॉजी की मांग करेगा।",
        "उत्तर कोरिया हथियारों की बिक्री के बदले में रूस से टेक्नोलॉजी मांग सकता है.",
      ),
    ).toBe("words");
    // "जोंग" of Kim Jong Un is not "जंग" (war), though both reduce to ज-ग.
    expect(claimTokens("किम जोंग उन")).not.toEqual(expect.arrayContaining(claimTokens("जंग")));
    expect(claimTokens("जंग")).toEqual(claimTokens("युद्ध"));
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
    expect(scores.groupingF1).toBeGreaterThanOrEqual(0.8);
  });
});

describe("purity", () => {
  it("lib/spot imports nothing but itself, text folding, its word lists and furniture detection", () => {
    for (const f of fs.readdirSync("lib/spot")) {
      const src = fs.readFileSync(path.join("lib/spot", f), "utf8");
      const imports = [...src.matchAll(/from "([^"]+)"/g)].map((m) => m[1]);
      for (const i of imports) {
        expect(i, `${f} imports ${i}`).toMatch(
          /^\.\/|^\.\.\/text\/fold\.ts$|^\.\.\/words\/(lexicon|normalise)\.ts$|^\.\.\/text\/furniture\.ts$/,
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
