"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { DateField } from "@/components/ui/date-field";
import type { SourceAuthor } from "@/lib/author/names";
import { storedDay } from "@/lib/calendar/stored-day";
import { deleteEvidenceAction, editEvidenceAction } from "@/lib/evidence/actions";
import { AuthorsField, authorRowsOf, authorsPayload } from "./authors-field";
import { FieldError, FormMessage, inputClass, labelClass } from "./field";
import { useAction } from "./use-action";

type Stance = "SUPPORTS" | "CONTRADICTS" | "CONTEXT";
// A source's day is date-only (UTC midnight): shown as stored, never shifted by the browser's zone.
const day = (d: Date | string | null) => storedDay(d) ?? "";

export interface EditableEvidence {
  id: string;
  stance: Stance;
  quote: string | null;
  note: string | null;
  source: {
    version: number;
    title: string;
    publisher: string | null;
    /** Read from Source.authors on the server (lib/author/schema.ts): no validator in the browser. */
    authors: SourceAuthor[];
    publishedAt: Date | null;
    archiveUrl: string | null;
    lang: string | null;
  };
}

/**
 * "Edit" and "Remove" for one evidence item on the desk's claim page. Both name the claim version
 * the page was rendered with: a change someone else saved meanwhile comes back as a conflict, and
 * what the editor typed stays in the form.
 */
export function EvidenceControls({
  evidence,
  claimVersion,
}: {
  evidence: EditableEvidence;
  claimVersion: number;
}) {
  const t = useTranslations("evidence.controls");
  const [mode, setMode] = useState<"idle" | "edit" | "remove">("idle");
  if (mode === "edit")
    return (
      <EditEvidenceForm
        evidence={evidence}
        claimVersion={claimVersion}
        onClose={() => setMode("idle")}
      />
    );
  if (mode === "remove")
    return (
      <RemoveEvidence
        evidenceId={evidence.id}
        claimVersion={claimVersion}
        onClose={() => setMode("idle")}
      />
    );
  return (
    <span className="ml-auto flex gap-3 text-sm">
      <Button type="button" variant="link" onClick={() => setMode("edit")}>
        {t("edit")}
      </Button>
      <Button
        type="button"
        variant="link"
        className="text-red-800"
        onClick={() => setMode("remove")}
      >
        {t("remove")}
      </Button>
    </span>
  );
}

function RemoveEvidence({
  evidenceId,
  claimVersion,
  onClose,
}: {
  evidenceId: string;
  claimVersion: number;
  onClose: () => void;
}) {
  const router = useRouter();
  const t = useTranslations("evidence.controls");
  const common = useTranslations("common");
  const { pending, result, run } = useAction(deleteEvidenceAction);
  return (
    <div
      className="basis-full space-y-2 rounded border border-red-200 bg-red-50 p-3 text-sm"
      data-testid="remove-evidence"
    >
      <FormMessage result={result} />
      <p>{t("removeConfirm")}</p>
      <div className="flex gap-3">
        <Button
          type="button"
          pending={pending}
          variant="danger"
          size="sm"
          onClick={() => run({ evidenceId, claimVersion }, () => router.refresh())}
        >
          {t("yesRemove")}
        </Button>
        <Button type="button" variant="link" onClick={onClose}>
          {common("cancel")}
        </Button>
      </div>
    </div>
  );
}

const CITATION_KEYS = ["title", "publisher", "publishedAt", "archiveUrl", "lang"] as const;
type CitationKey = (typeof CITATION_KEYS)[number];

function EditEvidenceForm({
  evidence,
  claimVersion,
  onClose,
}: {
  evidence: EditableEvidence;
  claimVersion: number;
  onClose: () => void;
}) {
  const router = useRouter();
  const t = useTranslations("evidence");
  const common = useTranslations("common");
  const { pending, result, errors, run } = useAction(editEvidenceAction);
  const [f, setF] = useState({
    stance: evidence.stance,
    quote: evidence.quote ?? "",
    note: evidence.note ?? "",
  });
  const s = evidence.source;
  const [correct, setCorrect] = useState(false);
  const [c, setC] = useState<Record<CitationKey, string>>({
    title: s.title,
    publisher: s.publisher ?? "",
    publishedAt: day(s.publishedAt),
    archiveUrl: s.archiveUrl ?? "",
    lang: s.lang ?? "",
  });

  // The library's list as it stands, one row per author; emptied, it clears the record's authors.
  const [authors, setAuthors] = useState(() => authorRowsOf(s.authors));

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    run(
      {
        evidenceId: evidence.id,
        claimVersion,
        ...f,
        citation: correct
          ? { sourceVersion: s.version, ...c, authors: authorsPayload(authors) }
          : undefined,
      },
      () => {
        onClose();
        router.refresh();
      },
    );
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      className="basis-full space-y-3 rounded border border-stone-300 bg-stone-50 p-3"
      data-testid="edit-evidence-form"
    >
      <FormMessage result={result} />
      <label className={labelClass}>
        {t("stance.label")}
        <select
          name="stance"
          value={f.stance}
          onChange={(e) => setF({ ...f, stance: e.target.value as Stance })}
          className={inputClass}
        >
          <option value="SUPPORTS">{t("stance.supports")}</option>
          <option value="CONTRADICTS">{t("stance.contradicts")}</option>
          <option value="CONTEXT">{t("stance.context")}</option>
        </select>
      </label>
      <FieldError errors={errors?.stance} />
      <label className={labelClass}>
        {t("controls.quote")}
        <textarea
          name="quote"
          rows={2}
          value={f.quote}
          onChange={(e) => setF({ ...f, quote: e.target.value })}
          className={inputClass}
        />
      </label>
      <FieldError errors={errors?.quote} />
      <label className={labelClass}>
        {t("controls.note")}
        <textarea
          name="note"
          rows={2}
          value={f.note}
          onChange={(e) => setF({ ...f, note: e.target.value })}
          className={inputClass}
        />
      </label>
      <FieldError errors={errors?.note} />
      {correct ? (
        <fieldset className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3">
          <legend className="px-1 text-sm font-semibold">{t("controls.correctLegend")}</legend>
          <p className="text-xs text-stone-600">{t("controls.correctHint")}</p>
          {CITATION_KEYS.map((k) => (
            <div key={k}>
              {k === "publishedAt" ? (
                // A day as three parts in the page's language (components/ui/date-field.tsx).
                <>
                  <label className={labelClass} htmlFor={`edit-${evidence.id}-${k}`}>
                    {t(`field.${k}`)}
                  </label>
                  <DateField
                    id={`edit-${evidence.id}-${k}`}
                    name={`citation-${k}`}
                    label={t(`field.${k}`)}
                    value={c[k]}
                    onChange={(iso) => setC((now) => ({ ...now, [k]: iso }))}
                    testId={`citation-${k}`}
                  />
                </>
              ) : (
                <label className={labelClass}>
                  {t(`field.${k}`)}
                  <input
                    name={`citation-${k}`}
                    type="text"
                    value={c[k]}
                    onChange={(e) => setC({ ...c, [k]: e.target.value })}
                    className={inputClass}
                  />
                </label>
              )}
              <FieldError errors={errors?.[`citation.${k}`]} />
            </div>
          ))}
          <AuthorsField
            rows={authors}
            onChange={setAuthors}
            errors={errors}
            errorPrefix="citation.authors"
            idPrefix={`edit-${evidence.id}`}
          />
        </fieldset>
      ) : (
        <Button type="button" variant="link" className="text-sm" onClick={() => setCorrect(true)}>
          {t("controls.correctOpen")}
        </Button>
      )}
      <div className="flex gap-3">
        <Button type="submit" pending={pending} variant="dark" size="md">
          {pending ? common("saving") : t("controls.save")}
        </Button>
        <Button type="button" variant="link" onClick={onClose}>
          {common("cancel")}
        </Button>
      </div>
    </form>
  );
}
