// @ts-check
// Child process of lib/report/pdf.ts: lays out one report with typst and writes the PDF to stdout.
// typst runs here, not in the server, for two measured reasons: a 200-claim report is about 2 s of
// synchronous native work, which would stall every other request, and the compiler keeps about 23 MB
// per 100 claims after each compile even with its cache evicted, which only a process exit gives back.
// Reads one JSON object from stdin: { template, inputs, fonts: base64 TTF/OTF[] }.
import { NodeCompiler } from "@myriaddreamin/typst-ts-node-compiler";

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const { template, inputs, fonts } = JSON.parse(Buffer.concat(chunks).toString("utf8"));

const compiler = NodeCompiler.create({
  fontArgs: [{ fontBlobs: fonts.map((/** @type {string} */ f) => Buffer.from(f, "base64")) }],
});
const doc = compiler.compile({ mainFileContent: template, inputs });
const error = doc.takeError();
if (error || !doc.result) {
  const messages = error?.shortDiagnostics.map((d) => d.message) ?? ["no result"];
  process.stderr.write(messages.join("; "));
  process.exitCode = 1;
} else {
  process.stdout.write(compiler.pdf(doc.result));
}
