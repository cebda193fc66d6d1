// The one place for the wording of messages that reach a desk form: Hindi first, English alongside,
// naming the field and saying what to do. Plain data and pure functions with no server imports, so
// the gate (lib/action.ts), the forms and the unit tests all read the same words.
//
// zod's own defaults ("Invalid input: expected string, received undefined", "Too small: …") are
// written for programmers; `formIssueMessage` replaces every one of them (it is passed as the parse's
// error map, which outranks zod's locale but not a message a schema sets itself). Messages schemas set
// themselves are English sentences that already say what to do; `bilingual` puts their Hindi in front
// from the catalogue below, like a gettext catalogue keyed by the English text. A unit test runs every
// schema with empty and broken input and fails if any message that comes out has no Hindi.
import type { z } from "zod";

type Words = { hi: string; en: string };

/** What a session that has run out answers; the form shows it with a sign-in link beside it. */
export const SIGNED_OUT_MESSAGE =
  "आपका सत्र समाप्त हो गया है — आपका लिखा यहीं सुरक्षित है। फिर से साइन इन करें, फिर दोबारा सहेजें। · Your session has ended; your text is still here. Sign in again, then save again.";

/** A report download refused for the same reason (the words "signed out" are what a test looks for). */
export const SIGNED_OUT_DOWNLOAD_MESSAGE =
  "आप साइन आउट हो गए हैं — फिर से साइन इन करें, फिर डाउनलोड करें। · You are signed out. Sign in again, then download.";

// Field names as the forms label them. A key not listed here is named "this field" (the unit test
// fails on that for every form schema, so a new field gets its name here).
const FIELDS: Record<string, Words> = {
  text: { hi: "पाठ", en: "Text" },
  textHi: { hi: "दावा (हिंदी)", en: "Claim (Hindi)" },
  textEn: { hi: "दावा (अंग्रेज़ी)", en: "Claim (English)" },
  topic: { hi: "विषय", en: "Topic" },
  title: { hi: "शीर्षक", en: "Title" },
  body: { hi: "लेख का पाठ", en: "Article text" },
  url: { hi: "वेब पता", en: "Web address" },
  archiveUrl: { hi: "संग्रहित प्रति का पता", en: "Archived copy address" },
  lang: { hi: "भाषा", en: "Language" },
  outlet: { hi: "प्रकाशक", en: "Outlet" },
  outletId: { hi: "प्रकाशक", en: "Outlet" },
  publisher: { hi: "प्रकाशक", en: "Publisher" },
  publishedAt: { hi: "प्रकाशन तिथि", en: "Publication date" },
  published: { hi: "प्रकाशन तिथि", en: "Publication date" },
  accessedAt: { hi: "देखने की तिथि", en: "Date accessed" },
  authors: { hi: "लेखक", en: "Authors" },
  family: { hi: "उपनाम", en: "Family name" },
  given: { hi: "पहला नाम", en: "Given name" },
  literal: { hi: "पूरा नाम", en: "Full name" },
  speaker: { hi: "वक्ता", en: "Speaker" },
  party: { hi: "वक्ता", en: "Speaker" },
  type: { hi: "वक्ता का प्रकार", en: "Kind of speaker" },
  anonymousAs: { hi: "अनाम स्रोत का वर्णन", en: "Unnamed source" },
  affiliationId: { hi: "अनाम स्रोत की संस्था", en: "Unnamed source's organisation" },
  entityId: { hi: "नाम", en: "Name" },
  verb: { hi: "क्रिया", en: "What they did" },
  cue: { hi: "संकेत शब्द", en: "Cue words" },
  relays: { hi: "कड़ियाँ", en: "Relays" },
  speakerAs: { hi: "वक्ता किस रूप में", en: "Speaker as" },
  quote: { hi: "चुने गए शब्द", en: "Selected words" },
  start: { hi: "चुने गए शब्द", en: "Selected words" },
  end: { hi: "चुने गए शब्द", en: "Selected words" },
  ratingId: { hi: "रेटिंग", en: "Rating" },
  rating: { hi: "रेटिंग", en: "Rating" },
  summaryHi: { hi: "सारांश (हिंदी)", en: "Summary (Hindi)" },
  summaryEn: { hi: "सारांश (अंग्रेज़ी)", en: "Summary (English)" },
  rationale: { hi: "तर्क", en: "Rationale" },
  originatorId: { hi: "असली स्रोत", en: "Real originator" },
  originatorNote: { hi: "असली स्रोत पर टिप्पणी", en: "Note on the real originator" },
  originatorEvidenceId: { hi: "असली स्रोत का प्रमाण", en: "Evidence of the real originator" },
  misattributedMentionIds: { hi: "ग़लत श्रेय वाले उल्लेख", en: "Misattributed appearances" },
  stance: { hi: "स्रोत क्या दिखाता है", en: "What the source shows" },
  citation: { hi: "उद्धरण", en: "Citation" },
  description: { hi: "विवरण", en: "Description" },
  note: { hi: "टिप्पणी", en: "Note" },
  noteHi: { hi: "सार्वजनिक टिप्पणी (हिंदी)", en: "Public note (Hindi)" },
  noteEn: { hi: "सार्वजनिक टिप्पणी (अंग्रेज़ी)", en: "Public note (English)" },
  kind: { hi: "प्रकार", en: "Kind" },
  kinds: { hi: "प्रकार", en: "Kinds" },
  reason: { hi: "कारण", en: "Reason" },
  comment: { hi: "टिप्पणी", en: "Comment" },
  message: { hi: "संदेश", en: "Message" },
  nameHi: { hi: "नाम (हिंदी)", en: "Name (Hindi)" },
  nameEn: { hi: "नाम (अंग्रेज़ी)", en: "Name (English)" },
  aliases: { hi: "दूसरी वर्तनियाँ", en: "Other spellings" },
  assigneeId: { hi: "किसे सौंपें", en: "Assignee" },
  toUserId: { hi: "किसे सौंपें", en: "Hand over to" },
  typed: { hi: "लिखा गया नाम", en: "Typed name" },
  libraryChoice: { hi: "स्रोत सूची से चुनाव", en: "Choice from the source library" },
  evidenceId: { hi: "स्रोत", en: "Source" },
  claimId: { hi: "दावा", en: "Claim" },
  existingClaimId: { hi: "पहले से दर्ज दावा", en: "Logged claim" },
  articleId: { hi: "लेख", en: "Article" },
  verdictId: { hi: "फ़ैसला", en: "Verdict" },
  into: { hi: "किसमें मिलाएं", en: "Merge into" },
  intoId: { hi: "किसमें मिलाएं", en: "Merge into" },
  survivorId: { hi: "बचने वाला नाम", en: "Name that stays" },
  loserId: { hi: "हटने वाला नाम", en: "Name that goes" },
  with: { hi: "किससे मिलाएं", en: "Merge with" },
  via: { hi: "किसके ज़रिए", en: "Via" },
  email: { hi: "ई-मेल", en: "E-mail" },
  password: { hi: "पासवर्ड", en: "Password" },
  name: { hi: "नाम", en: "Name" },
  q: { hi: "खोज", en: "Search" },
  entity: { hi: "नाम", en: "Name" },
  claim: { hi: "दावा", en: "Claim" },
  article: { hi: "लेख", en: "Article" },
  on: { hi: "कौन-सी तिथि", en: "Which date" },
  from: { hi: "शुरू की तिथि", en: "From date" },
  to: { hi: "अंतिम तिथि", en: "To date" },
};

const THIS_FIELD: Words = { hi: "यह खाना", en: "This field" };

// What the page sends without the editor typing it: versions read, confirmations, ids of the record
// in hand, upload bookkeeping. Wrong there means the page is stale or was tampered with.
const PAGE_STATE =
  /^(version|revision|op|items|file|line|id|mentionId|correctionId|requestId|articleIds|seenAt|notADuplicateOf)$|Version$|^confirm/;

/** The label for a key: itself, or what a picker's typed text or an id belongs to ("outletTyped"). */
function labelOf(key: string): Words | undefined {
  for (const k of [key, key.replace(/Typed$/, ""), `${key.replace(/Typed$/, "")}Id`])
    if (Object.hasOwn(FIELDS, k)) return FIELDS[k];
  return undefined;
}

/** The field an issue is about, by the last named key of its path ("relays.1.entityId" → relay 2's name). */
export function fieldName(path: readonly PropertyKey[] = []): Words {
  const keys = path.filter((k): k is string => typeof k === "string");
  const named = keys.map(labelOf).findLast((w) => w !== undefined) ?? THIS_FIELD;
  const index = path.find((k): k is number => typeof k === "number");
  // In a list (relays, authors) the row number tells the editor which of several identical fields.
  return index === undefined
    ? named
    : { hi: `${named.hi} (पंक्ति ${index + 1})`, en: `${named.en} (row ${index + 1})` };
}

/** Said when what is wrong is the page itself (stale, incomplete or altered), not what was typed. */
const STALE_PAGE_MESSAGE =
  "यह पेज पुराना है या अधूरा पहुँचा — पेज फिर से लोड करें (अपना लिखा पहले कॉपी कर लें), फिर दोबारा सहेजें। · This page is out of date or arrived incomplete: copy your text, reload the page, then save again.";

const isPageState = (path: readonly PropertyKey[] = []) => {
  const keys = path.filter((k): k is string => typeof k === "string");
  return keys.length === 0 || keys.some((k) => PAGE_STATE.test(k));
};

const say = (field: Words, hi: string, en: string) => `“${field.hi}”: ${hi} · ${field.en}: ${en}`;

/** A message about the field at `path`, Hindi first: for refinements that know what to ask. */
export const fieldSays = (path: readonly PropertyKey[] | undefined, hi: string, en: string) =>
  say(fieldName(path), hi, en);

const unit = (origin: unknown): Words =>
  origin === "array" || origin === "set"
    ? { hi: "चीज़ें", en: "items" }
    : origin === "number" || origin === "int" || origin === "bigint"
      ? { hi: "", en: "" }
      : { hi: "अक्षर", en: "characters" };

/** The message for an id that is not one: it came from a list, so the fix is to choose again. */
export const idMessage = (path?: readonly PropertyKey[]) =>
  isPageState(path)
    ? STALE_PAGE_MESSAGE
    : say(
        fieldName(path),
        "सूची से फिर से चुनें (यह पहचान मान्य नहीं है)",
        "choose it again from the list (the choice did not come through)",
      );

/**
 * The error map for every parse whose messages reach a form: a message for each of zod's issue
 * codes that names the field and says what to do.
 */
export function formIssueMessage(issue: z.core.$ZodRawIssue): string {
  if (isPageState(issue.path)) return STALE_PAGE_MESSAGE;
  const field = fieldName(issue.path);
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined || issue.input === null || issue.input === ""
        ? say(field, "भरना ज़रूरी है", "this is required — fill it in")
        : say(field, "यह मान सही नहीं है, फिर से भरें", "this value is not right — fill it in again");
    case "too_small": {
      const n = Number(issue.minimum);
      const u = unit(issue.origin);
      if (issue.origin === "string" && n <= 1)
        return say(field, "भरना ज़रूरी है", "this is required — fill it in");
      if (issue.origin === "number" || issue.origin === "int")
        return say(field, `कम से कम ${n} लिखें`, `give ${n} or more`);
      return say(field, `कम से कम ${n} ${u.hi} लिखें`, `write at least ${n} ${u.en}`);
    }
    case "too_big": {
      const n = Number(issue.maximum);
      const u = unit(issue.origin);
      if (issue.origin === "number" || issue.origin === "int")
        return say(field, `${n} से ज़्यादा नहीं`, `give ${n} or less`);
      return say(
        field,
        `ज़्यादा से ज़्यादा ${n} ${u.hi} — छोटा करें`,
        `shorten it to at most ${n} ${u.en}`,
      );
    }
    case "invalid_format":
      if (issue.format === "url")
        return say(field, "पूरा वेब पता लिखें (https://…)", "give a full web address (https://…)");
      if (issue.format === "email")
        return say(field, "पूरा ई-मेल पता लिखें", "give a full e-mail address (name@example.com)");
      if (issue.format === "datetime" || issue.format === "date")
        return say(field, "तिथि 2023-09-13 जैसे लिखें", "give a date like 2023-09-13");
      return say(
        field,
        "यह रूप मान्य नहीं है, फिर से भरें",
        "this is not in a form we accept — fill it in again",
      );
    case "invalid_value":
    case "invalid_union":
      return say(field, "दिए गए विकल्पों में से एक चुनें", "choose one of the options offered");
    case "unrecognized_keys":
      return say(field, "पेज पुराना है — पेज फिर से लोड करें", "this page is out of date — reload it");
    default:
      return say(field, "यह मान सही नहीं है, फिर से भरें", "this value is not right — fill it in again");
  }
}

// Hindi for the messages schemas set themselves (keyed by their English, which stays beside it).
// A message missing here shows in English only, and the unit test over every schema fails on it.
const CATALOGUE: Record<string, string> = {
  "Write the claim as a checkable statement (at least 8 characters)":
    "दावे को जांचने लायक कथन के रूप में लिखें (कम से कम 8 अक्षर)",
  "At most 6 relays": "ज़्यादा से ज़्यादा 6 कड़ियाँ — कोई कड़ी हटाएं",
  "Already in this chain: remove the repeat": "यह इस कड़ी में पहले से है — दोहराव हटाएं",
  "Select the words of the claim again": "दावे के शब्द फिर से चुनें",
  "Say why the claim is withdrawn": "बताएं कि दावा क्यों वापस लिया जा रहा है",
  "Write the public note in Hindi: what changed and why (at least 10 characters)":
    "हिंदी में सार्वजनिक टिप्पणी लिखें: क्या बदला और क्यों (कम से कम 10 अक्षर)",
  "Choose correction or clarification": "सुधार या स्पष्टीकरण चुनें",
  "At most 30 other spellings": "ज़्यादा से ज़्यादा 30 दूसरी वर्तनियाँ — कुछ हटाएं",
  "Give a Hindi or an English name": "हिंदी या अंग्रेज़ी नाम लिखें",
  "Say why these are the same (at least 10 characters)": "बताएं कि ये एक ही क्यों हैं (कम से कम 10 अक्षर)",
  "Use a date like 2023-09-13": "तिथि 2023-09-13 जैसे लिखें",
  "Use a date like 2023-09-13 (or 2023-09-13T10:26:00+05:30)":
    "तिथि 2023-09-13 जैसे लिखें (या 2023-09-13T10:26:00+05:30)",
  "Give the source's title": "स्रोत का शीर्षक लिखें",
  "Say what this source shows about the claim": "बताएं कि यह स्रोत दावे के बारे में क्या दिखाता है",
  "Select the new words again": "नए शब्द फिर से चुनें",
  "Select the words again": "शब्द फिर से चुनें",
  "Write a comment": "टिप्पणी लिखें",
  "Not a passage of the article": "यह लेख का अंश नहीं है — शब्द फिर से चुनें",
  "Keep the summary to one line (280 characters)": "सारांश एक पंक्ति में रखें (280 अक्षर)",
  "Choose the source that shows where it really came from":
    "वह स्रोत चुनें जो दिखाता है कि बात असल में कहाँ से आई",
  "Say who it really came from, or clear the source": "बताएं कि बात असल में किसकी है, या स्रोत हटाएं",
  "Say who it really came from, or clear the note": "बताएं कि बात असल में किसकी है, या टिप्पणी हटाएं",
  "An appearance can be marked as misattributed only once you say who it really came from":
    "उल्लेख को ग़लत श्रेय वाला तभी चिह्नित करें जब बताएं कि बात असल में किसकी है",
  "Choose a rating": "रेटिंग चुनें",
  "Write a one-line summary in Hindi (at least 10 characters)":
    "हिंदी में एक पंक्ति का सारांश लिखें (कम से कम 10 अक्षर)",
  "Explain the rating: what the sources show (at least 40 characters)":
    "रेटिंग समझाएं: स्रोत क्या दिखाते हैं (कम से कम 40 अक्षर)",
  "Tell the author what to change": "लेखक को बताएं कि क्या बदलना है",
  "The text contains a broken character (a lone surrogate)":
    "लेख के पाठ में एक टूटा अक्षर है — पाठ दोबारा पेस्ट करें",
  "The text contains a control character": "लेख के पाठ में एक नियंत्रण अक्षर है — उसे हटाएं",
  "The article has no text": "लेख में कोई पाठ नहीं है — लेख का पाठ पेस्ट करें",
  "At most 2,000,000 characters": "लेख ज़्यादा से ज़्यादा 20,00,000 अक्षर का हो सकता है",
  "A language code such as hi or en": "भाषा का कोड लिखें, जैसे hi या en",
  "Only http(s) links": "केवल http:// या https:// वाले पते",
  "A web address starting with http:// or https://": "http:// या https:// से शुरू होने वाला वेब पता लिखें",
  "Paste the full address of the source, starting with https://":
    "स्रोत का पूरा पता पेस्ट करें, https:// से शुरू होने वाला",
  "A full address, starting with https://": "https:// से शुरू होने वाला पूरा पता लिखें",
  "Authors must be a list": "लेखकों की सूची दें",
  "Choose a date.": "तिथि चुनें।",
  "The start date is after the end date.": "शुरू की तिथि अंतिम तिथि के बाद है — तिथियाँ ठीक करें।",
  "Use YYYY-MM-DD.": "तिथि YYYY-MM-DD रूप में लिखें।",
  "Not a date.": "यह कोई तिथि नहीं है — सही तिथि लिखें।",
};

const hasHindi = (s: string) => /\p{Script=Devanagari}/u.test(s);

/** A message with its Hindi in front: as it is when it already has Hindi, else from the catalogue. */
export function bilingual(message: string): string {
  if (hasHindi(message)) return message;
  const hi = CATALOGUE[message];
  return hi ? `${hi} · ${message}` : message;
}
