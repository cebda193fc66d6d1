// The fixed words for each audit action ("sent the verdict back"): the fallback lib/history/describe
// uses for actions it has no richer sentence for. Keyed by the AuditAction union with `satisfies`, so
// an action added to lib/audit-actions.ts does not compile until it has words in both languages.
// Each is what follows the editor's name: in Hindi the name takes "ने" ("आशा ने दावा दर्ज किया").
// Pure.
import { type AuditAction, isAuditAction } from "./audit-actions";

type Words = { hi: string; en: string };

const WORDS = {
  "claim.create": { en: "logged the claim", hi: "दावा दर्ज किया" },
  "claim.update": { en: "edited the claim's wording", hi: "दावे के शब्द बदले" },
  "claim.publish": { en: "published the claim", hi: "दावा प्रकाशित किया" },
  "mention.create": { en: "added an appearance", hi: "दावे का एक और ज़िक्र जोड़ा" },
  "mention.delete": { en: "removed an appearance", hi: "दावे का एक ज़िक्र हटाया" },
  "mention.reselect": {
    en: "re-selected an appearance's words",
    hi: "ज़िक्र के शब्द फिर से चुने",
  },
  "mention.attribution": {
    en: "edited an appearance's attribution",
    hi: "ज़िक्र में किसने कहा, यह बदला",
  },
  "mention.reattach": {
    en: "re-attached an appearance to the new text",
    hi: "ज़िक्र को लेख के नए पाठ से फिर जोड़ा",
  },
  "mention.retire": {
    en: "retired an appearance the new text no longer has",
    hi: "वह ज़िक्र हटाया जो लेख के नए पाठ में नहीं है",
  },
  "evidence.create": { en: "added a source", hi: "एक स्रोत जोड़ा" },
  "evidence.update": { en: "edited what a source shows", hi: "स्रोत क्या दिखाता है, यह बदला" },
  "evidence.delete": { en: "removed a source", hi: "एक स्रोत हटाया" },
  "claim.withdraw": { en: "withdrew the claim", hi: "दावा वापस लिया" },
  "claim.restore": { en: "restored the withdrawn claim", hi: "वापस लिया गया दावा फिर बहाल किया" },
  "claim.merge": { en: "merged this claim into another", hi: "यह दावा दूसरे दावे में मिलाया" },
  "claim.merge-in": {
    en: "merged a duplicate claim into this one",
    hi: "एक दोहराया गया दावा इसमें मिलाया",
  },
  "claim.assign": { en: "assigned the claim", hi: "दावा किसी संपादक को सौंपा" },
  "claim.unassign": { en: "cleared the claim's assignee", hi: "दावे से संपादक का नाम हटाया" },
  "source.create": { en: "added a source to the library", hi: "स्रोत संग्रह में एक स्रोत जोड़ा" },
  "source.update": {
    en: "corrected a source's library record",
    hi: "स्रोत संग्रह में स्रोत का ब्योरा सुधारा",
  },
  "verdict.create": { en: "started the verdict", hi: "निष्कर्ष लिखना शुरू किया" },
  "verdict.update": { en: "edited the verdict", hi: "निष्कर्ष में बदलाव किया" },
  "verdict.submit": { en: "sent the verdict for review", hi: "निष्कर्ष समीक्षा के लिए भेजा" },
  "verdict.send-back": { en: "sent the verdict back", hi: "निष्कर्ष वापस भेजा" },
  "verdict.publish": {
    en: "approved and published the verdict",
    hi: "निष्कर्ष को मंज़ूरी देकर प्रकाशित किया",
  },
  "verdict.hand-over": {
    en: "handed the draft verdict to another editor",
    hi: "निष्कर्ष का मसौदा दूसरे संपादक को सौंपा",
  },
  "review.send-back": {
    en: "wrote why the verdict was sent back",
    hi: "लिखा कि निष्कर्ष वापस क्यों भेजा गया",
  },
  "review.comment": { en: "commented in the review thread", hi: "समीक्षा की चर्चा में टिप्पणी की" },
  "review.resubmit-note": {
    en: "wrote a note on submitting again",
    hi: "दोबारा भेजते समय एक टिप्पणी लिखी",
  },
  "correction.create": {
    en: "asked for a correction, clarification or retraction",
    hi: "सुधार, स्पष्टीकरण या वापसी का अनुरोध किया",
  },
  "correction.update": { en: "edited the correction note", hi: "सुधार की टिप्पणी बदली" },
  "correction.publish": { en: "approved the correction", hi: "सुधार को मंज़ूरी दी" },
  "correction.withdraw": { en: "withdrew the retraction request", hi: "वापसी का अनुरोध वापस लिया" },
  "correction.decline": { en: "declined the retraction request", hi: "वापसी का अनुरोध ठुकराया" },
  "claim.retract": { en: "retracted the fact check", hi: "फ़ैक्ट चेक वापस लिया" },
  "correction.discard": { en: "discarded a correction draft", hi: "सुधार का मसौदा रद्द किया" },
  "verdict.discard": { en: "discarded a draft verdict", hi: "निष्कर्ष का मसौदा रद्द किया" },
  "change.propose": {
    en: "proposed a change to a published fact check",
    hi: "प्रकाशित फ़ैक्ट चेक में एक बदलाव का प्रस्ताव रखा",
  },
  "change.approve": {
    en: "approved a change to a published fact check",
    hi: "प्रकाशित फ़ैक्ट चेक में बदलाव को मंज़ूरी दी",
  },
  "change.reject": {
    en: "turned down a change to a published fact check",
    hi: "प्रकाशित फ़ैक्ट चेक में बदलाव का प्रस्ताव ठुकराया",
  },
  "entity.create": { en: "added a name to the registry", hi: "नाम-सूची में एक नाम जोड़ा" },
  "entity.update": { en: "edited the registry entry", hi: "नाम-सूची की प्रविष्टि बदली" },
  "entity.merge": { en: "merged this entity into another", hi: "यह नाम दूसरे नाम में मिलाया" },
  "entity.merge-in": {
    en: "merged a duplicate entity into this one",
    hi: "एक दोहराया गया नाम इसमें मिलाया",
  },
  "article.import": { en: "imported the article", hi: "लेख आयात किया" },
  "article.update": { en: "edited the article's details", hi: "लेख का ब्योरा बदला" },
  "article.revise": {
    en: "imported a new version of the article",
    hi: "लेख का नया संस्करण आयात किया",
  },
  "article.text-rights": {
    en: "changed whose text the article is (what readers may read of it)",
    hi: "बदला कि लेख का पाठ किसका है (पाठक उसमें से क्या पढ़ सकते हैं)",
  },
  "article.furniture.confirm": {
    en: "confirmed the page furniture",
    hi: "पन्ने की सजावटी पंक्तियों की पुष्टि की",
  },
  "article.furniture.mark": {
    en: "marked lines as page furniture",
    hi: "पंक्तियों को पन्ने की सजावट चिह्नित किया",
  },
  "article.furniture.unmark": {
    en: "un-marked page furniture",
    hi: "पन्ने की सजावट का चिह्न हटाया",
  },
  "suggestion.dismiss": {
    en: "dismissed a spotter suggestion",
    hi: "एक सुझाया गया दावा खारिज किया",
  },
  "suggestion.restore": {
    en: "restored a dismissed suggestion",
    hi: "खारिज किया गया सुझाव फिर बहाल किया",
  },
  "user.create": { en: "created an editor's account", hi: "एक संपादक का खाता बनाया" },
  "user.password": {
    en: "set a new password for the account",
    hi: "खाते का नया पासवर्ड रखा",
  },
  "user.disable": { en: "disabled the account", hi: "खाता बंद किया" },
  "user.enable": { en: "enabled the account again", hi: "खाता फिर चालू किया" },
  "seed.demo-claim": { en: "created the demo fact check", hi: "नमूने का फ़ैक्ट चेक बनाया" },
} satisfies Record<AuditAction, Words>;

/** An action's fixed words; an old row's action the code no longer writes prints as stored. */
export const describeAction = (action: string, lang: keyof Words = "en"): string =>
  isAuditAction(action) ? WORDS[action][lang] : action;
