// A report as a byte stream: the head, then one batch of claims per pull, then the tail. Pulling is
// driven by the reader of the response, so a slow download holds a batch or two in memory, not the
// report, and a cancelled download stops reading the database after the batch being read ahead.

import type { Prisma } from "../generated/prisma/client";
import type { Lang } from "../i18n/locale";
import { type BuildOptions, reportClaims } from "./build";
import type { ReportMeta } from "./model";
import type { ReportDossierBatch as DossierBatch } from "./report-dossier";
import type { AnyWriterFactory } from "./writer";

export type BatchReader = (
  where: Prisma.ClaimWhereInput,
  afterId: string | null,
  take: number,
) => Promise<DossierBatch>;

export const REPORT_BATCH = 200;

export type ReportStreamOptions = {
  meta: ReportMeta;
  where: Prisma.ClaimWhereInput;
  read: BatchReader;
  writer: AnyWriterFactory;
  build: BuildOptions;
  batchSize?: number;
  /** The language of the human formats' headings (writer.ts). */
  lang?: Lang;
  /** Claims written so far, after every batch; `finished` once the tail is out or the reader left. */
  onProgress?: (written: number, state: "running" | "done" | "cancelled" | "failed") => void;
};

export function reportStream(o: ReportStreamOptions): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  // Text writers answer strings; byte writers (XLSX) answer promises of bytes. Both are awaited.
  const bytes = (out: string | Uint8Array) => (typeof out === "string" ? encoder.encode(out) : out);
  const writer = o.writer(o.meta, o.lang);
  const take = o.batchSize ?? REPORT_BATCH;
  let started = false;
  let afterId: string | null = null;
  let next: Promise<DossierBatch> | null = null;
  let written = 0;
  // Set when the reader leaves. A pull already under way then stops at its next step: enqueueing
  // into a cancelled stream throws, and that would report a cancelled download as failed.
  let cancelled = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          if (!started) {
            started = true;
            controller.enqueue(bytes(await writer.head()));
            return;
          }
          // A pull must enqueue something or close: with nothing enqueued the stream never pulls
          // again and the download hangs. A batch can write nothing (a batch of readers' claims
          // without a published verdict; the XLSX writer while its compressor holds the bytes), so
          // batches are read until one writes something or the report ends.
          for (;;) {
            const batch = await (next ?? o.read(o.where, afterId, take));
            if (cancelled) return;
            afterId = batch.lastId;
            // The next batch is asked for before this one is written: Postgres reads it (on another
            // core) while this process formats. At most two batches are in memory at once.
            next = batch.done ? null : o.read(o.where, afterId, take);
            next?.catch(() => {}); // a failure is reported when the next pull awaits it
            const claims = reportClaims(batch.dossiers, o.build);
            const out = await writer.claims(claims);
            if (cancelled) return;
            if (out.length) controller.enqueue(bytes(out));
            written += claims.length;
            if (batch.done) {
              const tail = await writer.tail();
              if (tail.length) controller.enqueue(bytes(tail));
              controller.close();
              o.onProgress?.(written, "done");
              return;
            }
            o.onProgress?.(written, "running");
            if (out.length) return;
          }
        } catch (error) {
          if (cancelled) return;
          o.onProgress?.(written, "failed");
          console.error("report stream failed", error);
          controller.error(error);
        }
      },
      cancel() {
        cancelled = true;
        o.onProgress?.(written, "cancelled");
      },
    },
    // Nothing is read ahead of the client: the next batch is queried when the last one has gone out.
    { highWaterMark: 0 },
  );
}

/** A whole stream as text: for tests, and for formats laid out whole (PDF) on a capped report. */
export async function streamText(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}
