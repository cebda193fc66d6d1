// Changing a published fact check on the desk: a correction or clarification (drafted in the verdict
// form with a public note), a retraction (asked for, then approved by a second editor).
import { defineMessages } from "../define";

export const corrections = defineMessages({
  hi: {
    note: {
      legend: "पाठकों के लिए टिप्पणी",
      CORRECTION: "सुधार: रेटिंग या फ़ैसले का सार बदलता है",
      CLARIFICATION: "स्पष्टीकरण: छोटा सुधार (वर्तनी, शब्द)",
      noteHi: "पाठकों के लिए टिप्पणी (हिंदी): क्या बदला और क्यों",
      noteEn: "पाठकों के लिए टिप्पणी (अंग्रेज़ी, वैकल्पिक)",
    },
    correct: {
      summary: "इस फ़ैसले में सुधार करें",
      hint: "जब तक कोई दूसरा संपादक सुधार को स्वीकृत नहीं करता, पाठक प्रकाशित संस्करण ही देखते रहेंगे; उसके बाद सार्वजनिक पन्ने पर नया संस्करण और आपकी टिप्पणी तारीख़ के साथ दिखेगी।",
      compare: "प्रकाशित फ़ैसले का {kind} ({name} का अनुरोध)। स्वीकृत होने तक पाठक प्रकाशित संस्करण ही देखेंगे।",
      publishedNow: "अभी प्रकाशित",
      proposed: "प्रस्तावित",
      discard: "सुधार का यह मसौदा छोड़ दें",
      badge: "प्रकाशित फ़ैसले का {kind}",
    },
    retract: {
      summary: "यह फ़ैक्ट चेक वापस लें",
      noteHi: "वापस लेने का कारण, पाठकों के लिए (हिंदी)",
      noteEn: "अंग्रेज़ी में (वैकल्पिक)",
      request: "दूसरे संपादक से वापस लेने का अनुरोध करें",
      asks: "{name} यह फ़ैक्ट चेक वापस लेना चाहते हैं:",
      approve: "वापस लेना स्वीकृत करें",
      yours: "यह अनुरोध आपका है: किसी दूसरे संपादक को इसे स्वीकृत करना होगा।",
      decline: "अस्वीकार करें",
      withdraw: "अनुरोध वापस लें",
      retracted: "{when} को वापस लिया गया: सार्वजनिक पन्ने पर यह टिप्पणी के साथ लिखा है।",
      requested: "वापस लेने का अनुरोध",
    },
  },
  en: {
    note: {
      legend: "Public note",
      CORRECTION: "Correction: the rating or substance changes",
      CLARIFICATION: "Clarification: a small fix (typo, wording)",
      noteHi: "Note for readers (Hindi): what changed and why",
      noteEn: "Note for readers (English, optional)",
    },
    correct: {
      summary: "Correct this verdict",
      hint: "Readers keep seeing the published version until another editor approves the correction; then the public page shows the new version and your note, dated.",
      compare:
        "{kind} of the published verdict (asked by {name}). Readers see the published version until this is approved.",
      publishedNow: "Published now",
      proposed: "Proposed",
      discard: "Discard this correction draft",
      badge: "{kind} of the published verdict",
    },
    retract: {
      summary: "Retract this fact check",
      noteHi: "Why it is retracted, for readers (Hindi)",
      noteEn: "In English (optional)",
      request: "Ask a second editor to retract",
      asks: "{name} asks to retract this fact check:",
      approve: "Approve the retraction",
      yours: "You asked for this retraction: another editor must approve it.",
      decline: "Decline",
      withdraw: "Withdraw the request",
      retracted: "Retracted {when}: the public page says so, with the note.",
      requested: "Retraction requested",
    },
  },
});
