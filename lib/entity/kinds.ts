// The kinds of entity, in the order the picker offers them. A module of its own, without zod, so the
// client components that list them do not pull zod into the browser: zod probes for eval (`new
// Function("")`) the first time an object schema parses there, which the desk's CSP reports.
export const ENTITY_KINDS = ["PERSON", "ORGANISATION", "OUTLET", "GOVERNMENT"] as const;
