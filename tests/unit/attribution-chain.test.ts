// Attribution chains as text (lib/attribution/render.ts) and the verb a cue suggests (cues.ts).
import { describe, expect, it } from "vitest";
import { cueAround, guessVerb } from "@/lib/attribution/cues";
import { type ChainLinkText, chainText } from "@/lib/attribution/render";
import { relayList } from "@/lib/claim/schema";

const mfa = { nameHi: "रूसी विदेश मंत्रालय", nameEn: "Russian Ministry of Foreign Affairs" };
const nk = { nameHi: "एनके न्यूज", nameEn: "NK News" };
const bbc = { nameHi: "बीबीसी", nameEn: "BBC" };
const kirby = { nameHi: "जॉन किर्बी", nameEn: "John Kirby" };
const jagran = { nameHi: "जागरण", nameEn: "Jagran" };

const nkChain: ChainLinkText[] = [
  { role: "RELAY", verb: "REPORTED", entity: nk },
  { role: "SPEAKER", verb: "SAID", entity: null, anonymousAs: "एक अधिकारी", affiliation: mfa },
];

describe("chainText", () => {
  it("says an anonymous affiliated source relayed by an outlet, in Hindi and English", () => {
    expect(chainText(nkChain, jagran, "hi")).toBe(
      "रूसी विदेश मंत्रालय के एक अधिकारी ने कहा → एनके न्यूज ने बताया → जागरण ने छापा",
    );
    expect(chainText(nkChain, jagran, "en")).toBe(
      "An official of Russian Ministry of Foreign Affairs said → NK News reported → Jagran published",
    );
  });

  it("names the organisation once when the descriptor already says it", () => {
    const copied: ChainLinkText[] = [
      {
        role: "SPEAKER",
        verb: "SAID",
        entity: null,
        anonymousAs: "रूसी विदेश मंत्रालय के अधिकारी",
        affiliation: mfa,
      },
    ];
    expect(chainText(copied, null, "hi")).toBe("रूसी विदेश मंत्रालय के अधिकारी ने कहा → माध्यम दर्ज नहीं");
  });

  it("says the article's own assertion, and an outlet not recorded", () => {
    const own: ChainLinkText[] = [{ role: "SPEAKER", verb: "SAID", entity: null }];
    expect(chainText(own, jagran, "hi")).toBe("लेख का अपना दावा → जागरण ने छापा");
    expect(chainText(own, null, "en")).toBe("The article's own assertion → outlet not recorded");
  });

  it("says an anonymous source without an affiliation", () => {
    const experts: ChainLinkText[] = [
      { role: "SPEAKER", verb: "CLAIMED", entity: null, anonymousAs: "कुछ विशेषज्ञ" },
      { role: "RELAY", verb: "QUOTED", entity: bbc },
    ];
    expect(chainText(experts, jagran, "hi")).toBe(
      "कुछ विशेषज्ञ ने दावा किया → बीबीसी ने हवाला दिया → जागरण ने छापा",
    );
    expect(chainText(experts, jagran, "en")).toBe(
      "Some experts claimed → BBC quoted → Jagran published",
    );
  });

  it("gives each named speaker its verb", () => {
    const accused: ChainLinkText[] = [{ role: "SPEAKER", verb: "ACCUSED", entity: kirby }];
    expect(chainText(accused, jagran, "hi")).toBe("जॉन किर्बी ने आरोप लगाया → जागरण ने छापा");
    expect(chainText(accused, jagran, "en")).toBe("John Kirby accused → Jagran published");
  });
});

describe("guessVerb", () => {
  it.each([
    ["ने कहा", "SPEAKER", "SAID"],
    ["said", "SPEAKER", "SAID"],
    ["का दावा है", "SPEAKER", "CLAIMED"],
    ["दावा किया", "SPEAKER", "CLAIMED"],
    ["ने आरोप लगाया", "SPEAKER", "ACCUSED"],
    ["खंडन किया", "SPEAKER", "DENIED"],
    ["इनकार", "SPEAKER", "DENIED"],
    ["के मुताबिक", "RELAY", "REPORTED"],
    ["के अनुसार", "RELAY", "REPORTED"],
    ["ने बताया", "RELAY", "REPORTED"],
    ["के मुताबिक", "SPEAKER", "SAID"],
    ["के हवाले से", "RELAY", "QUOTED"],
    ["के हवाले से बताया", "RELAY", "QUOTED"],
    ["रूसी विदेश मंत्रालय के अधिकारी के हवाले से", "SPEAKER", "SAID"],
  ] as const)("%s (%s) → %s", (cue, role, verb) => {
    expect(guessVerb(cue, role)).toBe(verb);
  });

  it("suggests nothing for words that carry no attribution", () => {
    expect(guessVerb("", "SPEAKER")).toBeUndefined();
    expect(guessVerb("उत्तर कोरिया", "RELAY")).toBeUndefined();
  });
});

describe("cueAround", () => {
  const body =
    "पहला वाक्य।\nNK न्यूज ने रूसी विदेश मंत्रालय के अधिकारी के हवाले से बताया है कि ट्रेन में फ्रेंच वाइन के केस हैं। अमेरिका का दावा है कि हथियार भेजे गए।";
  const at = (q: string) => [body.indexOf(q), body.indexOf(q) + q.length] as const;

  it("finds the first cue of the quote's own sentence, as the text spells it", () => {
    expect(cueAround(body, ...at("ट्रेन में फ्रेंच वाइन के केस हैं"))).toBe("के हवाले से");
    expect(cueAround(body, ...at("हथियार भेजे गए"))).toBe("का दावा है");
  });

  it("finds nothing in a sentence without one", () => {
    expect(cueAround(body, ...at("पहला वाक्य"))).toBeUndefined();
  });
});

describe("the chain's relays", () => {
  it("refuses the same outlet twice, naming the repeat", () => {
    const relay = { entityId: "ent_nknews", verb: "REPORTED" as const };
    const r = relayList.safeParse([relay, { entityId: "ent_tass", verb: "REPORTED" }, relay]);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path)).toEqual([[2, "entityId"]]);
    expect(relayList.safeParse([relay]).success).toBe(true);
  });
});
