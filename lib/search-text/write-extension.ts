// Every write of a searchable row (claim, appearance, article, entity) gets its searchText in the
// same statement, derived here from the row's source columns (lib/search-text/sources.ts). It lives on
// the Prisma client (lib/db-client.ts), not in each write path, because each path writing its own
// was how paste, upload, import and new versions came to leave it NULL until a restart's backfill.
import { Prisma } from "../generated/prisma/client";
import { SEARCH_SOURCES, type SearchableModel, searchableModel, searchTextOf } from "./sources.ts";

type Data = Record<string, unknown>;
const UNKNOWN = Symbol("unknown");

/** A field's value as written: a plain value or { set }, else UNKNOWN (push, or absent on update). */
function written(data: Data, col: string): unknown {
  if (!(col in data)) return UNKNOWN;
  const v = data[col];
  if (v === null || typeof v === "string" || Array.isArray(v)) return v;
  if (v && typeof v === "object" && "set" in v) return (v as { set: unknown }).set;
  return UNKNOWN;
}

const touches = (model: SearchableModel, data: Data) =>
  SEARCH_SOURCES[model].some((c) => c in data);

/** A created row's searchText: a column left out is null (or an empty array), as the table has it. */
function forCreate(model: SearchableModel, data: Data): Data {
  const row: Data = {};
  for (const col of SEARCH_SOURCES[model]) {
    const v = written(data, col);
    row[col] = v === UNKNOWN ? null : v;
  }
  return { ...data, searchText: searchTextOf(model, row) };
}

/** An update's data with searchText added when every source column is written, else null. */
function forUpdate(model: SearchableModel, data: Data): Data | null {
  const row: Data = {};
  for (const col of SEARCH_SOURCES[model]) {
    const v = written(data, col);
    if (v === UNKNOWN) return null;
    row[col] = v;
  }
  return { ...data, searchText: searchTextOf(model, row) };
}

const sourceSelect = (model: SearchableModel) =>
  Object.fromEntries([["id", true], ...SEARCH_SOURCES[model].map((c) => [c, true])]);

/** What the caller asked the write to return: its select, include and omit, passed through. */
const shape = (args: Data) => ({
  ...(args.select ? { select: args.select } : {}),
  ...(args.include ? { include: args.include } : {}),
  ...(args.omit ? { omit: args.omit } : {}),
});

export const searchTextExtension = Prisma.defineExtension({
  name: "searchText",
  query: {
    $allModels: {
      async $allOperations({ model, operation, args, query }) {
        const m = searchableModel(model);
        if (!m) return query(args);
        const a = args as Data;
        // The args are rebuilt from the caller's own, so their Prisma type is the caller's.
        const run = (x: Data) => query(x as never);
        switch (operation) {
          case "create":
            return run({ ...a, data: forCreate(m, a.data as Data) });
          case "createMany":
          case "createManyAndReturn": {
            const rows = Array.isArray(a.data) ? a.data : [a.data];
            return run({ ...a, data: rows.map((d: Data) => forCreate(m, d)) });
          }
          case "update":
          case "upsert": {
            const update = (operation === "update" ? a.data : a.update) as Data;
            const create = operation === "upsert" ? { create: forCreate(m, a.create as Data) } : {};
            if (!touches(m, update)) return run({ ...a, ...create });
            const full = forUpdate(m, update);
            const data = operation === "update" ? { data: full } : { update: full };
            if (full) return run({ ...a, ...create, ...data });
            // Only some source columns change: the write returns the row's others, and a second
            // write through the same query (so inside the caller's transaction) stores the text of
            // the row as it now stands. Every write path here runs in a transaction; a bare call
            // racing another partial edit of the same row could keep the other's stale text.
            const row = (await run({
              where: a.where,
              ...create,
              ...(operation === "update" ? { data: update } : { update }),
              select: sourceSelect(m),
            })) as Data;
            const searchText = searchTextOf(m, row);
            const again =
              operation === "update" ? { data: { searchText } } : { update: { searchText } };
            return run({ where: { id: row.id }, ...create, ...again, ...shape(a) });
          }
          case "updateMany":
          case "updateManyAndReturn": {
            const data = a.data as Data;
            if (!touches(m, data)) return query(args);
            const full = forUpdate(m, data);
            // Many rows with some source columns changed would each need their others read back;
            // no path does that today, so it is refused loudly rather than written without search.
            if (!full)
              throw new Error(
                `${model}.${operation} changes some of ${SEARCH_SOURCES[m].join(", ")} but not all: write them all, or update one row at a time, so its searchText can be derived`,
              );
            return run({ ...a, data: full });
          }
          default:
            return query(args);
        }
      },
    },
  },
});
