import { z } from "zod";
import type { SourceAuthor } from "../author/names";
import { authorsInput } from "../author/schema";
import { isCalendarDay } from "../calendar/stored-day";
import { recordId } from "../ids";
import { oneLine, optionalMultiLine, optionalOneLine } from "../text/clean";

const optionalDate = z
  .string()
  .trim()
  .optional()
  .refine(
    (v) => !v || (isCalendarDay(v) && !Number.isNaN(Date.parse(v))),
    "Use a date like 2023-09-13",
  )
  .transform((v) => (v ? new Date(v) : undefined));
const httpUrl = (message: string) =>
  oneLine(2000).pipe(
    z
      .string()
      .url(message)
      .refine((u) => /^https?:\/\//i.test(u), "Only http(s) links"),
  );

const STANCES = ["SUPPORTS", "CONTRADICTS", "CONTEXT"] as const;

/**
 * When the address is already in the shared source library with other citation details, the editor
 * says what to do: cite the library's record as it is, or change the library's record to theirs
 * (an audited edit of a record other claims may cite). Without a choice nothing is saved.
 */
const LIBRARY_CHOICES = ["library", "update"] as const;

export const addEvidenceSchema = z.object({
  claimId: recordId,
  url: httpUrl("Paste the full address of the source, starting with https://"),
  title: oneLine(300).pipe(z.string().min(2, "Give the source's title")),
  publisher: optionalOneLine(200),
  // In order; none given means "not said" (the library's record, if any, is cited as it is).
  authors: authorsInput,
  lang: optionalOneLine(10),
  publishedAt: optionalDate,
  accessedAt: optionalDate,
  archiveUrl: z
    .union([z.literal(""), httpUrl("The archive link must be a full https:// address")])
    .optional()
    .transform((v) => v || undefined),
  stance: z.enum(STANCES, { message: "Say what this source shows about the claim" }),
  quote: optionalMultiLine(2000),
  note: optionalMultiLine(2000),
  libraryChoice: z.enum(LIBRARY_CHOICES).optional(),
  // With "update": the library record's version the editor saw, so a concurrent edit is a conflict.
  sourceVersion: z.number().int().min(1).optional(),
});
export type AddEvidenceData = z.output<typeof addEvidenceSchema>;

export const removeEvidenceSchema = z.object({ evidenceId: recordId });

/** An address to look up in the library as the editor types it (pre-filling the form). */
export const findLibrarySourceSchema = z.object({
  url: httpUrl("Paste the full address of the source, starting with https://"),
});

/** The citation fields a library record holds, as the form compares them. */
export const CITATION_FIELDS = [
  "title",
  "publisher",
  "authors",
  "publishedAt",
  "archiveUrl",
  "lang",
] as const;
export type CitationField = (typeof CITATION_FIELDS)[number];

/** A library record's citation details; null (no authors: an empty list) when not given. */
export type Citation = Record<Exclude<CitationField, "authors">, string | null> & {
  authors: SourceAuthor[] | null;
};

/** What the server answers when the library's record differs from what the editor typed. */
export interface LibraryConflict {
  source: { id: string; version: number } & Citation;
  differences: CitationField[];
}
