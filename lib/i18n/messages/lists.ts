// The desk lists' filter bar and pager (components/desk/list-controls.tsx), shared by every list.
import { defineMessages } from "../define";

export const lists = defineMessages({
  hi: {
    filter: "छाँटें",
    clear: "साफ़ करें",
    any: "कोई भी",
    pages: "पन्ने",
    newer: "← नए",
    older: "पुराने →",
  },
  en: {
    filter: "Filter",
    clear: "Clear",
    any: "Any",
    pages: "Pages",
    newer: "← Newer",
    older: "Older →",
  },
});
