// Issue 17 item 4: a selection is widened to whole words where its anchor is computed
// (snapSelection), on the seed articles' own Hindi, so "शेषज्ञों…" can no longer be saved.
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { snapSelection } from "@/lib/anchoring";
import {
  type CaretKey,
  caretFrom,
  caretSpan,
  moveCaret,
  type WordCaret,
} from "@/lib/anchoring/word-caret";
import { sentenceSpans, wordAt, wordSpans } from "@/lib/anchoring/words";
import devClaims from "../fixtures/dev-claims.json";

const seed = (file: string) => fs.readFileSync(`seeds/${file}`, "utf8");
const a003 = seed("003_93327e7be077d1f2.txt");
const snapped = (text: string, start: number, end: number) => {
  const s = snapSelection(text, start, end);
  return s && text.slice(s.start, s.end);
};

describe("snapSelection widens to whole words (seed text)", () => {
  const phrase = "विशेषज्ञों का कहना है";
  const at = a003.indexOf(phrase);

  it("a start mid-word takes the whole first word (the reported 'शेषज्ञों')", () => {
    // The drag began after the cluster "वि": the old cluster snap kept "शेषज्ञों का कहना है".
    expect(snapped(a003, at + 2, at + phrase.length)).toBe(phrase);
  });

  it("an end mid-word takes the whole last word", () => {
    const cut = phrase.indexOf("है") - 3; // inside "कहना"
    expect(snapped(a003, at, at + cut)).toBe("विशेषज्ञों का कहना");
  });

  it("a start on the space before a word does not reach back into the word before", () => {
    expect(snapped(a003, at - 1, at + "विशेषज्ञों".length)).toBe("विशेषज्ञों");
  });

  it("a selection across a logged claim's highlight widens at both ends, outside the highlight", () => {
    const c = devClaims.claims[1]; // "किम जोंग उन की बख्तरबंद ट्रेन में 20 बुलेटप्रूफ गाड़ियां भी हैं"
    const text = seed(c.file);
    // Begins inside "मुताबिक" before the highlight, ends inside "इससे" after it ("…हैं। इससे").
    const before = text.lastIndexOf("मुताबिक", c.start);
    const after = text.indexOf("इससे", c.end);
    const got = snapSelection(text, before + 2, after + 2);
    expect(got).toEqual({ start: before, end: after + "इससे".length });
    expect(text.slice(got!.start, got!.end)).toBe(`मुताबिक ${c.quote}। इससे`);
  });

  it("keeps matras, anusvara, conjuncts and nukta (combining U+093C) inside the word", () => {
    for (const word of ["होंगज़ोंग", "सत्तारूढ़", "क्षेत्रीय", "जुड़"]) {
      const i = a003.indexOf(word);
      expect(i, word).toBeGreaterThanOrEqual(0);
      // From every inner position (each matra, virama and nukta) to the middle of the word.
      for (let k = 1; k < word.length; k++) {
        expect(snapped(a003, i + k, i + k + 1), `${word} @${k}`).toBe(word);
        expect(snapped(a003, i, i + k), `${word} ..${k}`).toBe(word);
      }
    }
    expect(a003).toContain("\u093C"); // the seed spells nukta as a combining mark, not precomposed
    // "जुडे़": nukta after the vowel sign, as seed 000 has it.
    const a000 = seed("000_4cf5c9412929b494.txt");
    const j = a000.indexOf("जुडे़");
    expect(snapped(a000, j + 3, j + 4)).toBe("जुडे़");
  });

  it("drops a trailing danda and a closing quote, and a selection of only spaces", () => {
    const s = "ठोस और स्थिर";
    const i = a003.indexOf(`"${s}"`);
    expect(snapped(a003, i, i + s.length + 2)).toBe(s);
    const end = a003.indexOf("देखता है।") + "देखता है।".length;
    expect(snapped(a003, end - 4, end)).toBe("है");
    expect(snapSelection(a003, at - 1, at)).toBeNull();
  });
});

describe("word and sentence spans (the keyboard caret's steps)", () => {
  it("splits seed Hindi into words at spaces and punctuation, never inside a word", () => {
    const line = a003.split("\n")[23]; // "कुछ विशेषज्ञों का कहना है कि …"
    const words = wordSpans(line).map((w) => line.slice(w.start, w.end));
    expect(words.slice(0, 6)).toEqual(["कुछ", "विशेषज्ञों", "का", "कहना", "है", "कि"]);
    expect(words.join(" ")).toBe(line.replace(/।$/, ""));
    expect(wordAt(line, 3)).toBeNull(); // the space
  });

  it("ends a sentence at the danda", () => {
    const text = "पहला वाक्य है। दूसरा वाक्य है।";
    expect(sentenceSpans(text).map((s) => text.slice(s.start, s.end).trim())).toEqual([
      "पहला वाक्य है।",
      "दूसरा वाक्य है।",
    ]);
  });
});

describe("the keyboard word caret", () => {
  const text = "पहला वाक्य यहां है। दूसरा वाक्य भी है। तीसरा।";
  const words = wordSpans(text);
  const sentences = sentenceSpans(text);
  const say = (c: WordCaret | null) => {
    const s = caretSpan(words, c!);
    return text.slice(s.start, s.end);
  };
  const press = (c: WordCaret | null, key: CaretKey, shift = false) =>
    moveCaret(words, sentences, c, key, shift);

  it("starts on the first word, moves by word, and Shift extends", () => {
    let c = press(null, "ArrowRight");
    expect(say(c)).toBe("पहला");
    c = press(c, "ArrowRight");
    expect(say(c)).toBe("वाक्य");
    c = press(press(c, "ArrowRight", true), "ArrowRight", true);
    expect(say(c)).toBe("वाक्य यहां है");
    c = press(c, "ArrowLeft", true);
    expect(say(c)).toBe("वाक्य यहां");
    expect(say(press(c, "ArrowLeft"))).toBe("वाक्य"); // the caret moves on from its own word
  });

  it("Up/Down move by sentence; Shift+Down takes the rest of the sentence", () => {
    const first = press(null, "ArrowRight");
    const second = press(first, "ArrowDown");
    expect(say(second)).toBe("दूसरा");
    expect(say(press(second, "ArrowDown", true))).toBe("दूसरा वाक्य भी है");
    expect(say(press(press(second, "ArrowRight"), "ArrowUp"))).toBe("दूसरा");
    expect(say(press(second, "ArrowUp"))).toBe("पहला");
    expect(say(press(press(second, "ArrowDown"), "ArrowDown"))).toBe("तीसरा"); // stays on the last
  });

  it("continues from a mouse selection", () => {
    const at = text.indexOf("यहां");
    expect(say(caretFrom(words, at, at + 4))).toBe("यहां");
  });
});
