// The one place the interface names each value of the database's enums (prisma/schema.prisma), in
// both languages. `satisfies` ties every table to its Prisma enum: a value added to the schema does
// not compile until it has a label here. lib/labels.ts, lib/entity/kinds.ts and
// lib/attribution/render.ts read their {hi, en} pairs from here.
import type {
  AttributionRole,
  AttributionVerb,
  ChangeRequestKind,
  ChangeRequestStatus,
  ClaimStatus,
  CorrectionKind,
  EntityKind,
  NotificationKind,
  ReviewCommentKind,
  Role,
  Stance,
  TextRights,
  VerdictStatus,
} from "../../generated/prisma/enums";
import { defineMessages } from "../define";

export const enums = defineMessages({
  hi: {
    ClaimStatus: {
      OPEN: "जांच जारी",
      SENT_BACK: "लौटाया गया",
      IN_REVIEW: "समीक्षा में",
      PUBLISHED: "प्रकाशित",
    } satisfies Record<ClaimStatus, string>,
    VerdictStatus: {
      DRAFT: "मसौदा",
      IN_REVIEW: "समीक्षा में",
      PUBLISHED: "प्रकाशित",
    } satisfies Record<VerdictStatus, string>,
    Stance: {
      SUPPORTS: "पुष्टि करता है",
      CONTRADICTS: "खंडन करता है",
      CONTEXT: "संदर्भ",
    } satisfies Record<Stance, string>,
    CorrectionKind: {
      CORRECTION: "सुधार",
      CLARIFICATION: "स्पष्टीकरण",
      RETRACTION: "वापस लिया गया",
    } satisfies Record<CorrectionKind, string>,
    EntityKind: {
      PERSON: "व्यक्ति",
      ORGANISATION: "संगठन",
      OUTLET: "समाचार माध्यम",
      NEWS_AGENCY: "समाचार एजेंसी",
      GOVERNMENT: "सरकारी निकाय",
    } satisfies Record<EntityKind, string>,
    /** What follows a name in a chain: "पेस्कोव ने कहा". */
    AttributionVerb: {
      SAID: "ने कहा",
      CLAIMED: "ने दावा किया",
      ACCUSED: "ने आरोप लगाया",
      DENIED: "ने खंडन किया",
      REPORTED: "ने बताया",
      RELAYED: "ने आगे बढ़ाया",
      QUOTED: "ने हवाला दिया",
    } satisfies Record<AttributionVerb, string>,
    AttributionRole: {
      SPEAKER: "वक्ता",
      RELAY: "आगे बढ़ाने वाला",
    } satisfies Record<AttributionRole, string>,
    Role: {
      ADMIN: "प्रशासक",
      EDITOR: "संपादक",
    } satisfies Record<Role, string>,
    ReviewCommentKind: {
      SEND_BACK: "लौटाने का कारण",
      COMMENT: "टिप्पणी",
      RESUBMIT_NOTE: "दोबारा भेजने पर टिप्पणी",
    } satisfies Record<ReviewCommentKind, string>,
    NotificationKind: {
      READY_FOR_REVIEW: "समीक्षा के लिए तैयार",
      SENT_BACK: "लौटाया गया",
      PUBLISHED: "प्रकाशित",
      ASSIGNED: "आपको सौंपा गया",
      COMMENT: "टिप्पणी",
      HANDED_OVER: "मसौदा आपको सौंपा गया",
    } satisfies Record<NotificationKind, string>,
    TextRights: {
      OWN: "हमारा अपना लेख",
      LICENSED: "लाइसेंस प्राप्त",
      OTHER: "दूसरे संस्थान का लेख",
    } satisfies Record<TextRights, string>,
    /** What readers will then see of the article. */
    TextRightsReaders: {
      OWN: "पाठक पूरा लेख पढ़ेंगे",
      LICENSED: "पाठक पूरा लेख पढ़ेंगे",
      OTHER: "पाठक केवल दावे, उनके आसपास के शब्द और मूल लेख का लिंक देखेंगे",
    } satisfies Record<TextRights, string>,
    ChangeRequestKind: {
      ENTITY_UPDATE: "नाम में बदलाव",
      ENTITY_MERGE: "नामों का विलय",
      ARTICLE_UPDATE: "लेख में बदलाव",
      MENTION_REATTACH: "ज़िक्र को फिर जोड़ना",
      MENTION_RETIRE: "ज़िक्र हटाना",
    } satisfies Record<ChangeRequestKind, string>,
    ChangeRequestStatus: {
      PENDING: "मंज़ूरी बाकी",
      APPROVED: "मंज़ूर",
      REJECTED: "नामंज़ूर",
    } satisfies Record<ChangeRequestStatus, string>,
  },
  en: {
    ClaimStatus: {
      OPEN: "Open",
      SENT_BACK: "Sent back",
      IN_REVIEW: "In review",
      PUBLISHED: "Published",
    },
    VerdictStatus: {
      DRAFT: "Draft",
      IN_REVIEW: "In review",
      PUBLISHED: "Published",
    },
    Stance: {
      SUPPORTS: "supports",
      CONTRADICTS: "contradicts",
      CONTEXT: "context",
    },
    CorrectionKind: {
      CORRECTION: "Correction",
      CLARIFICATION: "Clarification",
      RETRACTION: "Retraction",
    },
    EntityKind: {
      PERSON: "Person",
      ORGANISATION: "Organisation",
      OUTLET: "Outlet",
      NEWS_AGENCY: "News agency",
      GOVERNMENT: "Government body",
    },
    AttributionVerb: {
      SAID: "said",
      CLAIMED: "claimed",
      ACCUSED: "accused",
      DENIED: "denied",
      REPORTED: "reported",
      RELAYED: "relayed",
      QUOTED: "quoted",
    },
    AttributionRole: {
      SPEAKER: "Speaker",
      RELAY: "Relay",
    },
    Role: {
      ADMIN: "Admin",
      EDITOR: "Editor",
    },
    ReviewCommentKind: {
      SEND_BACK: "Reason for sending back",
      COMMENT: "Comment",
      RESUBMIT_NOTE: "Note on resubmitting",
    },
    NotificationKind: {
      READY_FOR_REVIEW: "Ready for review",
      SENT_BACK: "Sent back",
      PUBLISHED: "Published",
      ASSIGNED: "Assigned to you",
      COMMENT: "Comment",
      HANDED_OVER: "Draft handed to you",
    },
    TextRights: {
      OWN: "Our own article",
      LICENSED: "Licensed",
      OTHER: "Another outlet's article",
    },
    TextRightsReaders: {
      OWN: "Readers see the full text",
      LICENSED: "Readers see the full text",
      OTHER: "Readers see the claims in context and a link to the original",
    },
    ChangeRequestKind: {
      ENTITY_UPDATE: "Entity edit",
      ENTITY_MERGE: "Entity merge",
      ARTICLE_UPDATE: "Article edit",
      MENTION_REATTACH: "Re-attach an appearance",
      MENTION_RETIRE: "Retire an appearance",
    },
    ChangeRequestStatus: {
      PENDING: "Awaiting approval",
      APPROVED: "Approved",
      REJECTED: "Rejected",
    },
  },
});
