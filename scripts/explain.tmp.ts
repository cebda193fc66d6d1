import pg from "pg";
import { buildSearch } from "../lib/search/engine.ts";
import { searchQuery } from "../lib/search/fold.ts";
import { generateCorpus } from "./bench/corpus.ts";

const url = process.env.DATABASE_URL!;
await generateCorpus(url, { claims: 20000 });
const c = new pg.Client(url);
await c.connect();
for (const q of ["रॉकेट"]) {
  const sq = searchQuery(q)!;
  const b = buildSearch(sq.phrase, sq.keys, { type: "mentions", page: 1 });
  const r = await c.query("EXPLAIN (ANALYZE, BUFFERS) " + b.sql, b.params);
  console.log(q, "\n", r.rows.map((x) => x["QUERY PLAN"]).join("\n"));
  const n = await c.query(
    `select count(*) from "Mention" where to_tsvector('simple', coalesce("searchText", '')) @@ plainto_tsquery('simple', $1)`,
    [sq.keys],
  );
  console.log("fts matches", n.rows[0]);
  const s = await c.query(`select avg(length("searchText")) from "Mention"`);
  console.log(s.rows[0]);
}
await c.end();
