// Shapes of claim input, shared by the form (client) and the action (server). No Prisma here.
import { z } from "zod";

export const ENTITY_KINDS = ["PERSON", "ORGANISATION", "OUTLET", "GOVERNMENT"] as const;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .optional()
    .transform((v) => (v ? v : undefined));

/** One link of an attribution chain: an existing entity, or a new one named here. */
export const partySchema = z
  .object({
    entityId: z.string().min(1).optional(),
    newEntityName: optionalText(120),
    newEntityKind: z.enum(ENTITY_KINDS).optional(),
    cue: optionalText(200),
  })
  .refine((p) => !!p.entityId !== !!p.newEntityName, { message: "Pick an entity or type a new name", path: ["entityId"] })
  .refine((p) => !p.newEntityName || p.newEntityName.length >= 2, { message: "Name is too short", path: ["newEntityName"] })
  .refine((p) => !p.newEntityName || !!p.newEntityKind, { message: "Say what kind of entity this is", path: ["newEntityKind"] });

export const speakerSchema = z.discriminatedUnion("type", [
  // The article states it in its own voice.
  z.object({ type: z.literal("article"), cue: optionalText(200) }),
  z.object({ type: z.literal("entity"), party: partySchema }),
]);

export const claimWordingSchema = z.object({
  textHi: z.string().trim().min(8, "Write the claim as a checkable statement (at least 8 characters)").max(1000, "At most 1000 characters"),
  textEn: optionalText(1000),
  topic: optionalText(60),
});

export const logClaimSchema = claimWordingSchema
  .extend({
    // Only needed for a new claim; another appearance of a logged claim keeps that claim's wording.
    textHi: z.string().trim().max(1000, "At most 1000 characters").optional(),
    articleId: z.string().min(1),
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    // Set when this quote is another appearance of a claim already logged.
    existingClaimId: z.string().min(1).optional(),
    speaker: speakerSchema,
    relays: z.array(partySchema).max(6, "At most 6 relays"),
  })
  .refine((c) => !!c.existingClaimId || (c.textHi ?? "").length >= 8, {
    message: "Write the claim as a checkable statement (at least 8 characters)",
    path: ["textHi"],
  });
export type LogClaimInput = z.input<typeof logClaimSchema>;
export type LogClaimData = z.output<typeof logClaimSchema>;

export const updateClaimSchema = claimWordingSchema.extend({ claimId: z.string().min(1), version: z.number().int().min(1) });
export type UpdateClaimInput = z.input<typeof updateClaimSchema>;
export type UpdateClaimData = z.output<typeof updateClaimSchema>;
