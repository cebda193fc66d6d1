// A claim's sources on the desk: adding one (with the source library's record), editing what it
// shows, correcting the library's record, removing it.
import { defineMessages } from "../define";

export const evidence = defineMessages({
  hi: {
    add: {
      title: "स्रोत जोड़ें",
      url: "पता (URL)",
      titleLabel: "शीर्षक",
      publisher: "प्रकाशक",
      publishedOn: "प्रकाशन की तारीख",
      accessedOn: "देखने की तारीख (न भरें तो आज)",
      archiveUrl: "संग्रहीत प्रति (URL, वैकल्पिक)",
      quote: "स्रोत से सटीक उद्धरण (वैकल्पिक)",
      note: "टिप्पणी (वैकल्पिक)",
      choose: "चुनें…",
      adding: "जोड़ा जा रहा है…",
      submit: "स्रोत जोड़ें",
      prefilled: "यह पता स्रोत संग्रह में है: आपने जो खाने खाली छोड़े थे, वे उसके ब्योरे से भर दिए गए हैं।",
    },
    stance: {
      label: "यह दावे के बारे में क्या दिखाता है",
      supports: "पुष्टि करता है",
      contradicts: "खंडन करता है",
      context: "संदर्भ देता है",
    },
    library: {
      says: "इस पते के लिए स्रोत संग्रह का रिकॉर्ड कहता है:",
      library: "संग्रह",
      typed: "आपने लिखा",
      cite: "संग्रह का रिकॉर्ड उद्धृत करें",
      update: "संग्रह का रिकॉर्ड मेरे ब्योरे से सुधारें",
      hint: "रिकॉर्ड सुधारने से वह हर उस दावे के लिए बदल जाता है जो इसे उद्धृत करता है, और उनके इतिहास में आपके नाम के साथ दर्ज होता है।",
    },
    field: {
      title: "शीर्षक",
      publisher: "प्रकाशक",
      authors: "लेखक",
      publishedAt: "प्रकाशन की तारीख",
      archiveUrl: "संग्रहीत प्रति (URL)",
      lang: "भाषा",
    },
    controls: {
      edit: "बदलें",
      remove: "हटाएँ",
      removeConfirm: "यह स्रोत दावे से हटाएँ? स्रोत संग्रह दूसरे दावों के लिए इसका रिकॉर्ड रखता है।",
      yesRemove: "हाँ, हटाएँ",
      quote: "स्रोत से सटीक उद्धरण",
      note: "टिप्पणी",
      correctLegend: "स्रोत संग्रह का रिकॉर्ड सुधारें",
      correctHint:
        "यह रिकॉर्ड साझा है: सुधार आपके नाम के साथ हर उस दावे के इतिहास में दिखता है जो इसे उद्धृत करता है, और जब तक समीक्षा में या प्रकाशित कोई दावा इसे उद्धृत करता है, सुधार स्वीकार नहीं होता।",
      correctOpen: "स्रोत के हवाले का ब्योरा सुधारें (संग्रह का रिकॉर्ड)…",
      save: "बदलाव सहेजें",
    },
  },
  en: {
    add: {
      title: "Add a source",
      url: "Address (URL)",
      titleLabel: "Title",
      publisher: "Publisher",
      publishedOn: "Published on",
      accessedOn: "Accessed on (default: today)",
      archiveUrl: "Archived copy (URL, optional)",
      quote: "Pinpoint quote from the source (optional)",
      note: "Note (optional)",
      choose: "Choose…",
      adding: "Adding…",
      submit: "Add source",
      prefilled:
        "This address is in the source library: its details fill the fields you left empty.",
    },
    stance: {
      label: "What it shows about the claim",
      supports: "Supports it",
      contradicts: "Contradicts it",
      context: "Gives context",
    },
    library: {
      says: "The source library's record for this address says:",
      library: "Library",
      typed: "You typed",
      cite: "Cite the library's record",
      update: "Correct the library's record to mine",
      hint: "Correcting the record changes it for every claim that cites it, and is recorded in their history with your name.",
    },
    field: {
      title: "Title",
      publisher: "Publisher",
      authors: "Authors",
      publishedAt: "Published on",
      archiveUrl: "Archived copy (URL)",
      lang: "Language",
    },
    controls: {
      edit: "Edit",
      remove: "Remove",
      removeConfirm:
        "Remove this source from the claim? The library keeps its record for other claims.",
      yesRemove: "Yes, remove it",
      quote: "Pinpoint quote from the source",
      note: "Note",
      correctLegend: "Correct the source library's record",
      correctHint:
        "The record is shared: the correction shows in the history of every claim that cites it, with your name, and is refused while a claim in review or published cites it.",
      correctOpen: "Correct the source's citation details (library record)…",
      save: "Save changes",
    },
  },
});
