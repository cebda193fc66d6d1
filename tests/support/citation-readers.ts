// Readers of the citation exports written apart from Pramaan's writers: pandoc (its BibTeX/biblatex and
// CSL-JSON readers, and its citeproc), biber (biblatex's own backend and data-model check), and the
// official CSL-JSON schema through ajv. Zotero's RIS import translator is in ./zotero-ris.ts.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Ajv } from "ajv";

const has = (cmd: string) => spawnSync(cmd, ["--version"]).status === 0;
// .ci/run installs pandoc and biber: in CI a missing reader is a failure, not a skip.
export const HAVE_PANDOC = has("pandoc") || process.env.CI === "true";
export const HAVE_BIBER = has("biber") || process.env.CI === "true";

function inTempDir<T>(files: Record<string, string>, run: (dir: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pramaan-cite-"));
  try {
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
    return run(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function run(cmd: string, args: string[], cwd: string, input?: string) {
  const out = spawnSync(cmd, args, { cwd, input, encoding: "utf8" });
  if (out.error) throw out.error;
  return out;
}

type CslRecord = Record<string, unknown> & { id: string; title?: string; URL?: string };

/** What pandoc reads from a .bib file, as CSL-JSON. `from` is "biblatex" or "bibtex". */
export function pandocReadBib(bib: string, from = "biblatex"): CslRecord[] {
  return inTempDir({ "refs.bib": bib }, (dir) => {
    const out = run("pandoc", ["-f", from, "-t", "csljson", "refs.bib"], dir);
    if (out.status !== 0) throw new Error(`pandoc could not read the file: ${out.stderr}`);
    return JSON.parse(out.stdout) as CslRecord[];
  });
}

/**
 * A document citing every entry of a bibliography (.bib or CSL-JSON), rendered by pandoc's citeproc
 * with its default style (Chicago author-date) as plain text, one entry per paragraph, unwrapped.
 */
export function citeprocBibliography(file: { name: string; text: string }): string[] {
  const doc = '---\nnocite: "@*"\n---\n';
  return inTempDir({ [file.name]: file.text, "doc.md": doc }, (dir) => {
    const out = run(
      "pandoc",
      ["--citeproc", `--bibliography=${file.name}`, "-t", "plain", "--wrap=none", "doc.md"],
      dir,
    );
    if (out.status !== 0 || out.stderr.trim()) throw new Error(`citeproc: ${out.stderr}`);
    return out.stdout
      .split(/\n\n+/)
      .map((p) => p.trim())
      .filter(Boolean);
  });
}

/**
 * biber's data-model check of a .bib file: its warnings and errors, and the entries it kept, read from
 * the file biber itself writes back out (`--tool` mode needs no LaTeX document).
 */
export function biberValidate(bib: string): { problems: string[]; keys: string[] } {
  return inTempDir({ "refs.bib": bib }, (dir) => {
    const out = run(
      "biber",
      ["--tool", "--validate-datamodel", "--output-file=out.bib", "refs.bib"],
      dir,
    );
    const log = `${out.stdout}\n${out.stderr}`;
    const problems = log.split("\n").filter((l) => /^(WARN|ERROR) /.test(l));
    if (out.status !== 0 && !problems.length) problems.push(`biber exited ${out.status}: ${log}`);
    const written = fs.existsSync(path.join(dir, "out.bib"))
      ? fs.readFileSync(path.join(dir, "out.bib"), "utf8")
      : "";
    const keys = [...written.matchAll(/^@[A-Z]+\{([^,]+),/gm)].map((m) => m[1]);
    return { problems, keys };
  });
}

// The CSL-JSON schema (citation-style-language/schema, MIT), vendored: tests/fixtures/csl/README.md.
const cslSchema = JSON.parse(
  fs.readFileSync(new URL("../fixtures/csl/csl-data.json", import.meta.url), "utf8"),
) as object;
const validateCsl = new Ajv({ allErrors: true, strict: false }).compile(cslSchema);

/** Errors from validating CSL-JSON items against the official schema; empty when valid. */
export function cslSchemaErrors(items: unknown): string[] {
  if (validateCsl(items)) return [];
  return (validateCsl.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
