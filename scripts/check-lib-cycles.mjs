// @ts-check
// Fails when lib/'s domains import each other in a loop. A unit is a folder under lib/ (lib/claim/…)
// or a loose file (lib/db.ts is the unit "db"); an edge is any import between two units, `import
// type`, re-exports and dynamic `import()` included, written relative or as `@/lib/…`. A loop means
// two domains can no longer be read, tested or changed one at a time; the fix is to move the shared
// piece down, so the report names the files behind each edge of the loop.
//
// usage: node scripts/check-lib-cycles.mjs [root]   (root: the checkout, default the current dir)
// The layer order it keeps is written in ARCHITECTURE.md; the same rules as the before-stop hook's
// lib-cycles.py.
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(process.argv[2] ?? ".");
const lib = path.join(root, "lib");

/** @param {string} dir @returns {string[]} paths relative to root, with forward slashes */
function sourceFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory())
      return e.name === "generated" || e.name === "node_modules" ? [] : sourceFiles(p);
    return /\.tsx?$/.test(e.name) ? [path.relative(root, p).split(path.sep).join("/")] : [];
  });
}

/** lib/claim/data.ts → "claim"; lib/db.ts → "db". @param {string} file */
function unitOf(file) {
  const parts = file.split("/");
  return parts.length > 2 ? parts[1] : parts[1].replace(/\.tsx?$/, "");
}

/** The lib/ path an import specifier names, or null for packages and files outside lib/. */
function resolve(
  /** @type {string} */ from,
  /** @type {string} */ spec,
  /** @type {Set<string>} */ known,
) {
  let p;
  if (spec.startsWith("@/lib/")) p = `lib/${spec.slice(6)}`;
  else if (spec.startsWith("."))
    p = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
  else return null;
  if (!p.startsWith("lib/") || p.includes("generated")) return null;
  for (const c of [p, `${p}.ts`, `${p}.tsx`, `${p}/index.ts`]) if (known.has(c)) return c;
  return p;
}

const IMPORT = /(?:from|import)\s*\(?\s*(?:type\s+)?["']([^"']+)["']/g;

/** @returns {Map<string, Map<string, string[]>>} unit → unit → ["file -> file", …] */
function edgesOf(/** @type {string[]} */ files) {
  const known = new Set(files);
  /** @type {Map<string, Map<string, string[]>>} */
  const edges = new Map();
  for (const f of files) {
    const src = fs.readFileSync(path.join(root, f), "utf8");
    for (const m of src.matchAll(IMPORT)) {
      const target = resolve(f, m[1], known);
      if (!target) continue;
      const a = unitOf(f);
      const b = unitOf(target);
      if (a === b) continue;
      const out = edges.get(a) ?? new Map();
      edges.set(a, out);
      const why = out.get(b) ?? [];
      out.set(b, why);
      if (!why.includes(`${f} -> ${target}`)) why.push(`${f} -> ${target}`);
    }
  }
  return edges;
}

/** Tarjan's strongly connected components with more than one member: the loops. */
function loopsOf(/** @type {Map<string, Map<string, string[]>>} */ edges) {
  const units = [
    ...new Set([...edges.keys(), ...[...edges.values()].flatMap((m) => [...m.keys()])]),
  ].sort();
  /** @type {Map<string, number>} */ const index = new Map();
  /** @type {Map<string, number>} */ const low = new Map();
  /** @type {string[]} */ const stack = [];
  const onStack = new Set();
  /** @type {string[][]} */ const loops = [];
  const visit = (/** @type {string} */ v) => {
    index.set(v, index.size);
    low.set(v, index.get(v) ?? 0);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
    }
    if (low.get(v) !== index.get(v)) return;
    /** @type {string[]} */ const component = [];
    let w;
    do {
      w = /** @type {string} */ (stack.pop());
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1) loops.push(component.sort());
  };
  for (const u of units) if (!index.has(u)) visit(u);
  return loops.sort((a, b) => b.length - a.length);
}

if (!fs.existsSync(lib)) {
  console.error(`check-lib-cycles: no lib/ under ${root}`);
  process.exit(2);
}
const edges = edgesOf(sourceFiles(lib));
const loops = loopsOf(edges);
if (loops.length === 0) {
  console.log(`lib/ folder loops: 0 (${edges.size} units importing others)`);
  process.exit(0);
}
console.error(`lib/ folder loops: ${loops.length}; largest ${loops[0].length}`);
for (const loop of loops) {
  console.error(`\nloop: ${loop.join(" ")}`);
  console.error("the imports inside it (move the shared piece down so the arrows go one way):");
  const members = new Set(loop);
  for (const a of loop)
    for (const [b, why] of [...(edges.get(a) ?? [])].sort())
      if (members.has(b)) {
        console.error(`  ${a} -> ${b}:`);
        for (const w of why.sort()) console.error(`    ${w}`);
      }
}
process.exit(1);
