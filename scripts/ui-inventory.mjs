// @ts-check
// How much hand-styled markup the interface still carries: raw <button>, form controls, labels and
// tables/lists in app/ and components/, each with the number of distinct class strings it is dressed in.
// Run by hand (node scripts/ui-inventory.mjs [--list]) before and after a UI refactor; not part of npm test.
import fs from "node:fs";
import path from "node:path";

const ROOTS = ["app", "components"];
const TAGS = [
  "button",
  "input",
  "select",
  "textarea",
  "label",
  "table",
  "ul",
  "ol",
  "Button",
  "Field",
];
const listAll = process.argv.includes("--list");

/** @param {string} dir @returns {string[]} */
function tsxFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(full);
    return entry.name.endsWith(".tsx") ? [full] : [];
  });
}

/**
 * The opening tag that starts at `at`, up to its closing `>` (braces balanced, so `=>` inside an
 * attribute expression does not end it).
 * @param {string} source @param {number} at
 */
function openingTag(source, at) {
  let depth = 0;
  let quote = "";
  for (let i = at + 1; i < source.length; i++) {
    const c = source[i];
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "`" || (c === "'" && depth === 0)) quote = c;
    else if (c === "{") depth++;
    else if (c === "}") depth--;
    else if (c === ">" && depth === 0) return source.slice(at, i + 1);
  }
  return source.slice(at);
}

/** The className written on a tag: a string, a template, or an expression; "" when none. @param {string} tag */
function classOf(tag) {
  const plain = tag.match(/className="([^"]*)"/);
  if (plain) return plain[1];
  const start = tag.indexOf("className={");
  if (start < 0) return "";
  let depth = 0;
  for (let i = start + "className=".length; i < tag.length; i++) {
    if (tag[i] === "{") depth++;
    else if (tag[i] === "}" && --depth === 0)
      return tag.slice(start + 10, i + 1).replace(/\s+/g, " ");
  }
  return tag.slice(start);
}

/** @type {Map<string, {count: number, classes: Map<string, number>, files: Set<string>}>} */
const byTag = new Map(TAGS.map((t) => [t, { count: 0, classes: new Map(), files: new Set() }]));
const files = ROOTS.flatMap(tsxFiles);
for (const file of files) {
  const source = fs.readFileSync(file, "utf8");
  for (const tagName of TAGS) {
    const at = new RegExp(`<${tagName}[\\s>/]`, "g");
    for (let m = at.exec(source); m; m = at.exec(source)) {
      const entry = byTag.get(tagName);
      if (!entry) continue;
      entry.count++;
      entry.files.add(file);
      const tag = openingTag(source, m.index);
      // A Button's look is its variant and size; its className holds only layout.
      const look =
        tagName === "Button"
          ? `${tag.match(/variant="(\w+)"/)?.[1]}/${tag.match(/size="(\w+)"/)?.[1] ?? "-"} `
          : "";
      const cls = (look + classOf(tag)).trim();
      entry.classes.set(cls, (entry.classes.get(cls) ?? 0) + 1);
    }
  }
}

console.log(`ui-inventory: ${files.length} .tsx files in ${ROOTS.join(", ")}`);
for (const [tagName, { count, classes, files: where }] of byTag) {
  const styled = [...classes.keys()].filter((c) => c !== "").length;
  console.log(
    `<${tagName}`.padEnd(11) +
      `${String(count).padStart(4)} in ${String(where.size).padStart(2)} files, ` +
      `${styled} distinct class strings` +
      (classes.has("") ? ` (+${classes.get("")} unstyled)` : ""),
  );
  if (listAll)
    for (const [cls, n] of [...classes].sort((a, b) => b[1] - a[1]))
      console.log(`   ${String(n).padStart(3)}  ${cls || "(none)"}`);
}
