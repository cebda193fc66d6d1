// Finds what a reader of the repository's Markdown would trip over: a relative link to a file that
// is not there, an #anchor no heading makes, or a file path in backticks that does not exist.
// Used by tests/unit/docs-links.test.ts; pure over the file system, so it can be pointed at a
// planted mistake.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** The Markdown files the docs test reads: the front door, the top-level guides and docs/. */
export function docFiles(root: string): string[] {
  const top = ["README.md", "ARCHITECTURE.md", "CONTRIBUTING.md"].filter((f) =>
    existsSync(path.join(root, f)),
  );
  const docs = readdirSync(path.join(root, "docs"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => `docs/${f}`);
  return [...top, ...docs];
}

// Code is not prose: a `[x](y)` inside a code block or span is an example, not a link.
const withoutFences = (text: string) => text.replace(/^```[\s\S]*?^```/gm, "");

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
export function githubSlug(heading: string): string {
  return heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1") // a link in a heading keeps its text
    .replace(/[`*_]/g, (c) => (c === "_" ? "_" : ""))
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
    .replace(/ /g, "-");
}

/** Every anchor a file offers: its headings' slugs (repeats numbered as GitHub does) and ids. */
export function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const [, heading] of withoutFences(markdown).matchAll(/^#{1,6}\s+(.+?)\s*#*$/gm)) {
    const slug = githubSlug(heading);
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    anchors.add(n === 0 ? slug : `${slug}-${n}`);
  }
  for (const [, id] of markdown.matchAll(/\bid="([^"]+)"/g)) anchors.add(id);
  return anchors;
}

/** Relative links and anchors in `file` (relative to `root`) that do not resolve. */
export function brokenLinks(root: string, file: string): string[] {
  const text = withoutFences(readFileSync(path.join(root, file), "utf8"));
  const problems: string[] = [];
  for (const [, target] of text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
    if (/^[a-z][a-z+.-]*:/i.test(target)) continue; // https:, mailto: — not ours to check
    const [linkPath, anchor] = target.split("#", 2);
    const resolved = linkPath
      ? path.join(path.dirname(path.join(root, file)), linkPath)
      : path.join(root, file);
    if (!existsSync(resolved)) {
      problems.push(`${file}: ${target} — no such file`);
      continue;
    }
    if (anchor === undefined) continue;
    if (statSync(resolved).isDirectory() || !resolved.endsWith(".md")) {
      problems.push(`${file}: ${target} — an anchor into something that is not Markdown`);
      continue;
    }
    if (!anchorsOf(readFileSync(resolved, "utf8")).has(anchor))
      problems.push(`${file}: ${target} — no heading makes #${anchor}`);
  }
  return problems;
}

// A path named in backticks: starts at a top-level folder of the project, no wildcards or
// placeholders (`lib/<domain>/`, `lib/*/policy.ts`, `{data,edit}.ts` are patterns, not files).
const NAMED_PATH =
  /`((?:app|components|lib|scripts|tests|prisma|docs|seeds|types|public)\/[^`\s*<>{}…|]+)`/g;

/** Paths written in backticks in `file` that do not exist in the tree under `root`. */
export function missingPaths(root: string, file: string): string[] {
  const text = readFileSync(path.join(root, file), "utf8");
  const missing = new Set<string>();
  for (const [, named] of text.matchAll(NAMED_PATH)) {
    // `lib/search-text/fold.ts#searchText` names a function in a file: the file must exist.
    const [filePart] = named.replace(/[.,:;)]+$/, "").split("#");
    // A module may be named without its extension, as imports name it (`lib/text/fold`).
    const candidates = ["", ".ts", ".tsx", ".mjs"].map((ext) => path.join(root, filePart + ext));
    if (!candidates.some((c) => existsSync(c))) missing.add(filePart);
  }
  return [...missing].map((p) => `${file}: \`${p}\` — no such file or folder`);
}
