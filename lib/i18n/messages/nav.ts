// The menus: readers' site and the desk.
import { defineMessages } from "../define";

export const nav = defineMessages({
  hi: {
    public: {
      factChecks: "फैक्ट चेक",
      entities: "नाम",
      corrections: "सुधार",
      search: "खोज",
      editors: "संपादक",
    },
    desk: {
      articles: "लेख",
      claims: "दावे",
      reviewQueue: "समीक्षा कतार",
      staleDrafts: "पुराने मसौदे",
      inbox: "इनबॉक्स",
      entities: "नाम",
      orphans: "अनाथ ज़िक्र",
      changes: "बदलाव",
      reports: "रिपोर्ट",
      publicSite: "पाठकों की साइट",
      signOut: "साइन आउट",
      search: "डेस्क में खोजें",
    },
  },
  en: {
    public: {
      factChecks: "Fact checks",
      entities: "Entities",
      corrections: "Corrections",
      search: "Search",
      editors: "Editors",
    },
    desk: {
      articles: "Articles",
      claims: "Claims",
      reviewQueue: "Review queue",
      staleDrafts: "Stale drafts",
      inbox: "Inbox",
      entities: "Entities",
      orphans: "Orphans",
      changes: "Changes",
      reports: "Reports",
      publicSite: "Readers' site",
      signOut: "Sign out",
      search: "Search the desk",
    },
  },
});
