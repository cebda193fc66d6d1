// The columns of an entity the registry shows when offering it instead of a new one: one select,
// shared by the desk's reads and the duplicate check.
export const ENTITY_CARD = {
  id: true,
  slug: true,
  kind: true,
  nameHi: true,
  nameEn: true,
  aliases: true,
  description: true,
  affiliation: { select: { id: true, slug: true, kind: true, nameHi: true, nameEn: true } },
} as const;
