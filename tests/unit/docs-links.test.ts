// The docs are a front door and a library (issue 18): a link that leads nowhere, or a file the
// text names that has moved, sends the next engineer the wrong way. README.md stays short enough
// to be read; the rest lives in docs/.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { brokenLinks, docFiles, githubSlug, missingPaths } from "../support/doc-links";

const ROOT = process.cwd();
const FILES = docFiles(ROOT);

describe("docs", () => {
  it("reads the front door, the guides and docs/", () => {
    expect(FILES).toEqual(
      expect.arrayContaining(["README.md", "ARCHITECTURE.md", "CONTRIBUTING.md", "docs/README.md"]),
    );
  });

  it("README.md is at most 250 lines", () => {
    expect(readFileSync("README.md", "utf8").trimEnd().split("\n").length).toBeLessThanOrEqual(250);
  });

  it.each(FILES)("every relative link and #anchor in %s resolves", (file) => {
    expect(brokenLinks(ROOT, file)).toEqual([]);
  });

  // A file moved without its docs following sends the reader to nothing.
  it.each(FILES)("every file %s names in backticks exists", (file) => {
    expect(missingPaths(ROOT, file)).toEqual([]);
  });

  it("makes anchors as GitHub does", () => {
    expect(githubSlug("The database: passwords, restarts, backups")).toBe(
      "the-database-passwords-restarts-backups",
    );
    expect(githubSlug("Articles in: paste, upload, `npm run import`")).toBe(
      "articles-in-paste-upload-npm-run-import",
    );
    expect(githubSlug("Corrections (IFCN)")).toBe("corrections-ifcn");
    expect(githubSlug("Editor's guide · संपादक गाइड")).toBe("editors-guide--संपादक-गाइड");
  });
});
