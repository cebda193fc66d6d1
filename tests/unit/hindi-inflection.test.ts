// Hindi word forms in search and claim matching: the forms of one noun share a spelling key, and
// words that only look alike once an ending is cut keep theirs apart. The keys are what rows store
// and queries ask (lib/search-text/fold.ts wordKey), so a shared key is a search that finds.
import { describe, expect, it } from "vitest";
import { searchQuery, searchText, wordKey } from "@/lib/search-text/fold";
import { fold } from "@/lib/text/fold";
import { foldInflection } from "@/lib/text/inflection";

const key = (word: string) => wordKey(fold(word));

// Each line: forms of one word (or of synonyms) that a reader expects one search to find.
const MEET: string[][] = [
  ["गोला", "गोले", "गोलों"],
  ["हथियार", "हथियारों"],
  ["मिसाइल", "मिसाइलें", "मिसाइलों", "मिसाइल्स"],
  ["बैठक", "बैठकें", "बैठकों"],
  ["देश", "देशों"],
  ["अधिकारी", "अधिकारियों"],
  ["मांग", "मांगें", "मांगों"],
  ["बात", "बातें", "बातों"],
  ["नेता", "नेताओं"],
  ["सीमा", "सीमाएं", "सीमाओं"],
  ["महिला", "महिलाएं", "महिलाओं"],
  ["घटना", "घटनाएं", "घटनाओं"],
  ["पार्टी", "पार्टियां", "पार्टियों"],
  ["कंपनी", "कंपनियों"],
  ["नदी", "नदियों"],
  ["तैयारी", "तैयारियां"],
  ["गतिविधि", "गतिविधियों"],
  ["भाई", "भाइयों"],
  ["वस्तु", "वस्तुओं"],
  ["हिंदू", "हिंदुओं"],
  ["सैनिक", "सैनिकों"],
  ["शेल", "शेल्स"],
  ["टैंक", "टैंकों", "टैंक्स"],
  // The plural of a loanword's Hindi word still meets its synonyms (lib/words/normalise.ts).
  ["सेना", "सेनाओं", "सैन्य", "मिलिट्री"],
  ["लड़ाई", "लड़ाइयों", "युद्ध"],
];

// Each pair: different words. Most would merge under a stemmer that also cut verb endings or ाई
// (Lucene's HindiStemmer cuts ना, ता, कर and ाई).
const APART: [string, string][] = [
  ["सेना", "से"], // army / from
  ["नेता", "ने"], // leader / the ergative
  ["करना", "कर"], // to do / tax, doing
  ["बनाकर", "बना"], // having made / made
  ["लड़ाई", "लड़"], // a fight / fight!
  ["पढ़ाई", "पढ़"], // studies / read!
  ["भारतीय", "भारत"], // Indian / India
  ["किया", "की"], // did / of
  ["जाएं", "जा"], // may go / go
  ["शुक्रिया", "शुक्र"], // thanks / Venus, Friday
  ["कुआं", "कु"], // a well
  ["धुआं", "धु"], // smoke
];

// Names and words whose endings only look like inflection: never rewritten.
const UNCHANGED = [
  "किम",
  "पुतिन",
  "ट्रंप",
  "जिनपिंग",
  "मोदी",
  "किर्बी",
  "पेसकोव",
  "ज़ेलेंस्की",
  "दुनिया",
  "इंडिया",
  "कैलिफ़ोर्निया",
  "शुक्रिया",
  "लड़ाई",
  "धुआं",
  "कुआं",
  "मियां",
  "जाएं",
  "बस",
  "kirby",
];

describe("Hindi inflection in search keys", () => {
  it.each(MEET)("forms of one word share a key: %s …", (...forms) => {
    const keys = forms.map(key);
    expect(new Set(keys).size, `${forms.join(" / ")} → ${keys.join(" / ")}`).toBe(1);
  });

  it.each(APART)("different words keep different keys: %s ≠ %s", (a, b) => {
    expect(key(a)).not.toBe(key(b));
  });

  it.each(UNCHANGED)("leaves %s as it is", (word) => {
    expect(foldInflection(fold(word))).toBe(fold(word));
  });

  it("makes plural endings singular rather than cutting them to a stem", () => {
    expect(foldInflection("अधिकारियों")).toBe("अधिकारी");
    expect(foldInflection("नेताओं")).toBe("नेता");
    expect(foldInflection(fold("लड़ाइयों"))).toBe(fold("लड़ाई"));
    expect(foldInflection("वस्तुओं")).toBe("वस्तु");
    expect(foldInflection("शेल्स")).toBe("शेल");
  });

  it("is what rows store and what queries ask, so one finds the other", () => {
    const stored = searchText(["सरकारी अधिकारियों ने बैठकों में गोलों की मांग रखी"]);
    const asked = searchQuery("अधिकारी बैठक गोले");
    for (const k of asked?.keys.split(" ") ?? ["(no query)"]) expect(stored).toContain(` ${k} `);
  });
});
