// The verdict page's pieces (components/verdict-page.tsx and what it is built from: the notice, the
// rating, the sources, the appearances and their attribution chains, the corrections log), shared by
// the readers' page and the desk's publish preview.
import { defineMessages } from "../define";

export const verdict = defineMessages({
  hi: {
    claim: "दावा",
    ratingWithdrawn: "रेटिंग वापस ली गई",
    whyThisRating: "हमारी पड़ताल",
    whoSaidIt: "किसने कहा, कहां छपा",
    sources: "स्रोत",
    credits: "लेखन: <b>{authors}</b> · समीक्षा: <b>{reviewer}</b> · प्रकाशित: {published}",
    updated: " · अद्यतन: {updated}",
    retracted: "वापस लिया गया",
    notice: {
      RETRACTION: "यह फैक्ट चेक वापस ले लिया गया है",
      CORRECTION: "इस फैक्ट चेक में सुधार किया गया है",
      CLARIFICATION: "इस फैक्ट चेक में स्पष्टीकरण जोड़ा गया है",
      whatChanged: "सुधार का ब्योरा",
    },
    source: {
      none: "अभी कोई स्रोत नहीं।",
      published: "प्रकाशित: {date}",
      accessed: "देखा गया: {date}",
      archived: "संग्रहीत प्रति",
    },
    corrections: {
      heading: "सुधार और स्पष्टीकरण",
      ratingChangedFrom: "रेटिंग बदली, पहले:",
      changedTo: "अब:",
    },
    appearance: {
      orphaned: "ये शब्द लेख के संस्करण {version, number} में थे; लेख के मौजूदा पाठ में अब ये नहीं हैं।",
      articleChanged: "यह लेख {date} को बदला गया (संस्करण {revision, number})।",
    },
    chain: {
      label: "श्रेय की कड़ी: {chain}",
      anonymousSource: "अनाम स्रोत",
      cueTitle: "पाठ में आए शब्द",
      outletNotRecorded: "माध्यम दर्ज नहीं",
    },
    misattribution: {
      ownVoice: "यह लेख इसे अपनी ओर से कहता है; सबूत दिखाते हैं कि यह {originator} से आया",
      attributes: "यह लेख इसे {attributed} का बताता है; सबूत दिखाते हैं कि यह {originator} से आया",
      evidence: "सबूत: {title}",
      verifiedOriginator: "असल में किसने कहा:",
    },
    parts: {
      top: "लेख के भाग (ऊपर)",
      bottom: "लेख के भाग (नीचे)",
      previous: "पिछला भाग",
      next: "अगला भाग",
      position: "भाग {n, number} / {count, number}",
    },
    articleText: "लेख का पाठ",
    status: {
      merged: "विलय हुआ",
      withdrawn: "वापस लिया गया",
    },
  },
  en: {
    claim: "Claim",
    ratingWithdrawn: "Rating withdrawn",
    whyThisRating: "Why this rating",
    whoSaidIt: "Who said it and where it appeared",
    sources: "Sources",
    credits: "Written by <b>{authors}</b> · reviewed by <b>{reviewer}</b> · published {published}",
    updated: " · updated {updated}",
    retracted: "Retracted",
    notice: {
      RETRACTION: "This fact check has been retracted",
      CORRECTION: "This fact check has been corrected",
      CLARIFICATION: "A clarification has been added to this fact check",
      whatChanged: "What changed",
    },
    source: {
      none: "No sources yet.",
      published: "published {date}",
      accessed: "accessed {date}",
      archived: "archived copy",
    },
    corrections: {
      heading: "Corrections and clarifications",
      ratingChangedFrom: "Rating changed from",
      changedTo: "changed to",
    },
    appearance: {
      orphaned:
        "These words were in version {version, number} of the article; its current text no longer has them.",
      articleChanged: "This article changed on {date} (version {revision, number}).",
    },
    chain: {
      label: "Attribution chain: {chain}",
      anonymousSource: "anonymous source",
      cueTitle: "Cue words in the text",
      outletNotRecorded: "outlet not recorded",
    },
    misattribution: {
      ownVoice:
        "The article states this in its own voice; the evidence shows it came from {originator}",
      attributes:
        "The article attributes this to {attributed}; the evidence shows it came from {originator}",
      evidence: "evidence: {title}",
      verifiedOriginator: "Verified originator:",
    },
    parts: {
      top: "Article parts (top)",
      bottom: "Article parts (bottom)",
      previous: "Previous part",
      next: "Next part",
      position: "Part {n, number} of {count, number}",
    },
    articleText: "Article text",
    status: {
      merged: "Merged",
      withdrawn: "Withdrawn",
    },
  },
});
