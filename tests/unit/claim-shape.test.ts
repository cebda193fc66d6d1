// The declared shape of a claim (lib/claim/shape.ts). Each view declares every dossier field as shown
// or omitted; the compiler holds the declarations complete (tsc runs in npm test), and this test holds
// them true: for a claim whose every field has a value, each value a view calls "shown" is found in
// what that view puts out — the verdict page's HTML, the v1 API's JSON, the report's JSON, the review
// snapshot — and each field the history calls "shown" makes a change line when it changes.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PublicVerdict } from "@/components/verdict-page";
import { VERDICT_PAGE_CLAIM_FIELDS } from "@/components/verdict-page-fields";
import { VERB_WORDS } from "@/lib/attribution/render";
import { formatDate, formatDateTime, formatStoredDay, isoDay } from "@/lib/calendar/format";
import { zonedIso } from "@/lib/calendar/zoned";
import type { ClaimDossier } from "@/lib/claim/dossier";
import { type ClaimFields, declaredFields } from "@/lib/claim/shape";
import { describeEvent, HISTORY_CLAIM_FIELDS } from "@/lib/history/describe";
import { CORRECTION_KIND_LABELS, STANCE_LABELS } from "@/lib/labels";
import { API_CLAIM_FIELDS, apiClaimDetail } from "@/lib/public/api";
import { buildReport, REPORT_CLAIM_FIELDS } from "@/lib/report/build";
import { jsonWriter } from "@/lib/report/json";
import { writeAll } from "@/lib/report/writer";
import { SNAPSHOT_CLAIM_FIELDS, snapshotOf } from "@/lib/review/snapshot";
import { setTestLang } from "../support/intl";
import { publishedDossier } from "./dossier-fixture";

const BASE = "https://pramaan.test";
const mfa = {
  id: "ent_mfa",
  slug: "russian-mfa",
  kind: "ORGANISATION" as const,
  nameHi: "रूसी विदेश मंत्रालय",
  nameEn: "Russian Ministry of Foreign Affairs",
};
const kcna = { ...mfa, id: "ent_kcna", slug: "kcna", nameHi: "केसीएनए", nameEn: "KCNA" };
const jagran = { ...mfa, id: "ent_jagran", slug: "jagran", nameHi: "जागरण", nameEn: "Jagran" };
const seen = (labelEn: string) => ({
  id: `v_${labelEn}`,
  summaryHi: "पहले का सारांश",
  summaryEn: "The summary before",
  rating: { id: `r_${labelEn}`, labelHi: `हिंदी ${labelEn}`, labelEn, colour: "#000000" },
});

/** A published, retracted claim in which every field a view might show has a value to find. */
function everyField(): ClaimDossier {
  const d = publishedDossier();
  const v = d.verdict;
  const m = d.mentions[0];
  const e = d.evidence[0];
  if (!v || !m || !e) throw new Error("the fixture lost its verdict, mention or evidence");
  const [, relay] = m.chain;
  if (!relay) throw new Error("the fixture lost its relay");
  return {
    ...d,
    retractedAt: new Date("2023-10-02T06:00:00Z"),
    verdict: {
      ...v,
      updatedAt: new Date("2023-10-02T06:00:00Z"),
      originator: { ...kcna, url: "https://kcna.test/", affiliationId: null },
      originatorId: kcna.id,
      originatorEvidenceId: e.id,
      originatorNote: "प्रतिलिपि में पहले केसीएनए का नाम है",
      misattributedMentionIds: [m.id],
    },
    mentions: [
      {
        ...m,
        orphanedFromRevision: 7,
        article: { ...m.article, outlet: jagran, url: "https://jagran.test/kim-train" },
        chain: [
          {
            position: 0,
            role: "SPEAKER",
            verb: "CLAIMED",
            cue: "का दावा है",
            entity: null,
            anonymousAs: "एक अधिकारी",
            affiliation: mfa,
          },
          { ...relay, verb: "REPORTED", cue: "की रिपोर्ट में" },
        ],
      },
    ],
    evidence: [
      {
        ...e,
        note: "संपादक की टिप्पणी: स्रोत विश्वसनीय है",
        source: {
          id: "src_1",
          url: "https://example.org/bbc/train?a=1,2",
          title: "Kim's train, explained",
          publisher: "BBC News",
          authors: [{ family: "Zwirko", given: "Colin" }, { literal: "बीबीसी हिंदी" }],
          lang: "en",
          publishedAt: new Date("2023-09-11T00:00:00Z"),
          accessedAt: new Date("2023-09-15T00:00:00Z"),
          archiveUrl: "https://web.archive.org/web/2023/https://example.org/bbc/train",
          version: 2,
          createdAt: new Date("2023-09-15T10:00:00Z"),
        },
      },
    ],
    corrections: [
      {
        id: "corr_retract",
        kind: "RETRACTION",
        noteHi: "नए सबूत के बाद यह फैक्ट चेक वापस लिया गया",
        noteEn: "Withdrawn after new evidence",
        version: 1,
        createdAt: new Date("2023-10-01T06:00:00Z"),
        publishedAt: new Date("2023-10-02T06:00:00Z"),
        requestedBy: { id: "u1", name: "Asha Verma" },
        approvedBy: { id: "u2", name: "Ravi Kumar" },
        from: seen("Mostly true"),
        to: seen("Unproven"),
      },
    ],
  };
}

// How a value may read in a view: as stored, escaped for HTML or JSON, lower-cased (the API's
// enums), as the Hindi words for an enum, or as any of the product's ways of writing a date.
const html = (s: string) =>
  s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#x27;");
const ENUM_WORDS: Record<string, string[]> = Object.fromEntries(
  [VERB_WORDS, STANCE_LABELS, CORRECTION_KIND_LABELS].flatMap((t) =>
    Object.entries(t).map(([k, w]) => [k, [w.hi, w.en]]),
  ),
);
function readings(v: string | number | Date): string[] {
  if (v instanceof Date)
    return [
      v.toISOString(),
      zonedIso(v) ?? "",
      isoDay(v) ?? "",
      v.toISOString().slice(0, 10),
      formatDate(v),
      formatDateTime(v),
      formatStoredDay(v),
    ].filter(Boolean);
  const s = String(v);
  return [s, s.toLowerCase(), html(s), JSON.stringify(s).slice(1, -1), ...(ENUM_WORDS[s] ?? [])];
}

/** The values at a path ("mentions.chain.entity"), through every list on the way. */
function valuesAt(node: unknown, path: string[]): unknown[] {
  if (Array.isArray(node)) return node.flatMap((x) => valuesAt(x, path));
  if (path.length === 0) return [node];
  if (!node || typeof node !== "object") return [];
  const [key, ...rest] = path;
  return valuesAt((node as Record<string, unknown>)[key as string], rest);
}

/** Scalars inside a value: an entity, a person or a rating is found by any of its words. */
function leaves(v: unknown): (string | number | Date)[] {
  if (v === null || v === undefined || v === "" || typeof v === "boolean") return [];
  if (typeof v === "string" || typeof v === "number" || v instanceof Date) return [v];
  if (Array.isArray(v)) return v.flatMap(leaves);
  return Object.values(v as object).flatMap(leaves);
}

/** Every "shown" field whose value is nowhere in the output (or has no value to look for). */
function missing(fields: ClaimFields, claim: ClaimDossier, output: string): string[] {
  const found = (x: string | number | Date) => readings(x).some((r) => output.includes(r));
  return declaredFields(fields)
    .filter((f) => f.fate === "shown")
    .flatMap(({ path }) => {
      const values = valuesAt(claim, path.split(".")).filter((x) => leaves(x).length > 0);
      if (values.length === 0) return [`${path} (the fixture gives it no value)`];
      // Each value must show: a scalar as itself, an object by one of its words, a list item by item.
      const lost = values.filter((x) =>
        Array.isArray(x) ? !x.every((i) => leaves(i).some(found)) : !leaves(x).some(found),
      );
      return lost.length ? [path] : [];
    });
}

describe("every view shows what it declares shown", () => {
  const claim = everyField();

  it("the public verdict page", () => {
    const v = claim.verdict;
    if (!v) throw new Error("no verdict");
    // Read in both languages: a value may show in the page's language only (an anonymous source's
    // common Hindi words read "an official" in English), so each must show in one of them.
    const render = (lang: "hi" | "en") => {
      setTestLang(lang);
      try {
        return renderToStaticMarkup(createElement(PublicVerdict, { claim, verdict: v }));
      } finally {
        setTestLang("en");
      }
    };
    const page = render("hi") + render("en");
    expect(missing(VERDICT_PAGE_CLAIM_FIELDS, claim, page)).toEqual([]);
  });

  it("the v1 API", () => {
    const json = JSON.stringify(apiClaimDetail(claim, BASE));
    expect(missing(API_CLAIM_FIELDS, claim, json)).toEqual([]);
  });

  it("the report model, written as JSON", () => {
    const report = buildReport({ title: "t", filters: {} as never }, [claim], { baseUrl: BASE });
    const json = writeAll(jsonWriter, report);
    expect(missing(REPORT_CLAIM_FIELDS, claim, json)).toEqual([]);
  });

  it("the review snapshot", () => {
    const json = JSON.stringify(snapshotOf(claim));
    expect(missing(SNAPSHOT_CLAIM_FIELDS, claim, json)).toEqual([]);
  });

  it("the history: every field it declares shown makes a change line when it changes", () => {
    // The audit log stores rows, so a chain link's entity is its id and the name comes from `names`.
    const names = { entities: { ent_a: "Sergei Shoigu", ent_b: "TASS" } };
    const LINK_KEYS: Record<string, [unknown, unknown]> = {
      verb: ["SAID", "DENIED"],
      cue: ["ने कहा", "के मुताबिक"],
      entityId: ["ent_a", "ent_b"],
      anonymousAs: ["एक अधिकारी", "एक सूत्र"],
      affiliationId: ["ent_a", "ent_b"],
    };
    const ACTION: Record<string, string> = {
      "": "claim.update",
      verdict: "verdict.update",
      mentions: "mention.reselect",
      evidence: "evidence.update",
      corrections: "correction.update",
    };
    const silent = declaredFields(HISTORY_CLAIM_FIELDS)
      .filter((f) => f.fate === "shown")
      .filter(({ path }) => {
        const parts = path.split(".");
        const field = parts.at(-1) ?? "";
        if (parts[1] === "chain") {
          const key = field === "entity" || field === "affiliation" ? `${field}Id` : field;
          const [a, b] = LINK_KEYS[key] ?? [null, null];
          // An anonymous source's words and organisation are said only when no entity is named.
          const named = key === "anonymousAs" || key === "affiliationId" ? null : "ent_a";
          const link = (x: unknown) => ({
            attribution: [
              { role: "SPEAKER", position: 0, verb: "SAID", entityId: named, [key]: x },
            ],
          });
          return !describeEvent(
            { action: "mention.attribution", before: link(a), after: link(b), actorName: "A" },
            names,
          ).changes.length;
        }
        const action = ACTION[parts.length > 1 ? (parts[0] ?? "") : ""] ?? "claim.update";
        const change = describeEvent(
          { action, before: { [field]: "पहले" }, after: { [field]: "बाद में" }, actorName: "A" },
          names,
        );
        return change.changes.length === 0;
      })
      .map((f) => f.path);
    expect(silent).toEqual([]);
  });

  it("a field no view knows about fails to compile", () => {
    // @ts-expect-error: a declaration must name every dossier field, none missing.
    const partial: ClaimFields = { id: "shown" };
    expect(partial).toBeTruthy();
  });
});
