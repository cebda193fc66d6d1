// What a new Pramaan shows on first start: the four seed articles, the people and outlets they name,
// the default rating scale, and (in the embedded database only) demo accounts and one published verdict.
import type { EntityKind } from "../lib/generated/prisma/enums";

export const DEFAULT_SCALE_ID = "scale_default";

// Worst to best. "Unverifiable" sits off the scale (value null): it is a finding, not a degree of truth.
export const DEFAULT_RATINGS = [
  { id: "rating_false", labelHi: "असत्य", labelEn: "False", value: 1, colour: "#b91c1c" },
  { id: "rating_misleading", labelHi: "भ्रामक", labelEn: "Misleading", value: 2, colour: "#c2410c" },
  { id: "rating_half_true", labelHi: "आधा सच", labelEn: "Half true", value: 3, colour: "#a16207" },
  {
    id: "rating_mostly_true",
    labelHi: "अधिकांशतः सत्य",
    labelEn: "Mostly true",
    value: 4,
    colour: "#4d7c0f",
  },
  { id: "rating_true", labelHi: "सत्य", labelEn: "True", value: 5, colour: "#15803d" },
  {
    id: "rating_unverifiable",
    labelHi: "अप्रमाणित",
    labelEn: "Unverifiable",
    value: null,
    colour: "#475569",
  },
];

export const ENTITIES: {
  id: string;
  slug: string;
  kind: EntityKind;
  nameHi: string;
  nameEn: string;
  aliases: string[];
  description?: string;
  url?: string;
  affiliationId?: string;
}[] = [
  {
    id: "ent_bbc",
    slug: "bbc",
    kind: "OUTLET",
    nameHi: "बीबीसी",
    nameEn: "BBC",
    aliases: ["BBC News"],
    description: "British public broadcaster; its Hindi service is BBC News हिन्दी",
    url: "https://www.bbc.com/hindi",
  },
  {
    id: "ent_nyt",
    slug: "new-york-times",
    kind: "OUTLET",
    nameHi: "न्यूयॉर्क टाइम्स",
    nameEn: "The New York Times",
    aliases: ["New York Times", "NYT", "न्यू यॉर्क टाइम्स"],
    description: "US daily newspaper",
    url: "https://www.nytimes.com",
  },
  {
    id: "ent_nknews",
    slug: "nk-news",
    kind: "OUTLET",
    nameHi: "एनके न्यूज",
    nameEn: "NK News",
    aliases: ["NK न्यूज"],
    description: "Seoul-based news site that covers North Korea",
    url: "https://www.nknews.org",
  },
  {
    id: "ent_tass",
    slug: "tass",
    kind: "NEWS_AGENCY",
    nameHi: "टास",
    nameEn: "TASS",
    aliases: ["तास"],
    description: "Russian state news agency",
    url: "https://tass.com",
  },
  {
    id: "ent_aljazeera",
    slug: "al-jazeera",
    kind: "OUTLET",
    nameHi: "अल जजीरा",
    nameEn: "Al Jazeera",
    aliases: ["अल जज़ीरा"],
    description: "Qatar-based news network",
    url: "https://www.aljazeera.com",
  },
  {
    id: "ent_kcna",
    slug: "kcna",
    kind: "NEWS_AGENCY",
    nameHi: "कोरियन सेंट्रल न्यूज एजेंसी",
    nameEn: "Korean Central News Agency",
    aliases: ["KCNA", "केसीएनए"],
    description: "North Korea's state news agency",
  },
  {
    id: "ent_jagran",
    slug: "jagran",
    kind: "OUTLET",
    nameHi: "जागरण",
    nameEn: "Jagran",
    aliases: ["दैनिक जागरण", "Dainik Jagran"],
    description: "Hindi daily newspaper (Dainik Jagran)",
    url: "https://www.jagran.com",
  },
  {
    id: "ent_kim",
    slug: "kim-jong-un",
    kind: "PERSON",
    nameHi: "किम जोंग उन",
    nameEn: "Kim Jong Un",
    aliases: ["किम जोंग", "किम जोंग-उन", "Kim Jong-un"],
    description: "Leader of North Korea",
    affiliationId: "ent_nk_gov",
  },
  {
    id: "ent_putin",
    slug: "vladimir-putin",
    kind: "PERSON",
    nameHi: "व्लादिमीर पुतिन",
    nameEn: "Vladimir Putin",
    aliases: ["पुतिन", "Putin"],
    description: "President of Russia",
    affiliationId: "ent_ru_gov",
  },
  {
    id: "ent_peskov",
    slug: "dmitry-peskov",
    kind: "PERSON",
    nameHi: "दिमित्री पेस्कोव",
    nameEn: "Dmitry Peskov",
    aliases: ["डिमिट्री पेस्कोव", "पेस्कोव"],
    description: "Kremlin spokesman",
    affiliationId: "ent_ru_gov",
  },
  {
    id: "ent_kirby",
    slug: "john-kirby",
    kind: "PERSON",
    nameHi: "जॉन किर्बी",
    nameEn: "John Kirby",
    aliases: ["किर्बी"],
    description: "Spokesman of the US National Security Council",
    affiliationId: "ent_us_gov",
  },
  {
    id: "ent_shoigu",
    slug: "sergei-shoigu",
    kind: "PERSON",
    nameHi: "सर्गेई शोइगु",
    nameEn: "Sergei Shoigu",
    aliases: ["सर्गेई शोइगू", "शोइगु"],
    description: "Russia's defence minister (2012–2024)",
    affiliationId: "ent_ru_mod",
  },
  {
    id: "ent_ru_mfa",
    slug: "russian-ministry-of-foreign-affairs",
    kind: "GOVERNMENT",
    nameHi: "रूसी विदेश मंत्रालय",
    nameEn: "Russian Ministry of Foreign Affairs",
    aliases: ["Russian foreign ministry"],
    description: "Russia's foreign ministry",
    affiliationId: "ent_ru_gov",
  },
  {
    id: "ent_us_dod",
    slug: "us-department-of-defense",
    kind: "GOVERNMENT",
    nameHi: "अमेरिकी रक्षा मंत्रालय",
    nameEn: "US Department of Defense",
    aliases: ["अमेरिका के रक्षा मंत्रालय", "पेंटागन", "Pentagon"],
    description: "The Pentagon",
    affiliationId: "ent_us_gov",
  },
  {
    id: "ent_us_gov",
    slug: "us-government",
    kind: "GOVERNMENT",
    nameHi: "अमेरिकी सरकार",
    nameEn: "US government",
    // How Hindi copy names the US government as a speaker: "अमेरिका का दावा है", "बिडेन प्रशासन ने … आरोप लगाया".
    aliases: ["अमेरिका", "बिडेन प्रशासन", "United States", "Biden administration"],
    description: "The US federal government (the White House and its departments)",
  },
  {
    id: "ent_ru_mod",
    slug: "russian-ministry-of-defence",
    kind: "GOVERNMENT",
    nameHi: "रूसी रक्षा मंत्रालय",
    nameEn: "Russian Ministry of Defence",
    aliases: ["रूस के रक्षा मंत्रालय", "Russian defence ministry"],
    description: "Russia's defence ministry",
    affiliationId: "ent_ru_gov",
  },
  {
    id: "ent_ru_gov",
    slug: "russian-government",
    kind: "GOVERNMENT",
    nameHi: "रूसी सरकार",
    nameEn: "Russian government",
    aliases: ["Government of Russia"],
    description: "The Russian federal government (the Kremlin and its ministries)",
  },
  {
    id: "ent_nk_gov",
    slug: "north-korean-government",
    kind: "GOVERNMENT",
    nameHi: "उत्तर कोरियाई सरकार",
    nameEn: "North Korean government",
    aliases: ["Government of North Korea"],
    description: "The government of North Korea (DPRK)",
  },
];

// Outlets that articles.json names, by its "outlet" field.
export const OUTLET_IDS: Record<string, string> = { Jagran: "ent_jagran" };

export const DEMO_PASSWORD = "pramaan-demo";
export const DEMO_USERS = [
  { id: "user_asha", email: "asha@pramaan.test", name: "Asha Verma", role: "EDITOR" as const },
  { id: "user_ravi", email: "ravi@pramaan.test", name: "Ravi Kumar", role: "EDITOR" as const },
  { id: "user_admin", email: "admin@pramaan.test", name: "Pramaan Admin", role: "ADMIN" as const },
];

// One finished fact-check so the public side is not empty on first start.
export const DEMO_CLAIM = {
  id: "claim_demo_grain",
  slug: "russia-2017-grain-world-record-demo",
  articleFile: "000_4cf5c9412929b494.txt",
  quote: "रूस 2017 में दुनिया में सबसे ज्यादा अनाज उगाने का रिकॉर्ड बना चुका है",
  textHi: "रूस ने 2017 में दुनिया में सबसे ज्यादा अनाज उगाने का रिकॉर्ड बनाया।",
  textEn: "In 2017 Russia set the record for growing the most grain in the world.",
  topic: "grain",
  source: {
    id: "src_demo_faostat",
    url: "https://www.fao.org/faostat/en/#data/QCL",
    title: "FAOSTAT: Crops and livestock products",
    publisher: "Food and Agriculture Organization of the United Nations",
    note: "Cereal production by country and year: in 2017 China, the United States and India each harvested more cereals than Russia.",
  },
  verdict: {
    ratingId: "rating_misleading",
    summaryHi:
      "2017 में रूस की अनाज फसल उसके अपने इतिहास में रिकॉर्ड थी, पर दुनिया में सबसे ज्यादा अनाज चीन, अमेरिका और भारत उगाते हैं।",
    summaryEn:
      "Russia's 2017 harvest was a record for Russia, not the world's largest: China, the US and India grow more grain.",
    rationale:
      "(डेमो / demo) लेख कहता है कि रूस 2017 में दुनिया में सबसे ज्यादा अनाज उगाने का रिकॉर्ड बना चुका है। FAO के आंकड़ों के अनुसार 2017 में चीन, अमेरिका और भारत — तीनों ने रूस से अधिक अनाज पैदा किया। 2017 की फसल रूस के लिए रिकॉर्ड थी; दुनिया का रिकॉर्ड नहीं। इसलिए दावा भ्रामक है।",
  },
};
