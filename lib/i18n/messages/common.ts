// Words every screen uses: the language switch, the site's name, generic buttons and states.
import { defineMessages } from "../define";

export const common = defineMessages({
  hi: {
    siteName: "प्रमाण",
    siteNameLatin: "PRAMAAN",
    tagline: "हिंदी समाचारों के दावों की जांच, हर फ़ैसले के पीछे के प्रमाण के साथ।",
    footer: "प्रमाण — हर फ़ैसला प्रकाशित होने से पहले दूसरे संपादक की समीक्षा से गुज़रता है।",
    language: {
      label: "भाषा",
      switchTo: "English",
      switchToLabel: "Read in English",
    },
    none: "—",
    save: "सहेजें",
    saving: "सहेजा जा रहा है…",
    cancel: "रद्द करें",
    close: "बंद करें",
    next: "अगला",
    previous: "पिछला",
    more: "और देखें",
    loading: "लोड हो रहा है…",
    skipToContent: "सीधे मुख्य सामग्री पर जाएँ",
    and: "और",
  },
  en: {
    siteName: "Pramaan",
    siteNameLatin: "PRAMAAN",
    tagline: "Fact checks of claims in Hindi news, with the evidence behind each verdict.",
    footer: "Pramaan — every verdict is reviewed by a second editor before it is published.",
    language: {
      label: "Language",
      switchTo: "हिंदी",
      switchToLabel: "हिंदी में पढ़ें",
    },
    none: "—",
    save: "Save",
    saving: "Saving…",
    cancel: "Cancel",
    close: "Close",
    next: "Next",
    previous: "Previous",
    more: "Show more",
    loading: "Loading…",
    skipToContent: "Skip to main content",
    and: "and",
  },
});
