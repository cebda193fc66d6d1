// Public entity pages and the v1 entities API: who said, relayed or carried which published claims.
// Readers only ever see published, non-withdrawn claims: every query joins them
// (lib/search/entity-sql.ts).
// Each read is a fixed number of statements however many claims an entity has (a test counts them).
import "server-only";
import { db } from "../db";
import { likeEscape } from "../entity/names";
import type { PrismaClient } from "../generated/prisma/client";
import type { EntityKind } from "../generated/prisma/enums";
import { encodeCursor, pageStart } from "../paging";
import { cappedRoleCounts, entityRolesSql, hasPublishedClaims } from "../search/entity-sql";
import { fold } from "../text/fold";
import { ENTITY_ROLES, type EntityRole } from "./entity-roles";

const ENTITY_PAGE_SIZE = 20;
const MEMBERS_MAX = 50;
const MERGE_DEPTH_MAX = 20;

type Client = Pick<PrismaClient, "$queryRawUnsafe">;

/** Postgres' JSON has timestamps without a zone; Prisma stores them as UTC. */
const utc = (s: string | null) => (s ? new Date(s.endsWith("Z") ? s : `${s}Z`) : null);

interface EntityName {
  slug: string;
  nameHi: string | null;
  nameEn: string | null;
}

interface TallyRating {
  id: string;
  labelHi: string;
  labelEn: string;
  colour: string;
  sortOrder: number;
}

/** Published verdicts' ratings per role: `ratings` in scale order, `rows[].counts` by rating id. */
export interface EntityTally {
  ratings: TallyRating[];
  rows: { role: EntityRole; counts: Record<string, number>; total: number }[];
}

interface EntityClaimItem {
  id: string;
  slug: string;
  textHi: string;
  textEn: string | null;
  at: Date;
  retractedAt: Date | null;
  rating: { labelHi: string; labelEn: string; colour: string };
  /** Set when the verdict found the words came from someone else (the verified originator). */
  misattributedTo: { originator: EntityName | null } | null;
}

export interface EntityRoleList {
  role: EntityRole;
  total: number;
  items: EntityClaimItem[];
  /** Cursor of the next page of this role (`?role=…&after=…`), if there is one. */
  next: string | null;
  /** True when this list starts after a cursor (a "first page" link is due). */
  paged: boolean;
}

export interface PublicEntity {
  id: string;
  slug: string;
  kind: EntityKind;
  nameHi: string | null;
  nameEn: string | null;
  aliases: string[];
  description: string | null;
  /** The entity's own link, http(s) only (anything else is dropped, never linked). */
  url: string | null;
  /** The organisation it belongs to; `hasPage` when that has published claims of its own. */
  affiliation: (EntityName & { kind: EntityKind; hasPage: boolean }) | null;
  /** People and bodies that belong to it and have published claims. */
  members: (EntityName & { kind: EntityKind })[];
  tally: EntityTally;
  roles: EntityRoleList[];
}

export type PublicEntityResult = PublicEntity | { redirect: string } | null;

const httpOnly = (url: string | null) => {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.toString() : null;
  } catch {
    return null;
  }
};

/** The role and cursor of a paged role list (`?role=said&after=…`); anything malformed is ignored. */
function parseRolePage(role: string | undefined, after: string | undefined) {
  if (!role || !(ENTITY_ROLES as readonly string[]).includes(role)) return null;
  const start = pageStart({ after }, "date");
  return "after" in start ? { role: role as EntityRole, after: start.after } : null;
}

/**
 * An entity's public page: null for an unknown slug or one with no published claims (404); a merged
 * entity's slug answers `{ redirect }` with the survivor's slug (the merge chain followed to its end).
 */
export async function publicEntity(
  slug: string,
  page: { role?: string; after?: string } = {},
  client: Client = db(),
): Promise<PublicEntityResult> {
  // 1. The slug, followed through merges to the entity that answers for it.
  const chain = await client.$queryRawUnsafe<
    { id: string; slug: string; depth: number; mergedIntoId: string | null }[]
  >(
    `WITH RECURSIVE chain AS (
      SELECT e.id, e.slug, e."mergedIntoId", 0 AS depth FROM "Entity" e WHERE e.slug = $1
      UNION ALL
      SELECT n.id, n.slug, n."mergedIntoId", c.depth + 1
      FROM "Entity" n JOIN chain c ON n.id = c."mergedIntoId" WHERE c.depth < ${MERGE_DEPTH_MAX}
    ) SELECT id, slug, depth, "mergedIntoId" FROM chain ORDER BY depth DESC LIMIT 1`,
    slug,
  );
  const end = chain[0];
  if (!end || end.mergedIntoId) return null; // unknown, or a chain too long to be real
  if (end.depth > 0) return { redirect: end.slug };

  // 2. Its claims by role, with the tally (one statement, lib/search/entity-sql.ts).
  const paged = parseRolePage(page.role, page.after);
  const [roles] = await client.$queryRawUnsafe<
    { tally: TallyRow[]; totals: { role: EntityRole; n: number }[]; items: ItemRow[] }[]
  >(
    entityRolesSql(ENTITY_PAGE_SIZE),
    end.id,
    paged?.role ?? null,
    paged ? paged.after.key : null,
    paged ? paged.after.id : null,
  );
  if (roles.totals.length === 0) return null; // no published claims: no public page

  // 3. The entity itself, its affiliation and the members that have pages.
  const [entity] = await client.$queryRawUnsafe<EntityRow[]>(
    `SELECT e.id, e.slug, e.kind::text AS kind, e."nameHi", e."nameEn", e.aliases, e.description,
      e.url,
      (SELECT json_build_object('slug', a.slug, 'nameHi', a."nameHi", 'nameEn', a."nameEn",
          'kind', a.kind, 'hasPage', ${hasPublishedClaims("a")})
        FROM "Entity" a WHERE a.id = e."affiliationId") AS affiliation,
      (SELECT coalesce(json_agg(m ORDER BY m.sort, m.slug), '[]') FROM (
        SELECT mm.slug, mm."nameHi", mm."nameEn", mm.kind,
          lower(coalesce(mm."nameEn", mm."nameHi", mm.slug)) AS sort
        FROM "Entity" mm
        WHERE mm."affiliationId" = e.id AND mm."mergedIntoId" IS NULL AND ${hasPublishedClaims("mm")}
        ORDER BY sort, mm.slug LIMIT ${MEMBERS_MAX}) m) AS members
    FROM "Entity" e WHERE e.id = $1`,
    end.id,
  );
  return {
    id: entity.id,
    slug: entity.slug,
    kind: entity.kind,
    nameHi: entity.nameHi,
    nameEn: entity.nameEn,
    aliases: entity.aliases,
    description: entity.description,
    url: httpOnly(entity.url),
    affiliation: entity.affiliation,
    members: entity.members.map(({ slug, nameHi, nameEn, kind }) => ({
      slug,
      nameHi,
      nameEn,
      kind,
    })),
    tally: toTally(roles.tally),
    roles: toRoleLists(roles.totals, roles.items, paged?.role ?? null),
  };
}

interface TallyRow extends TallyRating {
  role: EntityRole;
  n: number;
}
interface ItemRow {
  role: EntityRole;
  id: string;
  slug: string;
  textHi: string;
  textEn: string | null;
  at: string;
  retractedAt: string | null;
  misattributed: boolean;
  labelHi: string;
  labelEn: string;
  colour: string;
  originatorSlug: string | null;
  originatorHi: string | null;
  originatorEn: string | null;
}
/** The entity itself as its statement returns it: the page without the claims. */
type EntityRow = Omit<PublicEntity, "tally" | "roles">;

function toTally(rows: TallyRow[]): EntityTally {
  const ratings = new Map<string, TallyRating>();
  for (const r of rows)
    ratings.set(r.id, {
      id: r.id,
      labelHi: r.labelHi,
      labelEn: r.labelEn,
      colour: r.colour,
      sortOrder: r.sortOrder,
    });
  const byRole = ENTITY_ROLES.map((role) => {
    const counts: Record<string, number> = {};
    for (const r of rows) if (r.role === role) counts[r.id] = r.n;
    return { role, counts, total: Object.values(counts).reduce((a, b) => a + b, 0) };
  }).filter((r) => r.total > 0);
  return {
    ratings: [...ratings.values()].sort((a, b) => a.sortOrder - b.sortOrder),
    rows: byRole,
  };
}

function toRoleLists(
  totals: { role: EntityRole; n: number }[],
  rows: ItemRow[],
  pagedRole: EntityRole | null,
): EntityRoleList[] {
  return ENTITY_ROLES.flatMap((role) => {
    const total = totals.find((t) => t.role === role)?.n ?? 0;
    if (total === 0) return [];
    const mine = rows.filter((r) => r.role === role);
    const items = mine.slice(0, ENTITY_PAGE_SIZE).map(
      (r): EntityClaimItem => ({
        id: r.id,
        slug: r.slug,
        textHi: r.textHi,
        textEn: r.textEn,
        at: utc(r.at) ?? new Date(0),
        retractedAt: utc(r.retractedAt),
        rating: { labelHi: r.labelHi, labelEn: r.labelEn, colour: r.colour },
        misattributedTo: r.misattributed
          ? {
              originator: r.originatorSlug
                ? { slug: r.originatorSlug, nameHi: r.originatorHi, nameEn: r.originatorEn }
                : null,
            }
          : null,
      }),
    );
    const last = items.at(-1);
    return [
      {
        role,
        total,
        items,
        next: mine.length > ENTITY_PAGE_SIZE && last ? encodeCursor(last.at, last.id) : null,
        paged: pagedRole === role,
      },
    ];
  });
}

export interface EntityIndexItem extends EntityName {
  id: string;
  kind: EntityKind;
  description: string | null;
  counts: Record<EntityRole, number> & { total: number };
}

/**
 * The entity index: live entities with published claims, by name, optionally matching `q` (every
 * folded word in a name or alias, Hindi or English) and of one kind; keyset pages of 20 after
 * `after` (a cursor over the sort name). Counts are read for the page's entities only, each up to
 * INDEX_COUNT_CAP (lib/search/entity-sql.ts): a count equal to the cap means "at least".
 */
export async function listPublicEntities(
  options: { q?: string; kind?: EntityKind; after?: string } = {},
  client: Client = db(),
): Promise<{ items: EntityIndexItem[]; next: string | null }> {
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const where = [`e."mergedIntoId" IS NULL`];
  const words = fold(options.q ?? "")
    .trim()
    .split(/\s+/u)
    .filter(Boolean)
    .slice(0, 6);
  for (const w of words) where.push(`e."searchKey" LIKE ${p(`%${likeEscape(w)}%`)}`);
  if (options.kind) where.push(`e.kind = ${p(options.kind)}::"EntityKind"`);
  const start = pageStart({ after: options.after }, "text");
  if ("after" in start)
    where.push(
      `(lower(coalesce(e."nameEn", e."nameHi", e.slug)), e.id) > (${p(start.after.key)}, ${p(start.after.id)})`,
    );
  where.push(hasPublishedClaims("e"));
  type IndexRow = Omit<EntityIndexItem, "counts"> &
    Record<EntityRole | "total", number> & { sort: string };
  const rows = await client.$queryRawUnsafe<IndexRow[]>(
    `SELECT page.*, ${cappedRoleCounts("page.id", ENTITY_ROLES)} FROM (
      SELECT e.id, e.slug, e.kind::text AS kind, e."nameHi", e."nameEn", e.description,
        lower(coalesce(e."nameEn", e."nameHi", e.slug)) AS sort
      FROM "Entity" e WHERE ${where.join("\n AND ")}
      ORDER BY sort, e.id LIMIT ${ENTITY_PAGE_SIZE + 1}
    ) page
    ORDER BY page.sort, page.id`,
    ...params,
  );
  const items = rows.slice(0, ENTITY_PAGE_SIZE);
  const last = items.at(-1);
  return {
    items: items.map(({ sort: _sort, said, anonymous, relayed, carried, origin, total, ...e }) => ({
      ...e,
      counts: { said, anonymous, relayed, carried, origin, total },
    })),
    next: rows.length > ENTITY_PAGE_SIZE && last ? encodeCursor(last.sort, last.id) : null,
  };
}
