// Context around a quote is cut to whole words, so a Devanagari word is never shown from a vowel
// sign or virama (drawn on a dotted circle).
import { describe, expect, it } from "vitest";
import { leadingContext, trailingContext } from "@/lib/text/context";

describe("context around a quote", () => {
  it("drops the partial word at the outer edge of the prefix and the suffix", () => {
    // "मंत्री" cut after its first letter leaves "्री" — a virama with nothing to sit on.
    expect(leadingContext("्री सर्गेई शोइगु ने ")).toBe(" सर्गेई शोइगु ने ");
    expect(trailingContext("। विपक्ष ने इन आंकड़ों पर सवाल उ")).toBe("। विपक्ष ने इन आंकड़ों पर सवाल ");
    expect(leadingContext("ं पुतिन")).toBe(" पुतिन");
  });

  it("keeps nothing rather than a fragment, and folds runs of spaces", () => {
    expect(leadingContext("तर")).toBe("");
    expect(trailingContext("कोरिया")).toBe("");
    expect(leadingContext("x  दो\n\nशब्द ")).toBe(" दो शब्द ");
  });
});
