// The date field's words (components/ui/date-field.tsx): its three parts and why a day is refused.
import { defineMessages } from "../define";

export const dateField = defineMessages({
  hi: {
    day: "दिन",
    month: "महीना",
    year: "वर्ष",
    noMonth: "महीना चुनें",
    clear: "तारीख़ हटाएँ",
    errors: {
      incomplete: "दिन, महीना और वर्ष तीनों भरें, या तीनों ख़ाली छोड़ें।",
      badDay: "दिन 1 से 31 के बीच की संख्या होनी चाहिए।",
      badYear: "वर्ष चार अंकों में लिखें, जैसे 2026।",
      noSuchDay: "{month} {year} में {day} तारीख़ नहीं होती।",
    },
  },
  en: {
    day: "Day",
    month: "Month",
    year: "Year",
    noMonth: "Choose a month",
    clear: "Clear the date",
    errors: {
      incomplete: "Fill in the day, month and year, or leave all three empty.",
      badDay: "The day must be a number from 1 to 31.",
      badYear: "Write the year in four digits, e.g. 2026.",
      noSuchDay: "{month} {year} has no day {day}.",
    },
  },
});
