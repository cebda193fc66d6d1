// The long-running command the database tests put under scripts/with-db.mjs: prints its
// DATABASE_URL, then runs each SQL line from stdin on a new connection and answers one JSON line.
// Ends when stdin closes.
import readline from "node:readline";
import pg from "pg";

const url = process.env.DATABASE_URL;
console.log(JSON.stringify({ ready: true, url }));
for await (const sql of readline.createInterface({ input: process.stdin })) {
  const client = new pg.Client({ connectionString: url });
  // A connection still closing when a test kills the server gets its FATAL as an 'error' event:
  // without a listener that would crash this command, which is meant to outlive the restart.
  client.on("error", () => {});
  try {
    await client.connect();
    const { rows } = await client.query(sql);
    console.log(JSON.stringify({ ok: true, rows }));
  } catch (e) {
    console.log(JSON.stringify({ ok: false, error: e.message }));
  } finally {
    await client.end().catch(() => {});
  }
}
