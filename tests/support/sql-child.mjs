// The long-running command the database tests put under scripts/with-db.mjs: prints the URLs it was
// given — the superuser's (PRAMAAN_MIGRATION_DATABASE_URL) as `url`, the app role's (DATABASE_URL) as
// `appUrl` — then runs each SQL line from stdin as the superuser on a new connection (the tests look
// at the cluster itself: pg_hba rules, stray tables) and answers one JSON line. Ends when stdin closes.
import readline from "node:readline";
import pg from "pg";

const appUrl = process.env.DATABASE_URL;
const url = process.env.PRAMAAN_MIGRATION_DATABASE_URL ?? appUrl;
console.log(JSON.stringify({ ready: true, url, appUrl }));
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
