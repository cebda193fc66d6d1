// Signing in: the sign-in page, its form and errors, and signing in again inside a page whose
// session ran out (components/desk/sign-in-again.tsx).
import { defineMessages } from "../define";

export const signin = defineMessages({
  hi: {
    metaTitle: "संपादक साइन इन",
    title: "संपादक साइन इन करें",
    email: "ई-मेल",
    password: "पासवर्ड",
    submit: "साइन इन करें",
    submitting: "साइन इन हो रहा है…",
    errors: {
      wrong: "यह ई-मेल और पासवर्ड किसी संपादक खाते से मेल नहीं खाते।",
      throttledSeconds:
        "इस खाते से यहाँ से बहुत बार साइन इन की कोशिश हुई। {count, number} सेकंड बाद फिर कोशिश करें।",
      throttledMinutes:
        "इस खाते से यहाँ से बहुत बार साइन इन की कोशिश हुई। {count, number} मिनट बाद फिर कोशिश करें।",
      throttledSoon: "इस खाते से यहाँ से बहुत बार साइन इन की कोशिश हुई। कुछ मिनट बाद फिर कोशिश करें।",
      busy: "सर्वर अभी दूसरे साइन इन जांच रहा है। कुछ सेकंड बाद फिर कोशिश करें।",
      disabled: "यह खाता बंद है। इसे चालू करने के लिए किसी प्रशासक से कहें।",
      server: "हमारी ओर से कुछ गड़बड़ हुई। थोड़ी देर बाद फिर कोशिश करें।",
    },
    again: {
      link: "फिर से साइन इन करें",
      title: "फिर से साइन इन करें",
      hint: "यह पन्ना और आपका लिखा खुला रहेगा।",
      done: "फिर से साइन इन हो गया — अब दोबारा सहेजें।",
    },
  },
  en: {
    metaTitle: "Editors sign in",
    title: "Editors sign in",
    email: "E-mail",
    password: "Password",
    submit: "Sign in",
    submitting: "Signing in…",
    errors: {
      wrong: "That e-mail and password do not match an editor account.",
      throttledSeconds:
        "Too many sign-in attempts for this account from here. Try again in {count, plural, one {# second} other {# seconds}}.",
      throttledMinutes:
        "Too many sign-in attempts for this account from here. Try again in {count, plural, one {# minute} other {# minutes}}.",
      throttledSoon:
        "Too many sign-in attempts for this account from here. Try again in a few minutes.",
      busy: "The server is busy checking other sign-ins. Try again in a few seconds.",
      disabled: "This account is disabled. Ask an admin to enable it.",
      server: "Something went wrong on our side. Try again in a moment.",
    },
    again: {
      link: "Sign in again",
      title: "Sign in again",
      hint: "This page and your text stay open.",
      done: "Signed in again — now save again.",
    },
  },
});
