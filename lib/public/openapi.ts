// The v1 API described as OpenAPI 3.1, generated from the zod schemas the routes use: query strings
// from ./params.ts (input side: what a client may send), bodies from ./api-schema.ts (output side:
// what the routes answer). Served at /api/v1/openapi.json. OpenAPI 3.1's Schema Objects are JSON
// Schema 2020-12, which zod 4 writes natively (`z.toJSONSchema`), so nothing is translated by hand.
import { z } from "zod";
import { REPORT_FORMATS } from "../report/formats";
import { FILTER_KEYS } from "../report/scope";
import { apiComponents } from "./api-schema";
import {
  claimListQuerySchema,
  claimSlugSchema,
  correctionsQuerySchema,
  entityApiQuerySchema,
  entityPageQuerySchema,
  entitySlugSchema,
} from "./params";

type Json = Record<string, unknown>;

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/** A schema as a Schema Object: no `$schema` (OpenAPI's dialect applies), no `$id`. */
function schemaObject(schema: z.ZodType, io: "input" | "output"): Json {
  const {
    $schema: _,
    $id: __,
    ...rest
  } = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io,
    unrepresentable: "any",
  }) as Json;
  return rest;
}

/** Query parameters from a route's query schema, one per property, with a word on each. */
function queryParameters(schema: z.ZodObject, words: Record<string, string>): Json[] {
  return Object.entries(schema.shape).map(([name, field]) => ({
    name,
    in: "query",
    required: false,
    description: words[name],
    schema: schemaObject(field as z.ZodType, "input"),
  }));
}

const pathSlug = (schema: z.ZodType, description: string) => ({
  name: "slug",
  in: "path",
  required: true,
  description,
  schema: schemaObject(schema, "input"),
});

const json = (schema: Json) => ({ content: { "application/json": { schema } } });
const ok = (id: string, description: string) => ({ description, ...json(ref(id)) });
const error = (description: string) => ({ description, ...json(ref("Error")) });
const ERRORS = {
  400: error("A query parameter the route cannot take (`bad_request`, with a `message`)."),
  404: error("Nothing published answers to this address (`not_found`)."),
  429: {
    ...error("Over this client's budget (`rate_limited`); try again after `retry_after` seconds."),
    headers: { "Retry-After": { schema: { type: "integer" }, description: "Seconds to wait." } },
  },
};

const REPORT_FILTER_WORDS: Record<(typeof FILTER_KEYS)[number], string> = {
  q: "Search words, as the site's search takes them.",
  claim: "One claim's id.",
  article: "Claims that appeared in this article (its id).",
  entity: "Claims this entity said, relayed or carried (its id).",
  topic: "Claims on this topic.",
  status: "Only PUBLISHED: the public API has published fact checks only.",
  rating: "Claims with this rating (its id).",
  from: "First day of a date range, YYYY-MM-DD (newsroom days).",
  to: "Last day of a date range, YYYY-MM-DD.",
  on: "Which date the range is on: `article` (default), `published` or `logged`.",
};

/** What a report format's body is, by its media type. */
function reportBody(format: string, contentType: string): [string, Json] {
  const type = contentType.split(";")[0].trim();
  if (format === "json") return [type, { schema: ref("ReportJson") }];
  if (format === "claimreview")
    return [
      type,
      { schema: { type: "object", description: "A schema.org DataFeed of ClaimReviews." } },
    ];
  const binary = !contentType.includes("charset");
  return [type, { schema: binary ? { contentMediaType: type } : { type: "string" } }];
}

/** The OpenAPI 3.1 document for the v1 API served from `baseUrl`. */
export function openApiDocument(baseUrl: string): Json {
  const { schemas } = z.toJSONSchema(apiComponents, {
    target: "draft-2020-12",
    io: "output",
    unrepresentable: "any",
    uri: (id) => `#/components/schemas/${id}`,
  });
  const components = Object.fromEntries(
    Object.entries(schemas).map(([id, s]) => {
      const { $schema: _, $id: __, ...rest } = s as Json;
      return [id, rest];
    }),
  );
  const formats = Object.entries(REPORT_FORMATS);
  return {
    openapi: "3.1.1",
    info: {
      title: "Pramaan public API",
      version: "1",
      description:
        "Published fact checks of Hindi news: claims with their verdicts and attribution chains, " +
        "the corrections log, the entity registry, and citation reports. Read-only; no key; CORS open.",
    },
    servers: [{ url: `${baseUrl}/api/v1` }],
    paths: {
      "/claims": {
        get: {
          operationId: "listClaims",
          summary: "The latest published fact checks",
          parameters: queryParameters(claimListQuerySchema, {
            limit: "How many, 1–100 (more reads as 100); 50 when not given.",
          }),
          responses: { 200: ok("ClaimList", "Newest first."), 400: ERRORS[400] },
        },
      },
      "/claims/{slug}": {
        get: {
          operationId: "getClaim",
          summary: "One published fact check",
          parameters: [pathSlug(claimSlugSchema, "The claim's slug, as in its page's address.")],
          responses: { 200: ok("ClaimResponse", "The fact check."), 404: ERRORS[404] },
        },
      },
      "/corrections": {
        get: {
          operationId: "listCorrections",
          summary: "The corrections log",
          parameters: queryParameters(correctionsQuerySchema, {
            page: "Page number from 1.",
            limit: "Entries per page, 1–50 (more reads as 50).",
          }),
          responses: { 200: ok("CorrectionList", "Newest first."), 400: ERRORS[400] },
        },
      },
      "/entities": {
        get: {
          operationId: "listEntities",
          summary: "Entities with published claims",
          parameters: queryParameters(entityApiQuerySchema, {
            q: "Words of a name or alias, Hindi or English.",
            kind: "Only entities of this kind (an unknown kind is ignored).",
            after: "The cursor from the previous page's `next`.",
          }),
          responses: {
            200: ok("EntityList", "By name, 20 a page."),
            400: ERRORS[400],
            429: ERRORS[429],
          },
        },
      },
      "/entities/{slug}": {
        get: {
          operationId: "getEntity",
          summary: "An entity's published claims by role",
          parameters: [
            pathSlug(entitySlugSchema, "The entity's slug."),
            ...queryParameters(entityPageQuerySchema, {
              role: "Page through one role's claims: said, anonymous, relayed, carried, origin.",
              after: "The cursor from that role's `next`.",
            }),
          ],
          responses: {
            200: ok("EntityResponse", "The entity."),
            308: {
              description: "A merged entity: `Location` is the entity it was merged into.",
              headers: { Location: { schema: { type: "string" } } },
            },
            404: ERRORS[404],
            429: ERRORS[429],
          },
        },
      },
      "/reports": {
        get: {
          operationId: "getReport",
          summary: "Published fact checks as a citation report",
          description:
            "Streamed. The same filters as the newsroom's report builder; drafts never appear.",
          parameters: [
            {
              name: "format",
              in: "query",
              required: false,
              description: "The report format; `json` when not given.",
              schema: { type: "string", enum: formats.map(([f]) => f), default: "json" },
            },
            ...FILTER_KEYS.map((name) => ({
              name,
              in: "query",
              required: false,
              description: REPORT_FILTER_WORDS[name],
              schema: { type: "string" },
            })),
          ],
          responses: {
            200: {
              description: "The report, in the format asked for.",
              content: Object.fromEntries(formats.map(([f, s]) => reportBody(f, s.contentType))),
            },
            400: error(
              "A filter or format the route cannot take (`bad_request` with `fields`, or `unsupported_format`).",
            ),
            429: ERRORS[429],
          },
        },
      },
      "/openapi.json": {
        get: {
          operationId: "getOpenApi",
          summary: "This document",
          responses: {
            200: { description: "OpenAPI 3.1.", ...json({ type: "object" }) },
          },
        },
      },
    },
    components: { schemas: components },
  };
}
