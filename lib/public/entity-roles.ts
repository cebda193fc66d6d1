// The roles an entity plays in published claims, in the order its public page shows them (their
// names are in the catalogue, `public.roles`). No imports: the page's components and the SQL module
// (lib/search/entity-sql.ts) share it.
export const ENTITY_ROLES = ["said", "anonymous", "relayed", "carried", "origin"] as const;
export type EntityRole = (typeof ENTITY_ROLES)[number];
