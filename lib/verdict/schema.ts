import { z } from "zod";

export const saveVerdictSchema = z.object({
  claimId: z.string().min(1),
  // Absent for the first draft; with it, `version` must be the one the editor loaded.
  verdictId: z.string().min(1).optional(),
  version: z.number().int().min(1).optional(),
  ratingId: z.string().min(1, "Choose a rating"),
  summaryHi: z.string().trim().min(10, "Write a one-line summary in Hindi (at least 10 characters)").max(280, "Keep the summary to one line (280 characters)"),
  summaryEn: z.string().trim().max(280, "Keep the summary to one line (280 characters)").optional().transform((v) => v || undefined),
  rationale: z.string().trim().min(40, "Explain the rating: what the sources show (at least 40 characters)").max(20000),
});
export type SaveVerdictInput = z.input<typeof saveVerdictSchema>;
export type SaveVerdictData = z.output<typeof saveVerdictSchema>;

export const verdictTransitionSchema = z.object({ verdictId: z.string().min(1), version: z.number().int().min(1) });
export type VerdictTransitionInput = z.input<typeof verdictTransitionSchema>;

export const sendBackSchema = verdictTransitionSchema.extend({
  comment: z.string().trim().min(5, "Tell the author what to change").max(4000),
});
export type SendBackInput = z.input<typeof sendBackSchema>;
