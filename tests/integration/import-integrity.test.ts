// The import keeps an article's text as its author wrote it (issue 16 item 13): bytes that are not
// UTF-8 are refused with the file and line, never stored as U+FFFD; bidi overrides and isolates are
// removed from the body before it is stored (and anchored), and the report counts them; only an
// outlet or a news agency can be an article's outlet. Through the paste form, the upload action, the
// details form and `npm run import`.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addArticleAction,
  importArticleItemsAction,
  updateArticleAction,
} from "@/lib/article/actions";
import { db } from "@/lib/db";
import { englishOf } from "@/lib/error-words";
import type { SessionUser } from "@/lib/user/session-user";
import { makeUser, signIn } from "../support/fixtures";

const tag = () => crypto.randomBytes(4).toString("hex");
const RLO = "\u202E";
const LRI = "\u2066";
const PDI = "\u2069";
const runImport = (dir: string) =>
  spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/import.ts", dir], {
    env: process.env,
    encoding: "utf8",
  });

let editor: SessionUser;
beforeAll(async () => {
  editor = await makeUser();
  signIn(editor);
});
afterAll(() => signIn(null));

describe("text that is not UTF-8", () => {
  it("upload: a body holding U+FFFD (what a decoder leaves) is refused, naming the line", async () => {
    const t = tag();
    const r = await importArticleItemsAction({
      items: [
        {
          file: "latin1.txt",
          line: 1,
          fields: { title: `शीर्षक ${t}`, body: `पहली पंक्ति ${t}\nदूसरी \uFFFD पंक्ति` },
        },
      ],
    });
    expect(r).toMatchObject({
      ok: true,
      data: {
        imported: [],
        failed: [{ file: "latin1.txt", line: 1, message: expect.stringMatching(/Line 2 .*UTF-8/) }],
      },
    });
    expect(await db().article.count({ where: { title: `शीर्षक ${t}` } })).toBe(0);
    const title = await importArticleItemsAction({
      items: [{ file: "t.csv", line: 2, fields: { title: `शी\uFFFDर्षक ${t}`, body: `पाठ ${t}` } }],
    });
    expect(title).toMatchObject({
      ok: true,
      data: {
        imported: [],
        failed: [{ line: 2, message: expect.stringMatching(/^title: .*UTF-8/) }],
      },
    });
  });

  it("npm run import: a file with bytes that are not UTF-8 fails with its line; the others import", () => {
    const t = tag();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pramaan-utf8-"));
    const good = Buffer.from(`अच्छा लेख ${t}\nपाठ ${t}\n`);
    // "café" in Latin-1 on the third line: 0xE9 starts a sequence that never completes.
    const bad = Buffer.concat([
      Buffer.from(`खराब लेख ${t}\nपहली पंक्ति\n`),
      Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]),
    ]);
    fs.writeFileSync(path.join(dir, "a.txt"), good);
    fs.writeFileSync(path.join(dir, "b.txt"), bad);
    const run = runImport(dir);
    fs.rmSync(dir, { recursive: true, force: true });
    expect(run.stdout).toContain(`FAILED ${path.join(dir, "b.txt")}:3: Not UTF-8: line 3`);
    expect(run.stdout).toContain("1 imported, 0 already imported, 1 failed");
    expect(run.status).toBe(1);
  });
});

describe("bidi controls in a body", () => {
  it("upload and paste: removed before the body is stored and hashed; the report counts them", async () => {
    const t = tag();
    const body = `मूल्य ${RLO}005 रुपये${PDI} और ${LRI}आज${PDI} ${t}`;
    const clean = `मूल्य 005 रुपये और आज ${t}`;
    const up = await importArticleItemsAction({
      items: [{ file: "bidi.txt", line: 1, fields: { title: `बीडी ${t}`, body } }],
    });
    if (!up.ok) throw new Error(up.message);
    expect(up.data.imported).toMatchObject([{ bidiRemoved: 4 }]);
    const stored = await db().article.findUniqueOrThrow({
      where: { id: up.data.imported[0].id },
    });
    expect(stored.body).toBe(clean);
    expect(stored.contentHash).toBe(crypto.createHash("sha256").update(clean).digest("hex"));

    // The paste form stores the same clean text: it is the same article.
    const pasted = await addArticleAction({ title: `चिपका ${t}`, body, lang: "hi" });
    expect(pasted).toMatchObject({ ok: true, data: { status: "skipped", id: stored.id } });
  });

  it("npm run import says how many it removed", () => {
    const t = tag();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pramaan-bidi-"));
    fs.writeFileSync(path.join(dir, "c.txt"), `बीडी सीएलआई ${t}\nपाठ ${RLO}उलटा${PDI} ${t}\n`);
    const run = runImport(dir);
    fs.rmSync(dir, { recursive: true, force: true });
    expect(run.stdout).toMatch(/imported .*c\.txt:1 .*\(2 bidi control characters removed\)/);
  });
});

describe("an article's outlet", () => {
  it("paste: a person picked as the outlet is a field error; an outlet or agency is accepted", async () => {
    const t = tag();
    const base = { title: `आउटलेट ${t}`, body: `आउटलेट जांच ${t}`, lang: "hi" };
    const person = await addArticleAction({ ...base, outlet: "ent_kim" });
    expect(person).toMatchObject({ ok: false, code: "INVALID" });
    if (person.ok) return;
    expect(
      englishOf(person.fieldErrors?.outlet?.[0] ?? { key: "form.unknown", values: { text: "" } }),
    ).toMatch(/not an outlet/);
    expect(await db().article.count({ where: { title: base.title } })).toBe(0);
    const outlet = await addArticleAction({ ...base, outlet: "ent_bbc" });
    expect(outlet).toMatchObject({ ok: true, data: { status: "imported" } });
  });

  it("upload and npm run import: a person's name as the outlet fails that item only", async () => {
    const t = tag();
    const up = await importArticleItemsAction({
      items: [
        {
          file: "o.json",
          line: 1,
          fields: { title: `व्यक्ति ${t}`, body: `पाठ एक ${t}`, outlet: "Vladimir Putin" },
        },
        {
          file: "o.json",
          line: 2,
          fields: { title: `बीबीसी ${t}`, body: `पाठ दो ${t}`, outlet: "BBC" },
        },
      ],
    });
    expect(up).toMatchObject({
      ok: true,
      data: {
        imported: [{ line: 2 }],
        failed: [{ line: 1, message: expect.stringMatching(/not an outlet/) }],
      },
    });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pramaan-outlet-"));
    fs.writeFileSync(
      path.join(dir, "p.csv"),
      `title,body,outlet\nव्यक्ति सीएलआई ${t},पाठ सीएलआई ${t},ent_putin\n`,
    );
    const run = runImport(dir);
    fs.rmSync(dir, { recursive: true, force: true });
    expect(run.stdout).toMatch(/FAILED .*p\.csv:2: .*not an outlet/);
  });

  it("details form: a person as the outlet is refused and nothing changes", async () => {
    const t = tag();
    const added = await addArticleAction({
      title: `विवरण ${t}`,
      body: `विवरण पाठ ${t}`,
      lang: "hi",
    });
    if (!added.ok) throw new Error(added.message);
    const r = await updateArticleAction({
      articleId: added.data.id,
      version: 1,
      title: `विवरण ${t}`,
      outletId: "ent_kim",
      lang: "hi",
    });
    expect(r).toMatchObject({ ok: false, code: "INVALID" });
    const row = await db().article.findUniqueOrThrow({ where: { id: added.data.id } });
    expect(row).toMatchObject({ outletId: null, version: 1 });
  });
});
