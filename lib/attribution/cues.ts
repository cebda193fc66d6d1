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
