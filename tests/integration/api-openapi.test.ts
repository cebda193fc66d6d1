// The v1 API against its OpenAPI 3.1 document, both read with ajv (JSON Schema 2020-12), not with
// zod that wrote them: the document is valid against the official OpenAPI 3.1 schema (vendored from
// OAI/OpenAPI-Specification, tests/fixtures/openapi-3.1/), it lists every route under app/api/v1,
// and every real answer of every route on the seeded database — 200s, 400s, 404s and a 429 —
// matches the schema the document gives for that route and status. Objects are closed in the
// document, so a field a route starts sending without describing it fails here.
import fs from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  GET as notFoundGET,
  HEAD as notFoundHEAD,
  POST as notFoundPOST,
} from "@/app/api/v1/[...rest]/route";
import { GET as claimGET } from "@/app/api/v1/claims/[slug]/route";
import { GET as claimsGET } from "@/app/api/v1/claims/route";
import { GET as correctionsGET } from "@/app/api/v1/corrections/route";
import { GET as entityGET } from "@/app/api/v1/entities/[slug]/route";
import { GET as entitiesGET } from "@/app/api/v1/entities/route";
import { GET as openapiGET } from "@/app/api/v1/openapi.json/route";
import { GET as reportsGET } from "@/app/api/v1/reports/route";
import { makeDemoAnonymous } from "../support/anonymous-demo";

type Json = Record<string, any>;
const DOC_ID = "urn:pramaan:openapi";
const fixture = (name: string) =>
  JSON.parse(fs.readFileSync(new URL(`../fixtures/openapi-3.1/${name}`, import.meta.url), "utf8"));

const req = (url: string, init: RequestInit = {}) =>
  new Request(`http://localhost/api/v1${url}`, {
    ...init,
    headers: { "x-pramaan-client-ip": "10.8.0.1", ...init.headers },
  });
const params = (slug: string) => ({ params: Promise.resolve({ slug }) });

let doc: Json;
let ajv: Ajv2020;
let restore: () => Promise<void>;

beforeAll(async () => {
  restore = await makeDemoAnonymous();
  const res = await openapiGET();
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  expect(res.headers.get("cache-control")).toMatch(/public/);
  doc = await res.json();
  ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  // The document is not a schema, but its response schemas are reached by JSON pointer into it.
  ajv.addSchema({ ...doc, $id: DOC_ID });
});
afterAll(() => restore());

const pointer = (...parts: string[]) =>
  parts.map((p) => p.replace(/~/g, "~0").replace(/\//g, "~1")).join("/");

/** Every route and status a real answer was checked for ("/claims 200"), and how many answers. */
const seen = new Set<string>();
let answers = 0;

/** Checks a real response against the document: its status is listed, its body fits the schema. */
async function conforms(route: string, res: Response): Promise<Json | string> {
  const op = doc.paths[route]?.get;
  expect(op, `no GET ${route} in the document`).toBeTruthy();
  const status = String(res.status);
  seen.add(`${route} ${status}`);
  answers++;
  expect(Object.keys(op.responses), `${route} answered ${status}`).toContain(status);
  const type = (res.headers.get("content-type") ?? "").split(";")[0].trim();
  const content = op.responses[status].content;
  if (!content) return "";
  expect(Object.keys(content), `${route} ${status} as ${type}`).toContain(type);
  const body = type.endsWith("json") ? await res.json() : await res.text();
  const validate = ajv.getSchema(
    `${DOC_ID}#/${pointer("paths", route, "get", "responses", status, "content", type, "schema")}`,
  );
  if (!validate) throw new Error(`no schema for ${route} ${status} ${type}`);
  const valid = validate(body);
  expect(validate.errors ?? [], `${route} ${status}: ${JSON.stringify(validate.errors)}`).toEqual(
    [],
  );
  expect(valid).toBe(true);
  return body;
}

describe("the OpenAPI document", () => {
  // ajv 8 resolves the official schemas' `$dynamicRef: "#meta"` (where a Schema Object goes) to the
  // wrong place, so the two halves are checked apart: the document's structure by schema.json, its
  // `$dynamicRef`s pointed at the one `$dynamicAnchor: meta` they resolve to when schema.json is used
  // on its own (its `$defs/schema`: any object or boolean); then each Schema Object by the OAS dialect.
  it("is valid OpenAPI 3.1 by the official schema", () => {
    const official = new Ajv2020({ strict: false, allErrors: true });
    addFormats(official);
    official.addFormat("media-range", true); // OpenAPI's own format; ajv-formats does not know it
    const text = JSON.stringify(fixture("schema.json"));
    const staticRefs = text.replaceAll('{"$dynamicRef":"#meta"}', '{"$ref":"#/$defs/schema"}');
    expect(staticRefs).not.toContain("$dynamicRef");
    const validate = official.compile(JSON.parse(staticRefs));
    const valid = validate(doc);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(doc.openapi).toMatch(/^3\.1\./);
  });

  it("every Schema Object in it is valid by the OpenAPI 3.1 dialect (JSON Schema 2020-12)", () => {
    const dialect = new Ajv2020({ strict: false, allErrors: true });
    addFormats(dialect);
    dialect.addSchema(fixture("meta-base.json"));
    const validate = dialect.compile(fixture("dialect-base.json"));
    const schemas: [string, unknown][] = Object.entries(doc.components.schemas);
    for (const [route, item] of Object.entries<Json>(doc.paths)) {
      const op = item.get;
      for (const p of op.parameters ?? []) schemas.push([`${route} ${p.name}`, p.schema]);
      for (const [status, r] of Object.entries<Json>(op.responses))
        for (const [type, c] of Object.entries<Json>(r.content ?? {}))
          schemas.push([`${route} ${status} ${type}`, c.schema]);
    }
    expect(schemas.length).toBeGreaterThan(20);
    for (const [where, schema] of schemas) {
      const valid = validate(schema);
      expect(validate.errors ?? [], where).toEqual([]);
      expect(valid, where).toBe(true);
    }
    // Not vacuous: a schema the dialect refuses is refused.
    expect(validate({ type: "strnig", required: "x" })).toBe(false);
  });

  it("describes every route under app/api/v1, each with its parameters", () => {
    const root = path.resolve("app/api/v1");
    const routes: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name === "route.ts") routes.push(path.relative(root, dir));
      }
    };
    walk(root);
    const documented = routes
      .filter((r) => !r.startsWith("[..."))
      .map((r) => `/${r.replace(/\[(\w+)\]/g, "{$1}")}`)
      .sort();
    expect(Object.keys(doc.paths).sort()).toEqual(documented);
    const names = (route: string) =>
      (doc.paths[route].get.parameters ?? []).map((p: Json) => p.name).sort();
    expect(names("/claims")).toEqual(["limit"]);
    expect(names("/corrections")).toEqual(["limit", "page"]);
    expect(names("/entities")).toEqual(["after", "kind", "q"]);
    expect(names("/entities/{slug}")).toEqual(["after", "role", "slug"]);
    expect(names("/reports")).toEqual(expect.arrayContaining(["format", "from", "to", "on"]));
  });
});

describe("real answers match the document", () => {
  it("claims: the list, every claim in it, a bad limit and an unknown slug", async () => {
    const list = (await conforms("/claims", await claimsGET(req("/claims?limit=100")))) as Json;
    expect(list.data.length).toBeGreaterThan(0);
    // The seed's claim, with an anonymous official of an organisation in its chain.
    const chains = list.data.flatMap((c: Json) => c.appearances.flatMap((a: Json) => a.chain));
    expect(chains.some((l: Json) => l.anonymous_as && l.affiliation)).toBe(true);
    for (const c of list.data)
      await conforms("/claims/{slug}", await claimGET(req(`/claims/${c.slug}`), params(c.slug)));
    await conforms("/claims", await claimsGET(req("/claims?limit=abc")));
    await conforms("/claims/{slug}", await claimGET(req("/claims/no-such"), params("no-such")));
  });

  it("corrections: a page and a bad page number", async () => {
    await conforms("/corrections", await correctionsGET(req("/corrections?page=1&limit=5")));
    const bad = await correctionsGET(req("/corrections?page=0"));
    expect(bad.status).toBe(400);
    await conforms("/corrections", bad);
  });

  it("entities: the index, every entity on it, bad words and an unknown slug", async () => {
    const list = (await conforms("/entities", await entitiesGET(req("/entities")))) as Json;
    expect(list.data.length).toBeGreaterThan(0);
    for (const e of list.data)
      await conforms(
        "/entities/{slug}",
        await entityGET(req(`/entities/${e.slug}`), params(e.slug)),
      );
    const bad = await entitiesGET(req(`/entities?q=${encodeURIComponent("a\u0000b")}`));
    expect(bad.status).toBe(400);
    await conforms("/entities", bad);
    await conforms(
      "/entities/{slug}",
      await entityGET(req("/entities/no-such"), params("no-such")),
    );
    // Four at a time per client: what starts while four are in flight is refused.
    const headers = { "x-pramaan-client-ip": "10.8.0.98" };
    const detail = () => entityGET(req("/entities/no-such", { headers }), params("no-such"));
    const six = await Promise.all([
      ...[1, 2, 3, 4, 5].map(detail),
      entitiesGET(req("/entities", { headers })),
    ]);
    expect(six.map((r) => r.status)).toEqual([404, 404, 404, 404, 429, 429]);
    await conforms("/entities/{slug}", six[4]);
    await conforms("/entities", six[5]);
  });

  it("reports: JSON, an unknown format, a bad filter, and a client over its budget", async () => {
    const report = (await conforms(
      "/reports",
      await reportsGET(req("/reports?format=json")),
    )) as Json;
    expect(report.claims.length).toBeGreaterThan(0);
    for (const format of ["csv", "claimreview", "md"])
      await conforms("/reports", await reportsGET(req(`/reports?format=${format}`)));
    await conforms("/reports", await reportsGET(req("/reports?format=docx")));
    await conforms("/reports", await reportsGET(req("/reports?from=2023-13-45")));
    // Two exports at a time per client: a third, while two are still open, is refused.
    const headers = { "x-pramaan-client-ip": "10.8.0.99" };
    const open = [
      await reportsGET(req("/reports?format=csv", { headers })),
      await reportsGET(req("/reports?format=csv", { headers })),
    ];
    const third = await reportsGET(req("/reports?format=csv", { headers }));
    expect(third.status).toBe(429);
    expect(third.headers.get("retry-after")).toMatch(/^\d+$/);
    await conforms("/reports", third);
    await Promise.all(open.map((r) => r.text()));
  });

  it("a field the document does not describe fails the check", async () => {
    // A client of its own: the tests above fetch every claim, and in a full run (more published claims)
    // that spends 10.8.0.1's budget.
    const res = await claimsGET(
      req("/claims?limit=100", { headers: { "x-pramaan-client-ip": "10.8.0.2" } }),
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as Json;
    expect(body.data.length).toBeGreaterThan(0);
    body.data[0].verdict.secret = "x";
    const validate = ajv.getSchema(
      `${DOC_ID}#/${pointer("paths", "/claims", "get", "responses", "200", "content", "application/json", "schema")}`,
    );
    expect(validate?.(body)).toBe(false);
    expect(validate?.errors?.[0]?.keyword).toBe("additionalProperties");
  });
});

describe("coverage", () => {
  it("every response the document lists was met in a real answer", () => {
    // Not reachable on the seed: a merged entity's redirect (entity-merge tests cover it), and this
    // document itself (fetched above, not through `conforms`).
    const unreachable = new Set(["/entities/{slug} 308", "/openapi.json 200"]);
    const listed = Object.entries<Json>(doc.paths).flatMap(([route, item]) =>
      Object.keys(item.get.responses).map((status) => `${route} ${status}`),
    );
    expect(listed.filter((r) => !seen.has(r) && !unreachable.has(r))).toEqual([]);
    console.info(`OpenAPI: ${answers} real answers checked, ${seen.size} route/status pairs`);
  });
});

describe("an address no v1 route answers", () => {
  it("is a JSON 404 in the API's error shape, for GET, POST and HEAD", async () => {
    for (const answer of [
      await notFoundGET(req("/nothing/here")),
      await notFoundPOST(req("/nothing/here", { method: "POST", body: "{}" })),
    ]) {
      expect(answer.status).toBe(404);
      expect(answer.headers.get("content-type")).toMatch(/^application\/json/);
      const body = await answer.json();
      expect(body).toMatchObject({ error: "not_found" });
      expect(body.message).toContain("/api/v1/nothing/here");
      const validate = ajv.getSchema(`${DOC_ID}#/components/schemas/Error`);
      expect(validate?.(body)).toBe(true);
    }
    const head = await notFoundHEAD(req("/nothing/here", { method: "HEAD" }));
    expect(head.status).toBe(404);
    expect(await head.text()).toBe("");
  });
});
