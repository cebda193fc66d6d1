"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
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
        Edit
      </Button>
      <Button
        type="button"
        variant="link"
        className="text-red-800"
        onClick={() => setMode("remove")}
      >
        Remove
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
  const { pending, result, run } = useAction(deleteEvidenceAction);
  return (
    <div
      className="basis-full space-y-2 rounded border border-red-200 bg-red-50 p-3 text-sm"
      data-testid="remove-evidence"
    >
      <FormMessage result={result} />
      <p>Remove this source from the claim? The library keeps its record for other claims.</p>
      <div className="flex gap-3">
        <Button
          type="button"
          pending={pending}
          variant="danger"
          size="sm"
          onClick={() => run({ evidenceId, claimVersion }, () => router.refresh())}
        >
          Yes, remove it
        </Button>
        <Button type="button" variant="link" onClick={onClose}>
          Cancel
        </Button>
      </div>
    </div>
  );
}

const CITATION_LABELS = {
  title: "Title",
  publisher: "Publisher",
  publishedAt: "Published on",
  archiveUrl: "Archived copy (URL)",
  lang: "Language",
} as const;
type CitationKey = keyof typeof CITATION_LABELS;

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
        What it shows about the claim
        <select
          name="stance"
          value={f.stance}
          onChange={(e) => setF({ ...f, stance: e.target.value as Stance })}
          className={inputClass}
        >
          <option value="SUPPORTS">Supports it · पुष्टि करता है</option>
          <option value="CONTRADICTS">Contradicts it · खंडन करता है</option>
          <option value="CONTEXT">Gives context · संदर्भ</option>
        </select>
      </label>
      <FieldError errors={errors?.stance} />
      <label className={labelClass}>
        Pinpoint quote from the source
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
        Note
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
          <legend className="px-1 text-sm font-semibold">
            Correct the source library's record
          </legend>
          <p className="text-xs text-stone-600">
            The record is shared: the correction shows in the history of every claim that cites it,
            with your name, and is refused while a claim in review or published cites it.
          </p>
          {(Object.keys(CITATION_LABELS) as CitationKey[]).map((k) => (
            <div key={k}>
              <label className={labelClass}>
                {CITATION_LABELS[k]}
                <input
                  name={`citation-${k}`}
                  type={k === "publishedAt" ? "date" : "text"}
                  value={c[k]}
                  onChange={(e) => setC({ ...c, [k]: e.target.value })}
                  className={inputClass}
                />
              </label>
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
          Correct the source's citation details (library record)…
        </Button>
      )}
      <div className="flex gap-3">
        <Button type="submit" pending={pending} variant="dark" size="md">
          {pending ? "Saving…" : "Save changes"}
        </Button>
        <Button type="button" variant="link" onClick={onClose}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
