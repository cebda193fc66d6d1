// The verb a chain link's cue words suggest: the desk fills the verb in as an editor types the cue,
// and the spotter passes it with its prefill. Pure: no framework, unit-tested.
import type { AttributionVerbName } from "../entity/kinds";
import { fold } from "../text/fold";

type Role = "SPEAKER" | "RELAY";

// Checked in order: "के हवाले से बताया" is a quote (not a report), "का दावा है" a claim.
const CUES: {
  words: string[];
  verb: AttributionVerbName | ((role: Role) => AttributionVerbName);
}[] = [
  {
    // "NK न्यूज ने X के हवाले से बताया": NK News quoted X; X itself (the speaker) said it.
    words: ["के हवाले से", "हवाले", "quoting", "citing", "quoted"],
    verb: (role) => (role === "RELAY" ? "QUOTED" : "SAID"),
  },
  { words: ["आरोप", "accus", "alleg"], verb: "ACCUSED" },
  { words: ["खंडन", "इनकार", "इंकार", "denied", "deni", "deny", "rejected"], verb: "DENIED" },
  { words: ["दावा", "claim"], verb: "CLAIMED" },
  {
    // "BBC के मुताबिक" is BBC reporting when BBC relays; "अमेरिका के मुताबिक" is America saying it.
    words: ["के मुताबिक", "मुताबिक", "के अनुसार", "अनुसार", "ने बताया", "बताया", "according to"],
    verb: (role) => (role === "RELAY" ? "REPORTED" : "SAID"),
  },
  { words: ["रिपोर्ट", "report"], verb: "REPORTED" },
  { words: ["ने कहा", "कहा", "said", "says", "told", "stated"], verb: "SAID" },
];

/** The verb the cue words suggest for a link in this role, or undefined when they suggest none. */
export function guessVerb(
  cue: string | null | undefined,
  role: Role,
): AttributionVerbName | undefined {
  const text = fold(cue ?? "").trim();
  if (!text) return undefined;
  for (const c of CUES)
    if (c.words.some((w) => text.includes(fold(w))))
      return typeof c.verb === "function" ? c.verb(role) : c.verb;
  return undefined;
}

// The cue phrases a spotter prefill looks for, longest first so "के हवाले से" wins over "हवाले".
const PHRASES = [
  "के हवाले से",
  "के मुताबिक",
  "के अनुसार",
  "का दावा है",
  "ने दावा किया",
  "ने आरोप लगाया",
  "ने खंडन किया",
  "ने इनकार किया",
  "ने कहा",
  "ने बताया",
  "का कहना है",
];

/**
 * The first attribution cue in the sentence around a quote ("BBC के मुताबिक …" → "के मुताबिक"), as
 * the text spells it: what the log page prefills for a spotter suggestion's speaker. The sentence
 * runs from the danda or line break before `start` to the one after `end`.
 */
export function cueAround(body: string, start: number, end: number): string | undefined {
  const stops = /[।\n]/gu;
  let from = 0;
  for (const m of body.slice(0, start).matchAll(stops)) from = m.index + 1;
  const after = body.slice(end).search(stops);
  const sentence = body.slice(from, after < 0 ? body.length : end + after);
  let best: { at: number; phrase: string } | undefined;
  for (const phrase of PHRASES) {
    const at = sentence.indexOf(phrase);
    if (at >= 0 && (!best || at < best.at)) best = { at, phrase };
  }
  return best?.phrase;
}

// The spotter's role word for an unnamed person of a body ("रूसी विदेश मंत्रालय के अधिकारी") as an
// anonymous source's descriptor: one person unless the word is plural. The editor can reword it.
const DESCRIPTOR_OF_ROLE: Record<string, string> = {
  अधिकारी: "एक अधिकारी",
  अधिकारियों: "कुछ अधिकारी",
  प्रवक्ता: "एक प्रवक्ता",
  सूत्र: "एक सूत्र",
  सूत्रों: "सूत्रों",
};

/** How an anonymous source proposed from the spotter's role word is first written. */
export const anonymousDescriptor = (role: string): string => DESCRIPTOR_OF_ROLE[role] ?? role;
