import { z } from "zod";

const optionalText = (max: number) =>
  z.string().trim().max(max, `At most ${max} characters`).optional().transform((v) => (v ? v : undefined));
const optionalDate = z
  .string()
  .trim()
  .optional()
  .refine((v) => !v || !Number.isNaN(Date.parse(v)), "Use a date like 2023-09-13")
  .transform((v) => (v ? new Date(v) : undefined));
const httpUrl = (message: string) =>
  z.string().trim().url(message).refine((u) => /^https?:\/\//i.test(u), "Only http(s) links");

export const STANCES = ["SUPPORTS", "CONTRADICTS", "CONTEXT"] as const;

export const addEvidenceSchema = z.object({
  claimId: z.string().min(1),
  url: httpUrl("Paste the full address of the source, starting with https://"),
  title: z.string().trim().min(2, "Give the source's title").max(300),
  publisher: optionalText(200),
  author: optionalText(200),
  lang: optionalText(10),
  publishedAt: optionalDate,
  accessedAt: optionalDate,
  archiveUrl: z.union([z.literal(""), httpUrl("The archive link must be a full https:// address")]).optional().transform((v) => v || undefined),
  stance: z.enum(STANCES, { message: "Say what this source shows about the claim" }),
  quote: optionalText(2000),
  note: optionalText(2000),
});
export type AddEvidenceInput = z.input<typeof addEvidenceSchema>;
export type AddEvidenceData = z.output<typeof addEvidenceSchema>;

export const removeEvidenceSchema = z.object({ evidenceId: z.string().min(1) });
