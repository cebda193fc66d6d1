// The desk's own frame: the header's counts, the error page, and the inbox with its notices. A notice
// is stored as what happened (kind, who, which claim) and worded here when it is read, in the
// reader's language (lib/notification/notify-mutations.ts writes no text).
import { defineMessages } from "../define";

export const desk = defineMessages({
  hi: {
    shell: {
      countCapped: "{count, number}+",
      reviewCountLabel:
        "{count, plural, one {# फ़ैसला समीक्षा का इंतज़ार कर रहा है} other {# फ़ैसले समीक्षा का इंतज़ार कर रहे हैं}}",
      unreadLabel: "{count, plural, one {# अनपढ़ी सूचना} other {# अनपढ़ी सूचनाएँ}}",
    },
    /** A list's pager: newest first ("← नए" / "पुराने →") or oldest first ("← पुराने" / "नए →"). */
    pager: {
      newerBack: "← नए",
      olderNext: "पुराने →",
      olderBack: "← पुराने",
      newerNext: "नए →",
    },
    error: {
      title: "यह पन्ना खुल नहीं सका",
      body: "शायद डेटाबेस अभी जवाब नहीं दे रहा। आपका पहले सहेजा कुछ भी नहीं खोया है। थोड़ी देर बाद फिर कोशिश करें।",
      reference: "संदर्भ: {digest}",
      retry: "फिर कोशिश करें",
    },
    inbox: {
      metaTitle: "इनबॉक्स",
      title: "इनबॉक्स",
      empty: "अभी कोई सूचना नहीं।",
      markAllRead: "सब पढ़ी हुई मानें",
      unread: "अनपढ़ी:",
      notice: {
        READY_FOR_REVIEW: "{actor} ने एक फ़ैसला समीक्षा के लिए भेजा",
        SENT_BACK: "{actor} ने आपका फ़ैसला लौटा दिया",
        PUBLISHED: "{actor} ने फ़ैसला स्वीकृत कर प्रकाशित किया",
        ASSIGNED: "{actor} ने यह दावा आपको सौंपा",
        COMMENT: "{actor} ने समीक्षा की बातचीत में टिप्पणी की",
        HANDED_OVER: "{actor} ने फ़ैसले का मसौदा आपको सौंपा",
      },
    },
  },
  en: {
    shell: {
      countCapped: "{count, number}+",
      reviewCountLabel:
        "{count, plural, one {# verdict waiting for review} other {# verdicts waiting for review}}",
      unreadLabel: "{count, plural, one {# unread notice} other {# unread notices}}",
    },
    pager: {
      newerBack: "← Newer",
      olderNext: "Older →",
      olderBack: "← Older",
      newerNext: "Newer →",
    },
    error: {
      title: "This page could not be loaded",
      body: "The database may not be answering just now. Nothing you saved earlier is lost. Try again in a moment.",
      reference: "Reference: {digest}",
      retry: "Try again",
    },
    inbox: {
      metaTitle: "Inbox",
      title: "Inbox",
      empty: "Nothing yet.",
      markAllRead: "Mark all read",
      unread: "Unread:",
      notice: {
        READY_FOR_REVIEW: "{actor} sent a verdict for review",
        SENT_BACK: "{actor} sent your verdict back",
        PUBLISHED: "{actor} approved and published the verdict",
        ASSIGNED: "{actor} assigned you the claim",
        COMMENT: "{actor} commented in the review thread",
        HANDED_OVER: "{actor} handed you a verdict draft",
      },
    },
  },
});
