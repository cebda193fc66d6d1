// npm run -s spot -- FILE...
// Prints one JSON document: the claim candidates of each file (offsets are JavaScript string indices
// into the file's text exactly as read) and the groups of candidate ids that state the same claim.
import fs from "node:fs";
import { spotFiles } from "../lib/spot/index.ts";
import { ENTITIES } from "../prisma/demo-data.ts";

const paths = process.argv.slice(2).filter((a) => a !== "--");
if (!paths.length) {
  console.error("usage: npm run -s spot -- FILE...");
  process.exit(2);
}
const files = paths.map((file) => ({ file, text: fs.readFileSync(file, "utf8") }));
process.stdout.write(`${JSON.stringify(spotFiles(files, ENTITIES), null, 2)}\n`);
