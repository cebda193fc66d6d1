// A source's authors as an editor enters them (people and an organisation, through the evidence
// form's action), read back by others: the report's JSON (JSON.parse), its CSL-JSON rendered by
// pandoc's citeproc, the page's source list, the library conflict, the history. And the migration
// that turned the old free-text field into this list.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { SourceList } from "@/components/source-list";
import { getClaimDossier } from "@/lib/claim/dossier";
import { db } from "@/lib/db";
import { editEvidenceAction } from "@/lib/evidence/actions";
import { describeEvent } from "@/lib/history/describe";
import { cslJsonWriter } from "@/lib/report/citation";
import { loadReport } from "@/lib/report/data";
import { jsonWriter } from "@/lib/report/json";
import { writeAll } from "@/lib/report/writer";
import { addEvidenceAction, findLibrarySourceAction } from "@/lib/source/actions";
import type { SessionUser } from "@/lib/user/session-user";
import { makeClaim, makeUser, realQuote, scratchArticle, signIn } from "../support/fixtures";
import { ownerUrl } from "../support/owner-sql";

const ok = <T>(r: { ok: true; data: T } | { ok: false; message?: string }) => {
  if (!r.ok) throw new Error(`action failed: ${r.message}`);
  return r.data;
};

// What the editor types: two people and one organisation, in the byline's order.
const ROWS = [
  { kind: "person" as const, family: "Zwirko", given: "Colin" },
  { kind: "person" as const, family: "O'Carroll", given: " Chad " },
  { kind: "literal" as const, literal: "एनके न्यूज संवाददाता" },
];
const STORED = [
  { family: "Zwirko", given: "Colin" },
  { family: "O'Carroll", given: "Chad" },
  { literal: "एनके न्यूज संवाददाता" },
];

let editor: SessionUser;
let claimId: string;
let evidenceId: string;
let sourceId: string;
const url = `https://example.org/nk/${Date.now()}/kim-train`;

beforeAll(async () => {
  editor = await makeUser();
  const articleId = await scratchArticle("art_002");
  ({ claimId } = await makeClaim(editor, await realQuote(articleId, 3), articleId));
  signIn(editor);
  ({ evidenceId, sourceId } = ok(
    await addEvidenceAction({
      claimId,
      url,
      title: "Kim's armoured train, explained",
      publisher: "NK News",
      authors: ROWS,
      stance: "CONTEXT",
    }),
  ));
});

describe("authors entered as people and an organisation", () => {
  it("are stored as the list, in order", async () => {
    const s = await db().source.findUniqueOrThrow({ where: { id: sourceId } });
    expect(s.authors).toEqual(STORED);
  });

  it("come back in the report's JSON, parsed by JSON.parse", async () => {
    const report = (await loadReport({ claim: claimId }, { includeDrafts: true }))!;
    const json = JSON.parse(writeAll(jsonWriter, report));
    const source = json.claims[0].sources.find((s: { url: string }) => s.url === url);
    expect(source.authors).toEqual(STORED);
  });

  it("are three names to pandoc's citeproc reading the CSL-JSON, people split, the organisation whole", async () => {
    const report = (await loadReport({ claim: claimId }, { includeDrafts: true }))!;
    const items = JSON.parse(writeAll(cslJsonWriter, report)) as { URL?: string }[];
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "authors-"));
    fs.writeFileSync(
      path.join(dir, "refs.json"),
      JSON.stringify(items.filter((i) => i.URL === url)),
    );
    fs.writeFileSync(path.join(dir, "doc.md"), '---\nnocite: "@*"\n---\n');
    const text = execFileSync(
      "pandoc",
      ["doc.md", "--citeproc", "--bibliography=refs.json", "-t", "plain", "--wrap=none"],
      { cwd: dir, encoding: "utf8" },
    );
    // Chicago author-date: the first author inverted, the others given name first, "and" before the last.
    expect(text).toContain("Zwirko, Colin, Chad O’Carroll, and एनके न्यूज संवाददाता.");
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("read as a list of names, given name first, on the claim's page", async () => {
    const d = (await getClaimDossier(claimId))!;
    const html = renderToStaticMarkup(
      createElement(SourceList, { evidence: d.evidence.filter((e) => e.id === evidenceId) }),
    );
    expect(html).toContain("Colin Zwirko, Chad O&#x27;Carroll, एनके न्यूज संवाददाता · NK News");
  });

  it("pre-fill the form when the library already has the address", async () => {
    const found = ok(
      await findLibrarySourceAction({ url: url.replace("example.org", "EXAMPLE.org") }),
    );
    expect(found?.authors).toEqual(STORED);
    expect(ok(await findLibrarySourceAction({ url: `${url}-not-there` }))).toBeNull();
  });
});

describe("the library's record and its authors", () => {
  it("the same authors are no conflict; different ones are, named as the field that differs", async () => {
    const other = await makeUser();
    const articleId = await scratchArticle("art_002");
    const { claimId: second } = await makeClaim(other, await realQuote(articleId, 5), articleId);
    signIn(other);
    const same = await addEvidenceAction({
      claimId: second,
      url,
      title: "Kim's armoured train, explained",
      authors: ROWS,
      stance: "CONTEXT",
    });
    expect(same.ok).toBe(true);
    const differ = await addEvidenceAction({
      claimId: second,
      url,
      title: "Kim's armoured train, explained",
      authors: [{ kind: "literal", literal: "Colin Zwirko" }],
      stance: "SUPPORTS",
    });
    expect(differ.ok).toBe(false);
    if (differ.ok) return;
    expect(differ.code).toBe("CONFLICT");
    expect(differ.details).toMatchObject({ differences: ["authors"], source: { authors: STORED } });
  });

  it("a wrong row is named by its place, and nothing is saved", async () => {
    signIn(editor);
    const before = await db().source.count();
    const r = await addEvidenceAction({
      claimId,
      url: `${url}/another`,
      title: "Another",
      authors: [ROWS[0], { kind: "person", family: " ", given: "Chad" }],
      stance: "CONTEXT",
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fieldErrors).toHaveProperty(["authors.1.family"]);
    expect(await db().source.count()).toBe(before);
  });

  it("a correction of the list is audited, and the history reads it as names", async () => {
    signIn(editor);
    const { version } = await db().claim.findUniqueOrThrow({ where: { id: claimId } });
    const { version: sourceVersion } = await db().source.findUniqueOrThrow({
      where: { id: sourceId },
    });
    ok(
      await editEvidenceAction({
        evidenceId,
        claimVersion: version,
        stance: "CONTEXT",
        citation: {
          sourceVersion,
          title: "Kim's armoured train, explained",
          publisher: "NK News",
          authors: [ROWS[1], ROWS[0]],
        },
      }),
    );
    const event = await db().auditEvent.findFirstOrThrow({
      where: { entityId: sourceId, action: "source.update" },
      orderBy: { createdAt: "desc" },
    });
    const { changes } = describeEvent({ ...event, actorName: editor.name });
    expect(changes.find((c) => c.field === "authors")).toMatchObject({
      label: "authors",
      before: "Colin Zwirko, Chad O'Carroll, एनके न्यूज संवाददाता",
      after: "Chad O'Carroll, Colin Zwirko",
    });
  });
});

describe("the migration to a list of authors", () => {
  it("keeps old free text as names kept whole, split only at ';'", async () => {
    const dir = fs
      .readdirSync("prisma/migrations")
      .find((d) => d.endsWith("_source_authors")) as string;
    const sql = fs.readFileSync(path.join("prisma/migrations", dir, "migration.sql"), "utf8");
    // Changing a table is the schema owner's work (tests/support/owner-sql.ts), as migrations are.
    const c = new pg.Client({ connectionString: ownerUrl() });
    await c.connect();
    try {
      // The table as it was before the migration, inside a transaction that is rolled back.
      await c.query("BEGIN");
      await c.query(`ALTER TABLE "Source" DROP COLUMN "authors", ADD COLUMN "author" TEXT`);
      const old: [string, string | null][] = [
        ["mig_1", "Colin Zwirko, Chad O'Carroll"],
        ["mig_2", "Anna Fifield and Simon Denyer"],
        ["mig_3", "Zwirko, Colin;  O'Carroll, Chad ; ;रूसी विदेश मंत्रालय"],
        ["mig_4", null],
        ["mig_5", " "],
      ];
      for (const [id, author] of old)
        await c.query(`INSERT INTO "Source"(id, url, title, author) VALUES ($1, $2, 't', $3)`, [
          id,
          `https://example.org/migration/${id}`,
          author,
        ]);
      await c.query(sql);
      const rows = await c.query(
        `SELECT id, authors FROM "Source" WHERE id LIKE 'mig_%' ORDER BY id`,
      );
      expect(rows.rows).toEqual([
        { id: "mig_1", authors: [{ literal: "Colin Zwirko, Chad O'Carroll" }] },
        { id: "mig_2", authors: [{ literal: "Anna Fifield and Simon Denyer" }] },
        {
          id: "mig_3",
          authors: [
            { literal: "Zwirko, Colin" },
            { literal: "O'Carroll, Chad" },
            { literal: "रूसी विदेश मंत्रालय" },
          ],
        },
        { id: "mig_4", authors: [] },
        { id: "mig_5", authors: [] },
      ]);
      const columns = await c.query(
        `SELECT column_name FROM information_schema.columns WHERE table_name = 'Source' AND column_name LIKE 'author%'`,
      );
      expect(columns.rows).toEqual([{ column_name: "authors" }]);
    } finally {
      await c.query("ROLLBACK");
      await c.end();
    }
  });
});
