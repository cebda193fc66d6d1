// The v1 API's responses as zod output schemas: what the route handlers' bodies are typed against
// (app/api/v1/**: `satisfies`), and what the OpenAPI document (./openapi.ts) is generated from. Every
// object is closed (JSON Schema `additionalProperties: false` in output mode), so a field that a
// route starts sending without being described here fails the contract test
// (tests/integration/api-openapi.test.ts) instead of reaching clients undocumented.
// No imports from the route handlers or the database: the document is built without either.
import { z } from "zod";
import { ATTRIBUTION_VERBS, ENTITY_KINDS } from "../entity/kinds";
import { ENTITY_ROLES } from "./entity-roles";

/** Component names of the OpenAPI document: only schemas registered here become `$ref`s. */
export const apiComponents = z.registry<{ id: string; description?: string }>();
function named<T extends z.ZodType>(schema: T, id: string, description: string): T {
  apiComponents.add(schema as z.ZodType, { id, description });
  return schema;
}

/**
 * A code the API writes lower-cased from an enum (lib/public/api.ts: `kind.toLowerCase()`): typed as
 * the string it is in TypeScript, listed as an `enum` in the document, so the contract test still
 * refuses a value the document does not name.
 */
const lowerEnum = (values: readonly string[]) =>
  z.string().meta({ enum: values.map((v) => v.toLowerCase()) });

const instant = z.iso.datetime({ offset: true }).describe("An instant, ISO 8601 (UTC, `Z`).");
const day = z.iso.date().describe("A calendar day in the newsroom's zone, YYYY-MM-DD.");
const entityKind = lowerEnum(ENTITY_KINDS);

const entityName = named(
  z.object({
    slug: z.string(),
    name_hi: z.string().nullable(),
    name_en: z.string().nullable(),
    url: z.string().describe("The entity's public page on this site."),
  }),
  "EntityName",
  "An entity (person, organisation, outlet…) as every v1 route names it.",
);

const ratingLabel = z.object({ label_hi: z.string(), label_en: z.string() });

const chainLink = named(
  z.object({
    role: lowerEnum(["speaker", "relay"]),
    entity: entityName.nullable().describe("Null for an anonymous source or the article itself."),
    verb: lowerEnum(ATTRIBUTION_VERBS),
    cue: z.string().nullable().describe("The text's own words for the link (“के मुताबिक”)."),
    anonymous_as: z.string().nullable().describe("How the text names an anonymous source."),
    affiliation: entityName.nullable().describe("The organisation an anonymous source belongs to."),
  }),
  "ChainLink",
  "One link of an attribution chain: who said or passed on the claim, and how.",
);

const appearance = named(
  z.object({
    article: z.object({
      id: z.string(),
      title: z.string(),
      url: z.string().nullable().describe("The article's own address, when it has one."),
      public_url: z.string(),
      outlet: z.string().nullable(),
      date: day.nullable().describe("Publication day, else the day of the events."),
    }),
    quote: z.string(),
    speaker: z.string().nullable().describe("Null when the article says it in its own voice."),
    relayed_by: z.array(z.string()),
    chain: z.array(chainLink).describe("Speaker first, then who relayed it."),
    chain_text: z.object({ hi: z.string(), en: z.string() }),
  }),
  "Appearance",
  "Where the claim appeared, and who the article attributes it to.",
);

const claimSummarySchema = named(
  z.object({
    slug: z.string(),
    url: z.string(),
    claim: z.object({ hi: z.string(), en: z.string().nullable() }),
    topic: z.string().nullable(),
    retracted_at: instant.nullable().describe("Set when the newsroom withdrew the fact check."),
    verdict: z.object({
      rating: z.object({
        label_hi: z.string(),
        label_en: z.string(),
        value: z.number().nullable().describe("Null for a finding off the scale (unverifiable)."),
        best: z.number().nullable(),
        worst: z.number().nullable(),
      }),
      summary_hi: z.string(),
      summary_en: z.string().nullable(),
      published_at: instant.nullable(),
    }),
    appearances: z.array(appearance),
  }),
  "ClaimSummary",
  "A published fact check: the claim, its verdict and where it appeared.",
);

const correction = named(
  z.object({
    id: z.string(),
    kind: lowerEnum(["correction", "clarification", "retraction"]),
    note_hi: z.string(),
    note_en: z.string().nullable(),
    published_at: instant.nullable(),
    rating_before: ratingLabel.nullable(),
    rating_after: ratingLabel.nullable(),
  }),
  "Correction",
  "An approved, published change to a fact check.",
);

const sourceAuthor = z.union([
  z.object({ family: z.string(), given: z.string().optional() }),
  z.object({ literal: z.string() }),
]);

const claimDetailSchema = named(
  claimSummarySchema.extend({
    rationale: z.string(),
    written_by: z.string(),
    authors: z.array(z.string()),
    reviewed_by: z.string().nullable(),
    sources: z.array(
      z.object({
        url: z.string(),
        title: z.string(),
        publisher: z.string().nullable(),
        author: z.string().nullable().describe("The authors as one line of text."),
        authors: z
          .array(sourceAuthor)
          .describe("People as family/given names; organisations and other names as `literal`."),
        published: day.nullable(),
        accessed: day.nullable(),
        archive_url: z.string().nullable(),
        stance: lowerEnum(["supports", "contradicts", "context"]),
        quote: z.string().nullable(),
      }),
    ),
    originator: z
      .object({
        slug: z.string(),
        name_hi: z.string().nullable(),
        name_en: z.string().nullable(),
        kind: entityKind,
      })
      .nullable()
      .describe("Who the evidence shows the claim really came from, when the verdict says."),
    misattributions: z.array(
      z.object({
        mention_id: z.string(),
        article_id: z.string(),
        attributed_to: z.string(),
        came_from: z.string(),
        evidence: z.object({ url: z.string(), title: z.string() }).nullable(),
        note: z.string().nullable(),
      }),
    ),
    corrections: z.array(correction).describe("Newest first."),
  }),
  "ClaimDetail",
  "A published fact check with its reasoning, sources, origin and corrections.",
);

const correctionListItemSchema = named(
  correction.extend({
    claim: z.object({
      slug: z.string(),
      url: z.string(),
      hi: z.string(),
      en: z.string().nullable(),
    }),
  }),
  "CorrectionListItem",
  "An entry of the corrections log, with the claim it changed.",
);

const roleCounts = z.object({
  ...Object.fromEntries(ENTITY_ROLES.map((r) => [r, z.number().int()])),
  total: z.number().int(),
});

const entityListItemSchema = named(
  entityName.extend({
    kind: entityKind,
    description: z.string().nullable(),
    counts: roleCounts.describe(
      "Claims per role; a count equal to counts_capped_at means “at least”.",
    ),
    counts_capped_at: z.number().int(),
  }),
  "EntityListItem",
  "An entity with published claims, as the index lists it.",
);

const roleClaim = z.object({
  slug: z.string(),
  url: z.string(),
  claim: z.object({ hi: z.string(), en: z.string().nullable() }),
  rating: ratingLabel,
  published_at: instant.nullable(),
  retracted_at: instant.nullable(),
  misattributed: z.object({ originator: entityName.nullable() }).nullable(),
});

const entityDetailSchema = named(
  entityName.extend({
    kind: entityKind,
    aliases: z.array(z.string()),
    description: z.string().nullable(),
    link: z.string().nullable().describe("The entity's own site."),
    affiliation: entityName
      .extend({ url: z.string().nullable().describe("Null when it has no public page.") })
      .nullable(),
    members: z.array(entityName.extend({ kind: entityKind })),
    tally: z.array(
      z.object({
        role: z.enum(ENTITY_ROLES),
        total: z.number().int(),
        ratings: z.array(
          z.object({
            label_hi: z.string().nullable(),
            label_en: z.string().nullable(),
            count: z.number().int(),
          }),
        ),
      }),
    ),
    roles: z.partialRecord(
      z.enum(ENTITY_ROLES),
      z.object({
        total: z.number().int(),
        claims: z.array(roleClaim),
        next: z.string().nullable().describe("The next page of this role's claims."),
      }),
    ),
  }),
  "EntityDetail",
  "An entity's public page: who it is, and its published claims by role.",
);

// Envelopes: what each route answers with 200.
const claimListResponse = named(
  z.object({ data: z.array(claimSummarySchema), count: z.number().int() }),
  "ClaimList",
  "The latest published fact checks, newest first.",
);
const claimResponse = named(
  z.object({ data: claimDetailSchema }),
  "ClaimResponse",
  "One published fact check.",
);
const correctionListResponse = named(
  z.object({
    data: z.array(correctionListItemSchema),
    count: z.number().int(),
    total: z.number().int(),
    page: z.number().int(),
    pages: z.number().int(),
  }),
  "CorrectionList",
  "One page of the corrections log, newest first.",
);
const entityListResponse = named(
  z.object({
    data: z.array(entityListItemSchema),
    count: z.number().int(),
    next: z.string().nullable().describe("The next page, when there is one."),
  }),
  "EntityList",
  "Entities with published claims, by name.",
);
const entityResponse = named(
  z.object({ data: entityDetailSchema }),
  "EntityResponse",
  "One entity's public page.",
);

/** GET /api/v1/reports?format=json: the report model (README, "Citation reports"), claims open-ended. */
named(
  z.object({
    site: z.string(),
    generatedAt: z.string(),
    timeZone: z.string(),
    includesDrafts: z.literal(false),
    scope: z.object({ title: z.string(), filters: z.record(z.string(), z.unknown()) }),
    claims: z.array(z.looseObject({ id: z.string(), url: z.string().nullable() })),
  }),
  "ReportJson",
  "A citation report as JSON: its heading, then one object per published claim.",
);

/** Every error the v1 API answers with: a code, and what the code needs said. */
const apiErrorSchema = named(
  z.object({
    error: z.enum(["bad_request", "not_found", "rate_limited", "unsupported_format"]),
    message: z.string().optional(),
    fields: z.record(z.string(), z.array(z.string())).optional(),
    formats: z.array(z.string()).optional(),
    reason: z.string().optional(),
    retry_after: z.number().optional().describe("Seconds to wait (also the Retry-After header)."),
  }),
  "Error",
  "An error: `error` is a stable code; the other fields depend on it.",
);
export type ApiError = z.output<typeof apiErrorSchema>;

// What the route handlers' bodies are checked against (`satisfies`), so a body that drifts from the
// document fails to compile where it is written.
export type ClaimList = z.output<typeof claimListResponse>;
export type ClaimResponse = z.output<typeof claimResponse>;
export type CorrectionList = z.output<typeof correctionListResponse>;
export type EntityList = z.output<typeof entityListResponse>;
export type EntityResponse = z.output<typeof entityResponse>;
