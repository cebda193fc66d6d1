// The desk's verdict: the form that drafts it, handing a draft over, what the claim page's verdict
// section says at each step, and the stale drafts list.
import { defineMessages } from "../define";

export const verdicts = defineMessages({
  hi: {
    form: {
      sentBackBy: "समीक्षक ने लौटाया:",
      saved: "सहेजा गया।",
      rating: "रेटिंग",
      chooseRating: "रेटिंग चुनें…",
      summaryHi: "एक पंक्ति का सार (हिंदी)",
      summaryEn: "एक पंक्ति का सार (अंग्रेज़ी, वैकल्पिक)",
      rationale: "पड़ताल: स्रोत क्या दिखाते हैं",
      resubmitNote: "दोबारा भेजते समय समीक्षक के लिए टिप्पणी (वैकल्पिक, समीक्षा की बातचीत में रहेगी)",
      working: "काम जारी है…",
      saveDraft: "मसौदा सहेजें",
      submit: "समीक्षा के लिए भेजें",
    },
    handOver: {
      title: "मसौदा सौंपें",
      hint: "आप जिस संपादक को चुनेंगे, वही इसे बदल सकेगा और समीक्षा के लिए भेज सकेगा। जिन्होंने भी इसे लिखा, वे इसके लेखक बने रहेंगे, इसलिए उनमें से कोई इसकी समीक्षा नहीं कर सकता।",
      to: "किसे सौंपें",
      chooseEditor: "संपादक चुनें…",
      submit: "सौंपें",
      take: "अपने पास लें",
    },
    panel: {
      drafting: "{name} यह फ़ैसला लिख रहे हैं · आख़िरी बार {when} को सहेजा गया।",
      onlyHolder:
        "इसे केवल {name} बदल सकते हैं: उनसे कहें कि वे इसे आपको सौंप दें। जिस मसौदे को न्यूज़रूम का दिन शुरू होने के बाद किसी ने नहीं छुआ, उसे कोई भी संपादक अपने पास ले सकता है।",
      awaitingReview:
        "किसी दूसरे संपादक की समीक्षा का इंतज़ार है। आपने इसे लिखा या बदला है, इसलिए आप इसे स्वीकृत नहीं कर सकते।",
      by: "लेखक: {names}",
      submitted: "समीक्षा के लिए भेजा: {when}",
      reviewedBy: "समीक्षक: {name}",
      published: "प्रकाशित: {when}",
    },
    stale: {
      metaTitle: "पुराने मसौदे",
      title: "पुराने मसौदे",
      intro:
        "फ़ैसलों के वे मसौदे जिन्हें {since} (न्यूज़रूम में आज की शुरुआत) के बाद किसी ने नहीं सहेजा, सबसे पुराने पहले। इन्हें शिफ़्ट पर मौजूद किसी संपादक को सौंपें, या ख़ुद अपने पास लें।",
      empty: "कोई रुका हुआ मसौदा नहीं: हर मसौदे पर आज काम हुआ है।",
      heldBy: "<b>{holder}</b> के पास · आख़िरी बार {toucher} ने छुआ · {when}",
    },
  },
  en: {
    form: {
      sentBackBy: "Sent back by the reviewer:",
      saved: "Saved.",
      rating: "Rating",
      chooseRating: "Choose a rating…",
      summaryHi: "One-line summary (Hindi)",
      summaryEn: "One-line summary (English, optional)",
      rationale: "Rationale: what the sources show",
      resubmitNote:
        "Note to the reviewer on submitting again (optional, kept in the review thread)",
      working: "Working…",
      saveDraft: "Save draft",
      submit: "Submit for review",
    },
    handOver: {
      title: "Hand the draft over",
      hint: "The editor you choose becomes the one who can edit it and send it for review. Everyone who wrote it stays one of its writers, so none of them can review it.",
      to: "Hand to",
      chooseEditor: "Choose an editor…",
      submit: "Hand over",
      take: "Take over",
    },
    panel: {
      drafting: "{name} is drafting this verdict · last saved {when}.",
      onlyHolder:
        "Only {name} can edit it: ask them to hand it to you. A draft untouched since the newsroom day began can be taken over by any editor.",
      awaitingReview:
        "Waiting for another editor to review. You wrote or edited it, so you cannot approve it.",
      by: "by {names}",
      submitted: "submitted {when}",
      reviewedBy: "reviewed by {name}",
      published: "published {when}",
    },
    stale: {
      metaTitle: "Stale drafts",
      title: "Stale drafts",
      intro:
        "Verdict drafts nobody has saved since {since} (the start of today in the newsroom), oldest first. Hand one to an editor on shift, or take it over.",
      empty: "No stranded drafts: every draft was touched today.",
      heldBy: "held by <b>{holder}</b> · last touched by {toucher} · {when}",
    },
  },
});
