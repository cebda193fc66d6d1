// The roles an entity plays in published claims, in the order its public page shows them, with their
// bilingual names. No imports: the page's components and the SQL module
// (lib/search/entity-sql.ts) share it.
export const ENTITY_ROLES = ["said", "anonymous", "relayed", "carried", "origin"] as const;
export type EntityRole = (typeof ENTITY_ROLES)[number];

export const ROLE_LABELS: Record<EntityRole, { hi: string; en: string }> = {
  said: { hi: "इन्होंने कहा", en: "Said" },
  anonymous: { hi: "इनके अनाम सूत्रों ने कहा", en: "Said by its anonymous sources" },
  relayed: { hi: "आगे पहुंचाया", en: "Relayed" },
  carried: { hi: "इनके लेखों में छपा", en: "Carried in its articles" },
  origin: { hi: "जांच में असल स्रोत", en: "Verified origin" },
};
