// A claim whose chain is an anonymous official of the Russian foreign ministry relayed by NK News,
// logged and published through the real actions (two editors), then downloaded through the editors'
// report route in every human format: each must say the chain as the verdict page does, and JSON must
// carry it link by link. Read back with other tools: csv-parse for CSV, poppler's pdftotext for the
// PDF, React's server renderer for the printable page, JSON.parse for JSON.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import PrintReportPage from "@/app/(desk)/desk/reports/print/page";
import { GET as downloadReport } from "@/app/api/reports/route";
import { chainText } from "@/lib/attribution/render";
import { logClaimAction } from "@/lib/claim/actions";
import { getPublishedDossier } from "@/lib/claim/dossier";
import { db } from "@/lib/db";
import { addEvidenceAction } from "@/lib/source/actions";
import type { SessionUser } from "@/lib/user/session-user";
import {
  publishVerdictAction,
  saveVerdictDraftAction,
  submitVerdictAction,
} from "@/lib/verdict/actions";
import { hindiTag, makeUser, scratchArticle, signIn } from "../support/fixtures";
import { setTestLang } from "../support/intl";

// Article 000: "NK न्यूज ने रूसी विदेश मंत्रालय के अधिकारी के हवाले से बताया है कि ट्रेन में फ्रेंच वाइन के केस हैं"
const QUOTE = "ट्रेन में फ्रेंच वाइन के केस हैं";
const MFA = "ent_ru_mfa"; // seeded: रूसी विदेश मंत्रालय, slug russian-ministry-of-foreign-affairs
const CHAIN = "रूसी विदेश मंत्रालय के एक अधिकारी ने कहा → एनके न्यूज ने बताया";
const CHAIN_EN = "An official of Russian Ministry of Foreign Affairs said → NK News reported";
const RELAY_CUE = "के हवाले से बताया है";
// What every human format says: the verdict page's chain, with the relay's cue words and the outlet.
const LINE = `${CHAIN} (“${RELAY_CUE}”) → जागरण ने छापा`;
const RATIONALE = "केवल एक अनाम अधिकारी का हवाला है; दूसरा स्रोत नहीं मिला";

let a: SessionUser;
let b: SessionUser;
let claimId: string;
let tag: string;
let dir: string;

const ok = <T>(r: { ok: boolean; data?: T }) => {
  expect(r).toMatchObject({ ok: true });
  return r.data as T;
};

/** The editors' download route, as the report builder's links call it. */
async function download(format: string, lang?: "hi" | "en"): Promise<Response> {
  const res = await downloadReport(
    new Request(
      `http://pramaan.test/api/reports?claim=${claimId}&format=${format}${lang ? `&lang=${lang}` : ""}`,
    ),
  );
  expect(res.status).toBe(200);
  return res;
}

const squash = (s: string) => s.normalize("NFC").replace(/\s+/g, " ");

beforeAll(async () => {
  [a, b] = await Promise.all([makeUser(), makeUser()]);
  tag = hindiTag();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "report-chain-"));
  signIn(a);
  const articleId = await scratchArticle("art_000");
  // The chain's last link is the article's outlet: this copy is credited to Jagran.
  const { body } = await db().article.update({
    where: { id: articleId },
    data: { outletId: "ent_jagran" },
  });
  const start = body.indexOf(QUOTE);
  ({ claimId } = ok(
    await logClaimAction({
      articleId,
      start,
      end: start + QUOTE.length,
      textHi: `रूसी अधिकारी के मुताबिक किम की ट्रेन में फ्रेंच वाइन के केस हैं ${tag}`,
      speaker: { type: "anonymous", anonymousAs: "एक अधिकारी", affiliationId: MFA, verb: "SAID" },
      relays: [{ entityId: "ent_nknews", verb: "REPORTED", cue: RELAY_CUE }],
    }),
  ));
  ok(
    await addEvidenceAction({
      claimId,
      url: `https://example.org/report-chain/${claimId}`,
      title: "Menu",
      stance: "SUPPORTS",
    }),
  );
  const v = ok<{ verdictId: string; version: number }>(
    await saveVerdictDraftAction({
      claimId,
      ratingId: "rating_unverifiable",
      summaryHi: "इस दावे की स्वतंत्र पुष्टि नहीं हो सकी है: परीक्षण का सार।",
      rationale: RATIONALE,
    }),
  );
  ok(await submitVerdictAction(v));
  // A second editor reviews and publishes: the review loop readers' work goes through.
  signIn(b);
  ok(await publishVerdictAction({ verdictId: v.verdictId, version: v.version + 1 }));
}, 60_000);

afterAll(() => {
  signIn(null);
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("a published anonymous-official chain, in every human report format", () => {
  it("the verdict page's renderer says the chain this way (what the formats are held to)", async () => {
    const { slug } = await db().claim.findUniqueOrThrow({ where: { id: claimId } });
    const d = await getPublishedDossier(slug);
    const m = d?.mentions[0];
    if (!m) throw new Error("not published");
    expect(chainText(m.chain, m.article.outlet, "hi")).toBe(`${CHAIN} → जागरण ने छापा`);
  });

  it("CSV: the chain column, the speaker and the relay", async () => {
    const rows: Record<string, string>[] = parse(await (await download("csv")).text(), {
      bom: true,
      columns: true,
    });
    const appearance = rows.find((r) => r.row_type === "appearance");
    expect(appearance).toMatchObject({
      attribution_chain: LINE,
      speaker: "रूसी विदेश मंत्रालय के एक अधिकारी",
      relayed_by: "एनके न्यूज",
    });
  });

  it("JSON: every link with its verb, cue, anonymous source and affiliation, and the rationale", async () => {
    const report = JSON.parse(await (await download("json")).text());
    const claim = report.claims.find((c: { id: string }) => c.id === claimId);
    expect(claim.verdict.rationale).toBe(RATIONALE);
    expect(claim.appearances[0].attribution).toEqual([
      {
        position: 0,
        role: "SPEAKER",
        verb: "SAID",
        cue: null,
        entity: null,
        anonymousAs: "एक अधिकारी",
        affiliation: {
          id: MFA,
          kind: expect.any(String),
          nameHi: "रूसी विदेश मंत्रालय",
          nameEn: "Russian Ministry of Foreign Affairs",
        },
      },
      {
        position: 1,
        role: "RELAY",
        verb: "REPORTED",
        cue: RELAY_CUE,
        entity: {
          id: "ent_nknews",
          kind: expect.any(String),
          nameHi: "एनके न्यूज",
          nameEn: "NK News",
        },
        anonymousAs: null,
        affiliation: null,
      },
    ]);
  });

  it("Markdown: the chain and the rationale, in Hindi unless English is asked for", async () => {
    // No language asked for and none chosen (no cookie, no Accept-Language): Hindi.
    const md = await (await download("md")).text();
    expect(md).toContain(`  - ${LINE}`);
    expect(md).toContain("# संदर्भ रिपोर्ट:");
    expect(md).toContain(`> ${RATIONALE}`);
    expect(md).not.toContain("लेख का अपना दावा");
    const en = await (await download("md", "en")).text();
    expect(en).toContain(`  - ${CHAIN_EN} (“${RELAY_CUE}”) → Jagran published`);
    expect(en).toContain("# Citation report:");
    expect(en).toContain(`> ${RATIONALE}`);
    // The editor's chosen language (the header switch's cookie) when the link names none.
    const chosen = await downloadReport(
      new Request(`http://pramaan.test/api/reports?claim=${claimId}&format=md`, {
        headers: { cookie: "pramaan-lang=en" },
      }),
    );
    expect(await chosen.text()).toContain("# Citation report:");
  });

  it("XLSX: the header row in the language asked for; CSV keeps its column names", async () => {
    const hi = Buffer.from(await (await download("xlsx", "hi")).arrayBuffer());
    const en = Buffer.from(await (await download("xlsx", "en")).arrayBuffer());
    // The zip's members are compressed: the header is checked in tests/unit/report-xlsx.test.ts;
    // here only that the two differ and both are workbooks.
    for (const book of [hi, en]) expect(book.subarray(0, 2).toString()).toBe("PK");
    expect(hi.equals(en)).toBe(false);
    const csv = await (await download("csv", "hi")).text();
    expect(csv.split("\n")[0]).toContain("claim_id,claim_url");
  });

  it("PDF: pdftotext reads the chain and the rationale", async () => {
    const file = path.join(dir, "report.pdf");
    fs.writeFileSync(file, Buffer.from(await (await download("pdf")).arrayBuffer()));
    const text = squash(
      execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }),
    );
    expect(text).toContain(squash(LINE));
    // pdftotext puts a space inside some words with the e-matra ("के वल"): compared without spaces.
    const bare = (s: string) => s.replace(/\s+/g, "");
    expect(bare(text)).toContain(bare(RATIONALE));
    expect(text).not.toContain("लेख का अपना दावा");
  }, 60_000);

  it("the printable page: the chain as the verdict page says it, and the rationale", async () => {
    signIn(a);
    setTestLang("hi");
    const page = await PrintReportPage({ searchParams: Promise.resolve({ claim: claimId }) });
    const html = renderToStaticMarkup(page);
    setTestLang("en");
    // The chain's own element, its text as the reader's browser shows it.
    const chain = /data-testid="report-chain">([^<]*)</.exec(html)?.[1];
    expect(chain?.replaceAll("&quot;", '"')).toBe(LINE);
    expect(html).toContain(RATIONALE);
  });
});
