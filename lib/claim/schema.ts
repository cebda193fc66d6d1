// Shapes of claim input, shared by the form (client) and the action (server). No Prisma here.
import { z } from "zod";
import { ATTRIBUTION_VERBS } from "../entity/kinds";
import { checkRequiredPick, refuseUnpicked, unpickedName } from "../entity/unpicked";
import { recordId } from "../ids";
import { cursorParams, dayParam, lenient } from "../paging";
import { nameText, oneLine, optionalMultiLine, optionalOneLine } from "../text/clean";

const CHECKABLE = "Write the claim as a checkable statement (at least 8 characters)";

const verb = z.enum(ATTRIBUTION_VERBS);

/**
 * One named link of an attribution chain: an entity from the registry (names are added there, where
 * duplicates are checked, never typed into a chain), what it did with the claim, and the cue words.
 */
const partySchema = z
  .object({
    // Checked with the typed name below: a name typed and not picked is refused, named (unpicked.ts).
    entityId: z.string(),
    typed: unpickedName,
    verb: verb.optional(),
    cue: optionalOneLine(200),
  })
  .superRefine(checkRequiredPick);

export const speakerSchema = z.discriminatedUnion("type", [
  // The article states it in its own voice.
  z.object({ type: z.literal("article"), cue: optionalOneLine(200), verb: verb.optional() }),
  z.object({ type: z.literal("entity"), party: partySchema }),
  // Someone the text does not name ("एक अधिकारी"), optionally of a named organisation: a source of
  // its own, not a made-up person in the registry.
  z
    .object({
      type: z.literal("anonymous"),
      anonymousAs: nameText(2, 120),
      affiliationId: recordId.optional(),
      // An organisation typed and not picked: refused, never saved as "no organisation".
      affiliationTyped: unpickedName,
      verb: verb.optional(),
      cue: optionalOneLine(200),
    })
    .superRefine((v, ctx) =>
      refuseUnpicked(ctx, v.affiliationId, v.affiliationTyped, ["affiliationId"]),
    ),
]);

/** The relays from the speaker towards the article: each outlet once (a repeat is a slip). */
export const relayList = z
  .array(partySchema)
  .max(6, "At most 6 relays")
  .superRefine((relays, ctx) => {
    const seen = new Set<string>();
    relays.forEach((r, i) => {
      if (r.entityId && seen.has(r.entityId))
        ctx.addIssue({
          code: "custom",
          message: "Already in this chain: remove the repeat",
          path: [i, "entityId"],
        });
      seen.add(r.entityId);
    });
  });

// A claim is one statement: its wording is kept on one line however it was pasted.
const claimText = oneLine(1000);

const claimWordingSchema = z.object({
  textHi: claimText.pipe(z.string().min(8, CHECKABLE)),
  textEn: optionalMultiLine(1000).transform((v) => v?.replace(/\s+/gu, " ")),
  topic: optionalOneLine(60),
});

/** A selection in an article: UTF-16 offsets into the body, start before end. */
export const offset = z.number().int().min(0).max(10_000_000);

export const logClaimSchema = claimWordingSchema
  .extend({
    // Only needed for a new claim; another appearance of a logged claim keeps that claim's wording.
    textHi: claimText.optional(),
    articleId: recordId,
    start: offset,
    end: offset,
    // Set when this quote is another appearance of a claim already logged.
    existingClaimId: recordId.optional(),
    speaker: speakerSchema,
    relays: relayList,
    // The editor saw the warning that the selection crosses a paragraph or page furniture, and logs it anyway.
    confirmCrossing: z.boolean().optional(),
  })
  .refine((c) => c.end > c.start, {
    message: "Select the words of the claim again",
    path: ["quote"],
  })
  .refine((c) => !!c.existingClaimId || (c.textHi ?? "").length >= 8, {
    message: CHECKABLE,
    path: ["textHi"],
  });
export type LogClaimData = z.output<typeof logClaimSchema>;

export const updateClaimSchema = claimWordingSchema.extend({
  claimId: recordId,
  version: z.number().int().min(1),
});
export type UpdateClaimData = z.output<typeof updateClaimSchema>;

/** The desk's claims list: filters and sort from the query string; anything malformed is ignored. */
export const CLAIM_LIST_STATUSES = {
  open: "OPEN",
  sent_back: "SENT_BACK",
  in_review: "IN_REVIEW",
  published: "PUBLISHED",
} as const;
export const claimListQuery = z.object({
  /** Search words: the list narrowed to what the search box would find (lib/search/where.ts). */
  q: lenient(oneLine(200).pipe(z.string().min(1))),
  status: lenient(z.enum(["open", "sent_back", "in_review", "published"])),
  topic: lenient(oneLine(80).pipe(z.string().min(1))),
  outlet: lenient(recordId),
  speaker: lenient(recordId),
  rating: lenient(recordId),
  from: dayParam,
  to: dayParam,
  mine: lenient(z.literal("1")),
  /** "1": the claims assigned to the signed-in editor. */
  assigned: lenient(z.literal("1")),
  /** "1": the withdrawn and merged claims, which the list otherwise leaves out. */
  withdrawn: lenient(z.literal("1")),
  sort: z.enum(["newest", "oldest"]).catch("newest"),
  ...cursorParams,
});
export type ClaimListQuery = z.infer<typeof claimListQuery>;

/** The log page's search for an open claim to attach to: a few words. */
export const findOpenClaimsSchema = z.object({ q: oneLine(200) });

// Lifecycle: each names the version(s) the editor read, so a change made meanwhile is a CONFLICT.
const claimVersion = z.number().int().min(1);

export const withdrawClaimSchema = z.object({
  claimId: recordId,
  version: claimVersion,
  reason: oneLine(500).pipe(z.string().min(3, "Say why the claim is withdrawn")),
});
export type WithdrawClaimData = z.output<typeof withdrawClaimSchema>;

export const restoreClaimSchema = z.object({ claimId: recordId, version: claimVersion });
export type RestoreClaimData = z.output<typeof restoreClaimSchema>;

export const mergeClaimSchema = z.object({
  claimId: recordId,
  version: claimVersion,
  intoId: recordId,
  intoVersion: claimVersion,
});
export type MergeClaimData = z.output<typeof mergeClaimSchema>;

/** The merge page's query: search words for the picker, and the chosen survivor. */
export const mergePageQuery = z.object({
  q: lenient(oneLine(200).pipe(z.string().min(1))),
  into: lenient(recordId),
});

/** The desk claim page's notice after a merge: which claim was merged into this one. */
export const claimPageQuery = z.object({ merged: lenient(recordId) });

/** "Assign to…": an editor's id, or null to clear it; with the claim version the editor read. */
export const assignClaimSchema = z.object({
  claimId: recordId,
  version: claimVersion,
  assigneeId: recordId.nullable(),
});
export type AssignClaimData = z.output<typeof assignClaimSchema>;
