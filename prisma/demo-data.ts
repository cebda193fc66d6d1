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
  kind: EntityKind;
  nameHi: string;
  nameEn: string;
  aliases: string[];
}[] = [
  { id: "ent_bbc", kind: "OUTLET", nameHi: "बीबीसी", nameEn: "BBC", aliases: ["BBC News"] },
  {
    id: "ent_nyt",
    kind: "OUTLET",
    nameHi: "न्यूयॉर्क टाइम्स",
    nameEn: "The New York Times",
    aliases: ["New York Times", "NYT", "न्यू यॉर्क टाइम्स"],
  },
  { id: "ent_nknews", kind: "OUTLET", nameHi: "एनके न्यूज", nameEn: "NK News", aliases: ["NK न्यूज"] },
  { id: "ent_tass", kind: "OUTLET", nameHi: "टास", nameEn: "TASS", aliases: ["तास"] },
  {
    id: "ent_aljazeera",
    kind: "OUTLET",
    nameHi: "अल जजीरा",
    nameEn: "Al Jazeera",
    aliases: ["अल जज़ीरा"],
  },
  {
    id: "ent_kcna",
    kind: "OUTLET",
    nameHi: "कोरियन सेंट्रल न्यूज एजेंसी",
    nameEn: "Korean Central News Agency",
    aliases: ["KCNA", "केसीएनए"],
  },
  {
    id: "ent_jagran",
    kind: "OUTLET",
    nameHi: "जागरण",
    nameEn: "Jagran",
    aliases: ["दैनिक जागरण", "Dainik Jagran"],
  },
  {
    id: "ent_kim",
    kind: "PERSON",
    nameHi: "किम जोंग उन",
    nameEn: "Kim Jong Un",
    aliases: ["किम जोंग", "किम जोंग-उन", "Kim Jong-un"],
  },
  {
    id: "ent_putin",
    kind: "PERSON",
    nameHi: "व्लादिमीर पुतिन",
    nameEn: "Vladimir Putin",
    aliases: ["पुतिन", "Putin"],
  },
  {
    id: "ent_peskov",
    kind: "PERSON",
    nameHi: "दिमित्री पेस्कोव",
    nameEn: "Dmitry Peskov",
    aliases: ["डिमिट्री पेस्कोव", "पेस्कोव"],
  },
  {
    id: "ent_kirby",
    kind: "PERSON",
    nameHi: "जॉन किर्बी",
    nameEn: "John Kirby",
    aliases: ["किर्बी"],
  },
  {
    id: "ent_shoigu",
    kind: "PERSON",
    nameHi: "सर्गेई शोइगु",
    nameEn: "Sergei Shoigu",
    aliases: ["सर्गेई शोइगू", "शोइगु"],
  },
  {
    id: "ent_ru_mfa",
    kind: "GOVERNMENT",
    nameHi: "रूसी विदेश मंत्रालय",
    nameEn: "Russian Ministry of Foreign Affairs",
    aliases: ["Russian foreign ministry"],
  },
  {
    id: "ent_us_dod",
    kind: "GOVERNMENT",
    nameHi: "अमेरिकी रक्षा मंत्रालय",
    nameEn: "US Department of Defense",
    aliases: ["अमेरिका के रक्षा मंत्रालय", "पेंटागन", "Pentagon"],
  },
  {
    id: "ent_us_gov",
    kind: "GOVERNMENT",
    nameHi: "अमेरिकी सरकार",
    nameEn: "US government",
    // How Hindi copy names the US government as a speaker: "अमेरिका का दावा है", "बिडेन प्रशासन ने … आरोप लगाया".
    aliases: ["अमेरिका", "बिडेन प्रशासन", "United States", "Biden administration"],
  },
  {
    id: "ent_ru_mod",
    kind: "GOVERNMENT",
    nameHi: "रूसी रक्षा मंत्रालय",
    nameEn: "Russian Ministry of Defence",
    aliases: ["रूस के रक्षा मंत्रालय", "Russian defence ministry"],
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
