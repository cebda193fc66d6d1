// Articles in: the import the seed, `npm run import` and the desk's upload share, and metadata edits,
// against the real database. Idempotent by content hash; a bad line is reported with its line and
// costs only itself; a failed item leaves no row and no audit event.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  addArticleAction,
  importArticleItemsAction,
  updateArticleAction,
} from "@/lib/article/actions";
import { importFile } from "@/lib/article/import-mutations";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/user/session-user";
import { auditFor, makeUser, signIn } from "../support/fixtures";

// An audit write that fails for one marked title: the article row written just before it in the
// same transaction must go with it.
const FAIL_AUDIT_FOR = "ऑडिट विफल";
vi.mock("@/lib/audit", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/audit")>();
  return {
    ...real,
    recordAudit: async (...args: Parameters<typeof real.recordAudit>) => {
      const after = args[1].after as { title?: string } | undefined;
      if (after?.title === FAIL_AUDIT_FOR) throw new Error("audit table refused the row");
      return real.recordAudit(...args);
    },
  };
});

const tag = () => crypto.randomBytes(4).toString("hex");
const hashOf = (body: string) => crypto.createHash("sha256").update(body, "utf8").digest("hex");
const articlesWithTitle = (title: string) => db().article.findMany({ where: { title } });

let editor: SessionUser;
let other: SessionUser;
beforeAll(async () => {
  editor = await makeUser();
  other = await makeUser();
});
afterAll(() => signIn(null));

describe("import", () => {
  it("imports a .txt (first line the title) once; the same text again is 'already imported'", async () => {
    const t = tag();
    const content = `शीर्षक ${t}\r\nपहला अनुच्छेद ${t}।\r\n\r\nAdvertisement\r\nदूसरा अनुच्छेद।\n`;
    const first = await importFile(db(), null, { name: `a-${t}.txt`, content });
    expect(first.failed).toEqual([]);
    expect(first.imported).toHaveLength(1);
    expect(first.imported[0]).toMatchObject({ line: 1, title: `शीर्षक ${t}`, furnitureLines: 1 });

    const stored = await db().article.findUniqueOrThrow({ where: { id: first.imported[0].id } });
    // The body: everything after the title line, exactly, with line endings as \n.
    expect(stored.body).toBe(`पहला अनुच्छेद ${t}।\n\nAdvertisement\nदूसरा अनुच्छेद।\n`);
    expect(stored.contentHash).toBe(hashOf(stored.body));

    // The same file again, and the same text with Unix line endings: one article.
    const again = await importFile(db(), null, { name: `b-${t}.txt`, content });
    const unix = await importFile(db(), null, {
      name: `c-${t}.txt`,
      content: content.replace(/\r\n/g, "\n"),
    });
    for (const r of [again, unix]) {
      expect(r.imported).toEqual([]);
      expect(r.failed).toEqual([]);
      expect(r.skipped.map((s) => s.id)).toEqual([stored.id]);
    }
    expect(await articlesWithTitle(`शीर्षक ${t}`)).toHaveLength(1);
    const audit = await auditFor("Article", stored.id);
    expect(audit.map((e) => [e.action, e.actorId])).toEqual([["article.import", null]]);
  });

  it("a CSV with bad lines reports each by line and imports the others", async () => {
    const t = tag();
    const csv = [
      "title,body,url,outlet,publishedAt,lang",
      `पहला ${t},"पाठ एक ${t}`,
      `दूसरी पंक्ति",https://example.org/${t},Jagran,2023-07-27,hi`,
      `बुरा ${t},पाठ दो ${t},not a link,,,hi`,
      `तीसरा ${t},पाठ तीन ${t},,कोई अख़बार ${t},,hi`,
      `चौथा ${t},पाठ चार ${t},,,,hi,extra cell`,
      `पाँचवाँ ${t},पाठ पाँच ${t},,,2023-09-13,en`,
      `छठा ${t},पाठ छह ${t},,,2023-02-30,hi`,
    ].join("\n");
    const r = await importFile(db(), null, { name: `batch-${t}.csv`, content: csv });
    expect(r.imported.map((i) => [i.line, i.title])).toEqual([
      [2, `पहला ${t}`],
      [7, `पाँचवाँ ${t}`],
    ]);
    expect(r.failed.map((f) => f.line)).toEqual([4, 5, 6, 8]);
    expect(r.failed[3].message).toMatch(/^publishedAt:/);
    expect(r.failed[0].message).toMatch(/url/);
    expect(r.failed[1].message).toMatch(/No entity in the registry is called "कोई अख़बार/);
    expect(r.failed[2].message).toMatch(/Invalid Record Length/);
    for (const f of r.failed) expect(f.file).toBe(`batch-${t}.csv`);

    const first = await db().article.findUniqueOrThrow({ where: { id: r.imported[0].id } });
    expect(first).toMatchObject({
      body: `पाठ एक ${t}\nदूसरी पंक्ति`,
      url: `https://example.org/${t}`,
      outletId: "ent_jagran",
      lang: "hi",
    });
    // A typed day is the newsroom's (Asia/Kolkata) day: it starts at 18:30 UTC the day before.
    expect(first.publishedAt?.toISOString()).toBe("2023-07-26T18:30:00.000Z");
    for (const bad of [`बुरा ${t}`, `तीसरा ${t}`, `चौथा ${t}`, `छठा ${t}`])
      expect(await articlesWithTitle(bad)).toEqual([]);
  });

  it("JSON: an array of items, outlet by exact name; an unreadable file is one failure", async () => {
    const t = tag();
    const items = [
      { title: `जेसन ${t}`, body: `जेसन पाठ ${t}`, outlet: "Al Jazeera", lang: "hi" },
      { title: "", body: `बिना शीर्षक ${t}` },
    ];
    const r = await importFile(db(), null, { name: "x.json", content: JSON.stringify(items) });
    expect(r.imported.map((i) => i.line)).toEqual([1]);
    expect(r.failed).toMatchObject([{ line: 2, message: expect.stringMatching(/^title:/) }]);
    const row = await db().article.findUniqueOrThrow({ where: { id: r.imported[0].id } });
    expect(row.outletId).not.toBeNull();

    const broken = await importFile(db(), null, { name: "y.json", content: '[{"title": "a",\n' });
    expect(broken).toMatchObject({ imported: [], failed: [{ file: "y.json" }] });
    expect(broken.failed[0].message).toMatch(/Not valid JSON/);
  });

  it("a failed item leaves no row and no audit event; the items around it stay", async () => {
    const t = tag();
    const failBody = `इस लेख का ऑडिट नहीं लिखा जा सकेगा ${t}`;
    const items = [
      { title: `पहले ${t}`, body: `पहले का पाठ ${t}` },
      { title: FAIL_AUDIT_FOR, body: failBody },
      { title: `बाद ${t}`, body: `बाद का पाठ ${t}` },
    ];
    const auditsBefore = await db().auditEvent.count({ where: { action: "article.import" } });
    const r = await importFile(db(), editor.id, { name: "z.json", content: JSON.stringify(items) });
    expect(r.imported.map((i) => i.line)).toEqual([1, 3]);
    expect(r.failed).toMatchObject([{ line: 2, message: expect.stringMatching(/nothing of it/) }]);
    expect(await db().article.findUnique({ where: { contentHash: hashOf(failBody) } })).toBeNull();
    expect(await articlesWithTitle(FAIL_AUDIT_FOR)).toEqual([]);
    // Exactly the two imported items were audited, with the importing editor as actor.
    const events = await db().auditEvent.findMany({
      where: { action: "article.import", createdAt: { gte: new Date(Date.now() - 60_000) } },
      orderBy: { createdAt: "asc" },
    });
    expect(await db().auditEvent.count({ where: { action: "article.import" } })).toBe(
      auditsBefore + 2,
    );
    expect(events.slice(-2).map((e) => [e.entityId, e.actorId])).toEqual(
      r.imported.map((i) => [i.id, editor.id]),
    );
  });
});

describe("the desk's import actions", () => {
  it("upload and paste go through the gate: signed out nothing is read or written", async () => {
    signIn(null);
    const t = tag();
    const up = await importArticleItemsAction({
      items: [{ file: "a.txt", line: 1, fields: { title: `शीर्षक ${t}`, body: `पाठ ${t}` } }],
    });
    expect(up).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await articlesWithTitle(`शीर्षक ${t}`)).toEqual([]);

    // Signed in, a batch from the browser: each item on its own, reported by file and line.
    signIn(editor);
    const batch = await importArticleItemsAction({
      items: [
        { file: "b.csv", line: 2, fields: { title: `शीर्षक ${t}`, body: `पाठ ${t}` } },
        { file: "b.csv", line: 3, fields: { title: `दूसरा ${t}`, body: "" } },
      ],
    });
    expect(batch).toMatchObject({
      ok: true,
      data: {
        imported: [{ file: "b.csv", line: 2, title: `शीर्षक ${t}` }],
        failed: [{ file: "b.csv", line: 3, message: expect.stringMatching(/^body:/) }],
      },
    });
  });

  it("paste: field errors keep nothing; a good article is imported, the same text again is found", async () => {
    signIn(editor);
    const t = tag();
    const bad = await addArticleAction({
      title: "\u202E",
      body: "   ",
      url: "javascript:alert(1)",
      publishedAt: "13/09/2023",
      lang: "hi",
    });
    expect(bad).toMatchObject({ ok: false, code: "INVALID" });
    if (bad.ok) return;
    expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual([
      "body",
      "publishedAt",
      "title",
      "url",
    ]);

    const input = {
      title: `चिपकाया ${t}`,
      body: `चिपकाया गया पाठ ${t}`,
      outlet: "ent_bbc",
      url: `https://example.org/pasted/${t}`,
      publishedAt: "2023-09-13",
      lang: "hi",
    };
    const ok = await addArticleAction(input);
    expect(ok).toMatchObject({ ok: true, data: { status: "imported" } });
    const again = await addArticleAction({ ...input, title: `दूसरा नाम ${t}` });
    expect(again).toMatchObject({ ok: true, data: { status: "skipped" } });
    if (!ok.ok || !again.ok) return;
    expect(again.data.id).toBe(ok.data.id);
    const audit = await auditFor("Article", ok.data.id);
    expect(audit.map((e) => [e.action, e.actorId])).toEqual([["article.import", editor.id]]);
  });
});

describe("metadata edits", () => {
  it("are audited with a readable before/after and refuse a stale version", async () => {
    signIn(editor);
    const t = tag();
    const r = await importFile(db(), null, { name: "m.txt", content: `मूल ${t}\nमूल पाठ ${t}` });
    const id = r.imported[0].id;
    const fields = {
      articleId: id,
      title: `सुधरा शीर्षक ${t}`,
      outletId: "ent_jagran",
      url: `https://example.org/m/${t}`,
      publishedAt: "2023-07-27T10:26:00+05:30",
      lang: "hi",
    };
    const saved = await updateArticleAction({ ...fields, version: 1 });
    expect(saved).toMatchObject({ ok: true, data: { version: 2 } });
    const row = await db().article.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ title: fields.title, outletId: "ent_jagran", version: 2 });
    expect(row.publishedAt?.toISOString()).toBe("2023-07-27T04:56:00.000Z");
    expect(row.body).toBe(`मूल पाठ ${t}`);

    const events = await auditFor("Article", id);
    expect(events.map((e) => [e.action, e.actorId])).toEqual([
      ["article.import", null],
      ["article.update", editor.id],
    ]);
    expect(events[1].before).toMatchObject({ title: `मूल ${t}`, outlet: null });
    expect(events[1].after).toMatchObject({ title: fields.title, outlet: "Jagran" });
    // The public pages showing the article are purged.
    const { cacheCalls } = await import("../support/fixtures");
    expect(cacheCalls()).toContain(`path:/articles/${id}`);

    // Another editor still holding version 1: refused, nothing changed, nothing audited.
    signIn(other);
    const stale = await updateArticleAction({ ...fields, version: 1, title: `पुराना ${t}` });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    expect((await db().article.findUniqueOrThrow({ where: { id } })).title).toBe(fields.title);
    expect(await auditFor("Article", id)).toHaveLength(2);

    // Clearing the outlet and the date is an edit too.
    const cleared = await updateArticleAction({
      ...fields,
      version: 2,
      outletId: "",
      publishedAt: "",
    });
    expect(cleared).toMatchObject({ ok: true, data: { version: 3 } });
    expect(await db().article.findUniqueOrThrow({ where: { id } })).toMatchObject({
      outletId: null,
      publishedAt: null,
    });
  });
});

describe("npm run import", () => {
  it("walks a folder, draws progress on stderr, reports per line and exits 1 on a failure", () => {
    const t = tag();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pramaan-import-"));
    fs.mkdirSync(path.join(dir, "sub"));
    fs.writeFileSync(path.join(dir, "a.txt"), `सीएलआई लेख ${t}\nसीएलआई का पाठ ${t}\n`);
    fs.writeFileSync(path.join(dir, "notes.md"), "not an article");
    fs.writeFileSync(
      path.join(dir, "sub", "b.csv"),
      `title,body,lang\nसीएलआई दो ${t},दूसरा पाठ ${t},hi\nबुरा ${t},पाठ ${t},hindi\n`,
    );
    const run = () =>
      spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/import.ts", dir], {
        env: process.env,
        encoding: "utf8",
      });
    const first = run();
    expect(first.status).toBe(1);
    // Progress counts files: they are read in batches, so the number of articles is not known ahead.
    expect(first.stderr).toContain("] 2/2 b.csv");
    expect(first.stdout).toContain(`FAILED ${path.join(dir, "sub", "b.csv")}:3: lang:`);
    expect(first.stdout).toContain("2 imported, 0 already imported, 1 failed");
    // Idempotent: the same folder again imports nothing new.
    const second = run();
    expect(second.stdout).toContain("0 imported, 2 already imported, 1 failed");
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
