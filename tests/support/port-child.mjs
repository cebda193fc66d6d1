// A stand-in for the app's server under scripts/with-db.mjs: holds PORT on loopback and answers
// "up <its PID>", so a test can tell which server has the port. Like scripts/serve.mjs, it does not
// watch its parent: stopping it when with-db dies is with-db's (and its watchdog's) job.
import http from "node:http";

const server = http.createServer((_req, res) => res.end(`up ${process.pid}\n`));
server.on("error", (e) => {
  console.error(`port-child: ${e.message}`);
  process.exit(1);
});
server.listen(Number(process.env.PORT), "127.0.0.1", () =>
  console.log(JSON.stringify({ listening: true, pid: process.pid })),
);
process.on("SIGTERM", () => server.close(() => process.exit(0)));
