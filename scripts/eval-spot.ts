// npm run eval:spot -- ANNOTATIONS.json [--seeds DIR] [--verbose]
// Runs the claim spotter over the annotated articles and prints recall, the share of sentences
// flagged, claimant accuracy and grouping F1, then the same with each signal removed in turn.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { type AnnotatedClaim, evaluate } from "../lib/spot/evaluate.ts";
import { spotFiles } from "../lib/spot/index.ts";
import { splitSentences } from "../lib/spot/segment.ts";
import { SIGNAL_NAMES, type SignalName } from "../lib/spot/signals.ts";
import { ENTITIES } from "../prisma/demo-data.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { seeds: { type: "string", default: "seeds" }, verbose: { type: "boolean" } },
});
const annotationsPath = positionals.find((p) => p !== "--");
if (!annotationsPath) {
  console.error("usage: npm run eval:spot -- ANNOTATIONS.json [--seeds DIR] [--verbose]");
  process.exit(2);
}
const claims: AnnotatedClaim[] = JSON.parse(fs.readFileSync(annotationsPath, "utf8")).claims;
const names = [...new Set(claims.map((c) => c.file))];
const files = names.map((file) => ({
  file,
  text: fs.readFileSync(path.join(values.seeds, file), "utf8"),
}));
const sentenceCounts = Object.fromEntries(
  files.map((f) => [f.file, splitSentences(f.text).length]),
);

const run = (without: SignalName[] = []) =>
  evaluate(claims, spotFiles(files, ENTITIES, { without }), sentenceCounts, ENTITIES);

const pct = (x: number) => x.toFixed(2);
const full = run();
console.log(`articles: ${names.join(", ")}`);
console.log(`recall of annotated claims: ${pct(full.recall)} (${full.found}/${full.claims})`);
console.log(`sentences flagged: ${pct(full.flagRate)} (${full.flagged}/${full.sentences})`);
console.log(
  `claimant accuracy: ${pct(full.claimantAccuracy)} (${full.claimantCorrect}/${full.claimantTotal})`,
);
console.log(
  `grouping pairwise F1: ${pct(full.groupingF1)} (precision ${pct(full.groupingPrecision)}, recall ${pct(full.groupingRecall)})`,
);
console.log("\nwithout signal   recall  flagged");
for (const signal of SIGNAL_NAMES) {
  const r = run([signal]);
  console.log(`${signal.padEnd(16)} ${pct(r.recall).padStart(6)}  ${pct(r.flagRate).padStart(7)}`);
}
// The flag rate over every article in the seeds folder, annotated or not: the budget holds there too.
const everyArticle = fs
  .readdirSync(values.seeds)
  .filter((f) => f.endsWith(".txt"))
  .map((file) => ({ file, text: fs.readFileSync(path.join(values.seeds, file), "utf8") }));
const everyResult = spotFiles(everyArticle, ENTITIES);
const everySentences = everyArticle.reduce((n, f) => n + splitSentences(f.text).length, 0);
const everyFlagged = everyResult.files.reduce((n, f) => n + f.candidates.length, 0);
console.log(
  `\nsentences flagged in all ${everyArticle.length} articles of ${values.seeds}: ` +
    `${pct(everyFlagged / everySentences)} (${everyFlagged}/${everySentences}); ` +
    `${everyResult.groups.length} groups of the same claim`,
);
if (values.verbose) {
  for (const m of full.misses) console.log(`missed: ${m.file} ${m.start}-${m.end}`);
  for (const w of full.wrongClaimants)
    console.log(`claimant: ${w.claim.file} ${w.claim.start} want ${w.claim.claimant} got ${w.got}`);
}
